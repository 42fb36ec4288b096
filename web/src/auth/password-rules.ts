// The password rules (DOMAIN §10), shown as a checklist while typing. The server decides; this
// only helps people get it right the first time.

export interface PasswordCheck {
  label: string;
  ok: boolean;
}

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

export function passwordChecks(password: string, username?: string, minLength = 8): PasswordCheck[] {
  const classes = CLASSES.filter((re) => re.test(password)).length;
  const checks: PasswordCheck[] = [
    { label: `至少 ${minLength} 位`, ok: [...password].length >= minLength },
    { label: '包含大写字母、小写字母、数字、符号中的至少三类', ok: classes >= 3 },
  ];
  if (username)
    checks.push({
      label: '不包含用户名',
      ok: password.length > 0 && !password.toLowerCase().includes(username.toLowerCase()),
    });
  return checks;
}

/** A random temporary password that meets the rules (for resets and new accounts). */
export function generatePassword(length = 12): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#$%&*?'];
  const all = sets.join('');
  const random = (n: number) => {
    const buf = new Uint32Array(1);
    crypto.getRandomValues(buf);
    return buf[0] % n;
  };
  const chars = sets.map((s) => s[random(s.length)]);
  while (chars.length < length) chars.push(all[random(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
