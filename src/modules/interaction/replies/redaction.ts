// Redaction (脱敏) before a reply is published: the replying staff member removes personal data from
// the question and the answer. Phone numbers, ID numbers, e-mail addresses and names (the writer's
// own, and words that read as a person's name: 张先生, 王某某, 我叫李华) are suggested automatically;
// the staff member accepts or edits them and sees the published text before it goes out. Pure.

export type RedactionKind = 'phone' | 'idNumber' | 'email' | 'name' | 'address';

export const REDACTION_LABELS: Record<RedactionKind, string> = {
  phone: '电话号码',
  idNumber: '身份证号',
  email: '电子邮箱',
  name: '姓名',
  address: '住址',
};

export interface RedactionSpan {
  start: number;
  end: number;
  kind: RedactionKind;
  text: string;
}

const PATTERNS: Array<{ kind: RedactionKind; re: RegExp }> = [
  // 18-digit ID numbers (the last may be X) and the old 15-digit ones.
  { kind: 'idNumber', re: /(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)/g },
  // Mobile numbers (with an optional +86), landlines with area code.
  { kind: 'phone', re: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g },
  { kind: 'phone', re: /(?<!\d)0\d{2,3}[-\s]?\d{7,8}(?!\d)/g },
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  // 我叫李华 / 本人王建国 / 我是张三
  {
    kind: 'name',
    re: /(?<=(?:我叫|本人叫|本人是|我是|本人|名叫|姓名[:：]?))[\u4e00-\u9fa5]{2,3}(?=[，,。；;\s、（(]|$)/g,
  },
  // 张先生 / 李女士 / 王某某 / 赵某 / 刘师傅 / 陈老师
  { kind: 'name', re: /[\u4e00-\u9fa5](?:先生|女士|某某|某|师傅|大爷|大妈|老师|同志)/g },
  // 住址: …村…组 / …号楼…室
  { kind: 'address', re: /[\u4e00-\u9fa5\d]{2,12}(?:村|社区)[\u4e00-\u9fa5\d]{0,6}(?:组|号|巷)/g },
  { kind: 'address', re: /\d{1,4}号(?:院|楼)?\d{0,3}(?:号楼|栋|单元)?\d{0,4}(?:室|户)?/g },
];

// Words that end like a name pattern but are not people (某 in 某些, 老师 as a profession).
const NOT_NAMES = new Set(['某些', '某种', '某个', '某地', '某项', '某处', '某日', '某时']);

/** Every suggested span, non-overlapping, in text order; `names` are known names (the writer's). */
export function suggestRedactions(text: string, names: readonly string[] = []): RedactionSpan[] {
  const found: RedactionSpan[] = [];
  for (const name of names) {
    const n = name.trim();
    if (n.length < 2) continue;
    let at = text.indexOf(n);
    while (at >= 0) {
      found.push({ start: at, end: at + n.length, kind: 'name', text: n });
      at = text.indexOf(n, at + n.length);
    }
  }
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (kind === 'name' && NOT_NAMES.has(m[0])) continue;
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, kind, text: m[0] });
    }
  }
  // Longest first at each start; drop spans inside an earlier one.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RedactionSpan[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** What a span becomes in the published text. */
export function maskFor(span: Pick<RedactionSpan, 'kind' | 'text'>): string {
  switch (span.kind) {
    case 'name':
      // 张先生 → 张先生 stays readable as 张××; a bare name → ×××.
      return /^[\u4e00-\u9fa5](?:先生|女士|师傅|老师|同志|大爷|大妈)$/.test(span.text)
        ? span.text
        : /^[\u4e00-\u9fa5]某/.test(span.text)
          ? span.text
          : '×××';
    case 'phone':
      return '（电话已隐去）';
    case 'idNumber':
      return '（身份证号已隐去）';
    case 'email':
      return '（邮箱已隐去）';
    case 'address':
      return '（住址已隐去）';
  }
}

/** The text with the spans replaced by their masks. */
export function applyRedactions(text: string, spans: readonly RedactionSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + maskFor(s);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Redacts every suggestion: the default the staff member starts from. */
export function redactAll(text: string, names: readonly string[] = []): string {
  return applyRedactions(text, suggestRedactions(text, names));
}

/** Masks a name for lists: 张三 → 张*, 欧阳明月 → 欧**月; empty stays empty. */
export function maskName(name: string): string {
  const n = name.trim();
  if (!n) return '';
  if (n.length === 1) return '*';
  if (n.length === 2) return `${n[0]}*`;
  return `${n[0]}${'*'.repeat(n.length - 2)}${n[n.length - 1]}`;
}
