// Reading aid (无障碍 / 适老化): larger text in two steps, high contrast and wider line spacing,
// kept in a cookie set by plain links, so it works without JavaScript.

export const AID_COOKIE = 'lz_aid';
export const AID_MODES = ['normal', 'large', 'larger', 'contrast', 'spacing', 'reset'] as const;
export type AidMode = (typeof AID_MODES)[number];

export interface AidState {
  /** 0 standard, 1 large (大字号), 2 larger (特大字号). */
  text: 0 | 1 | 2;
  contrast: boolean;
  spacing: boolean;
}

export const NO_AID: AidState = { text: 0, contrast: false, spacing: false };

/** Cookie value: the text step, then 'c' for contrast and 's' for spacing, e.g. '2cs'. */
export function parseAid(value: string | undefined): AidState {
  const m = /^([012])(c?)(s?)$/.exec(value ?? '');
  if (!m) return NO_AID;
  return { text: Number(m[1]) as 0 | 1 | 2, contrast: m[2] === 'c', spacing: m[3] === 's' };
}

/** The cookie value for a state, or null for the default (the cookie is then cleared). */
export function serializeAid(state: AidState): string | null {
  if (state.text === 0 && !state.contrast && !state.spacing) return null;
  return `${state.text}${state.contrast ? 'c' : ''}${state.spacing ? 's' : ''}`;
}

/** Text size modes set the step; contrast and spacing switch on and off. */
export function applyAidMode(state: AidState, mode: AidMode): AidState {
  switch (mode) {
    case 'normal':
      return { ...state, text: 0 };
    case 'large':
      return { ...state, text: 1 };
    case 'larger':
      return { ...state, text: 2 };
    case 'contrast':
      return { ...state, contrast: !state.contrast };
    case 'spacing':
      return { ...state, spacing: !state.spacing };
    case 'reset':
      return NO_AID;
  }
}

/** Classes for <html>. */
export function aidClasses(state: AidState): string[] {
  const out: string[] = [];
  if (state.text > 0) out.push(`aid-text-${state.text}`);
  if (state.contrast) out.push('aid-contrast');
  if (state.spacing) out.push('aid-spacing');
  return out;
}

const PROBE_ORIGIN = 'http://site.invalid';

/**
 * Where to send the reader back to: a path on this site, never another host (no open redirect).
 * Anything else — absolute URLs, protocol-relative '//host', backslashes, control characters —
 * goes to the home page.
 */
export function safeBackPath(back: string | undefined): string {
  if (!back || back.length > 2000) return '/';
  if (!back.startsWith('/') || back.startsWith('//')) return '/';
  // Browsers read '\' as '/', and drop tabs and newlines, which turns '/\evil' into '//evil'.
  if (/[\\\p{Cc}]/u.test(back)) return '/';
  let url: URL;
  try {
    url = new URL(back, PROBE_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PROBE_ORIGIN || !url.pathname.startsWith('/') || url.pathname.startsWith('//'))
    return '/';
  return url.pathname + url.search;
}
