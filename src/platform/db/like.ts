// Patterns for LIKE / ILIKE from what a reader typed: %, _ and \ are matched as themselves.

const escaped = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** Matches values containing `text`. */
export const containing = (text: string): string => `%${escaped(text)}%`;

/** Matches values starting with `text`. */
export const startingWith = (text: string): string => `${escaped(text)}%`;
