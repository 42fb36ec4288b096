/** A value from the address bar, if it is one the server accepts; otherwise no filter at all. */
export function oneOf<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}
