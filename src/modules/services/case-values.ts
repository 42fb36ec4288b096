// The form values of a case: ID-number and phone fields sealed (SM4) at rest and opened for those
// who may read them, and the values as display text (option labels, county names, units).
import type { Ctx } from '../../platform/context.ts';
import { allFields, type FormDefinition, type FormValues, HENAN_COUNTIES, sensitiveFields } from './forms.ts';

/** Encrypts the ID-number and phone fields of the values (SM4) before they are stored. */
export function sealValues(ctx: Ctx, def: FormDefinition, values: FormValues): FormValues {
  const out = { ...values };
  for (const f of sensitiveFields(def)) {
    const v = out[f.name];
    if (typeof v === 'string' && v) out[f.name] = ctx.deps.cipher.encrypt(v);
  }
  return out;
}

export function openValues(ctx: Ctx, values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(values))
    out[k] = typeof v === 'string' && v.startsWith('sm4:') ? safeDecrypt(ctx, v) : v;
  return out;
}

function safeDecrypt(ctx: Ctx, v: string): string {
  try {
    return ctx.deps.cipher.decrypt(v);
  } catch {
    return '';
  }
}

export function decryptOrNull(ctx: Ctx, v: string | null): string | null {
  return v ? safeDecrypt(ctx, v) : null;
}

/** Values with display text: option labels instead of codes, units after numbers. */
export function describeValues(
  def: FormDefinition,
  values: FormValues,
): Array<{ name: string; label: string; text: string }> {
  return allFields(def)
    .filter((f) => values[f.name] !== null && values[f.name] !== undefined && values[f.name] !== '')
    .map((f) => {
      const v = values[f.name];
      const label = (x: string) => f.options?.find((o) => o.value === x)?.label ?? x;
      let text: string;
      if (Array.isArray(v)) text = v.map(label).join('、');
      else if (typeof v === 'boolean') text = v ? '是' : '否';
      else if (f.options) text = label(String(v));
      else if (f.type === 'county') text = HENAN_COUNTIES.get(String(v))?.name ?? String(v);
      else text = `${v}${f.unit ? ` ${f.unit}` : ''}`;
      return { name: f.name, label: f.label, text };
    });
}
