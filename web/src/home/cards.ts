// The home page (工作台首页) is a grid of cards that modules register. A card says who it is for
// (the same rule as pages: everyone / business / permission, plus an optional extra condition),
// where it sits and how wide it is. Register at module load:
//
//   registerHomeCard({ key: 'letters.overdue', order: 40, span: 12, audience: 'permission',
//     permissions: ['interaction:reply'], component: lazy(() => import('./OverdueLettersCard.tsx')) });
//
// and add the module's card file to home/registered.ts.
import type { ComponentType } from 'react';
import type { Me } from '../api/types.ts';
import { type AccessRule, allows } from '../auth/access.ts';

export interface HomeCard extends AccessRule {
  key: string;
  /** Smaller first. Platform cards use 0–30; modules 100 and up. */
  order: number;
  /** Width in a 24-column grid on wide screens; cards take the full width on phones. */
  span?: 8 | 12 | 16 | 24;
  /** A narrower condition than the permissions, e.g. one kind of administrator. */
  when?: (me: Me) => boolean;
  component: ComponentType;
}

const cards = new Map<string, HomeCard>();

export function registerHomeCard(card: HomeCard): void {
  cards.set(card.key, card);
}

/** The cards this account sees, in order. */
export function homeCardsFor(me: Me, from: Iterable<HomeCard> = cards.values()): HomeCard[] {
  return [...from]
    .filter((c) => allows(me, c) && (c.when ? c.when(me) : true))
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
}
