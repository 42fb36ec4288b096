// What a letter's text may not carry, and what the office should look at: markup that would run as
// a script is refused with a message (never stripped silently); words of the sensitive-word list
// are flagged for the office, and the letter is kept whole.

const SCRIPT_PATTERNS: RegExp[] = [
  /<\s*\/?\s*(script|iframe|object|embed|svg|style|link|meta|base|form)\b/i,
  /\bjavascript\s*:/i,
  /\bvbscript\s*:/i,
  /<[^>]+\bon[a-z]+\s*=/i,
  /\bdata\s*:\s*text\/html/i,
];

/** Whether the text holds script or active markup (the reason is for the message). */
export function containsScript(text: string): boolean {
  return SCRIPT_PATTERNS.some((p) => p.test(text));
}

/** The list's words that occur in the texts, each once, in the list's order. */
export function findSensitiveWords(words: readonly string[], ...texts: string[]): string[] {
  const all = texts.join('\n');
  return words.filter((w) => w && all.includes(w));
}

// Characters that may not appear in any text field: controls other than tab and line breaks, and
// the bidirectional overrides that make text read differently from how it is stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what we look for
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function hasForbiddenChars(text: string): boolean {
  return FORBIDDEN_CHARS.test(text);
}
