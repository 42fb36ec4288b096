// The application form generated from its definition, built from the site's forms kit: each field
// type of a definition becomes one of the kit's fields, each material a file upload saying its
// formats and size limit.
import type { ReactNode } from 'react';
import {
  Checkbox,
  Checkboxes,
  DateInput,
  FileInput,
  GridInputs,
  Radios,
  Section,
  Select,
  TextArea,
  TextInput,
} from '../../../site/index.ts';
import { countyChoices } from '../../org/index.ts';
import type { FormDefinition, FormField, FormSection, MaterialSpec } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';

/** The hint under a field: its help, when it applies (showIf) and its unit. */
function hintOf(field: FormField, def: FormDefinition): string | undefined {
  let showIf: string | null = null;
  if (field.showIf) {
    const cond = def.sections.flatMap((s) => s.fields).find((f) => f.name === field.showIf?.field);
    const labels = field.showIf.in.map((v) => cond?.options?.find((o) => o.value === v)?.label ?? v);
    showIf = `仅当“${cond?.label ?? field.showIf.field}”为${labels.join('或')}时填写`;
  }
  const parts = [field.help, showIf, field.unit ? `单位：${field.unit}` : null].filter(Boolean);
  return parts.length ? parts.join('；') : undefined;
}

function FieldOf({ field, def }: { field: FormField; def: FormDefinition }): ReactNode {
  const base = {
    name: field.name,
    label: field.label,
    hint: hintOf(field, def),
    // A field shown only under a condition is required only then: the label does not say 必填.
    required: field.required && !field.showIf,
  };
  switch (field.type) {
    case 'textarea':
      return <TextArea {...base} maxLength={field.max} />;
    case 'integer':
    case 'number':
      return (
        <TextInput {...base} width="short" inputMode={field.type === 'integer' ? 'numeric' : 'decimal'} />
      );
    case 'date':
      return <DateInput {...base} />;
    case 'select':
      return <Select {...base} options={field.options ?? []} />;
    case 'county':
      return <Select {...base} options={countyChoices()} placeholder="请选择县（市、区）" />;
    case 'radio':
      return <Radios {...base} legend={field.label} options={field.options ?? []} />;
    case 'checkbox':
      return field.options?.length ? (
        <Checkboxes {...base} legend={field.label} options={field.options} />
      ) : (
        <Checkbox {...base} />
      );
    case 'phone':
      return <TextInput {...base} type="tel" autoComplete="tel" width="medium" />;
    case 'idNumber':
    case 'creditCode':
      return <TextInput {...base} width="medium" maxLength={18} spellCheck={false} />;
    default:
      return <TextInput {...base} maxLength={field.max} />;
  }
}

/** A table section (分树种采伐量): its fields cut into rows of one cell per column. */
function TableSection({ section }: { section: FormSection & { table: { columns: string[] } } }): ReactNode {
  const n = section.table.columns.length;
  const rows = Array.from({ length: Math.ceil(section.fields.length / n) }, (_, i) =>
    section.fields.slice(i * n, i * n + n).map((f) => ({
      name: f.name,
      label: f.label,
      inputMode:
        f.type === 'integer' ? ('numeric' as const) : f.type === 'number' ? ('decimal' as const) : undefined,
      maxLength: f.type === 'text' ? f.max : undefined,
    })),
  );
  return (
    <GridInputs
      caption={section.title}
      columns={section.table.columns}
      rows={rows}
      hint={section.table.note}
      rowLabel={(i) => `第 ${i + 1} 行`}
    />
  );
}

/** Every section of the definition; values and errors come from the <Form> around it. */
export function FormFields({ def }: { def: FormDefinition }): ReactNode {
  return (
    <>
      {def.sections.map((s) => (
        <Section key={s.title} title={s.title}>
          {s.table ? (
            <TableSection section={{ ...s, table: s.table }} />
          ) : (
            s.fields.map((f) => <FieldOf key={f.name} field={f} def={def} />)
          )}
        </Section>
      ))}
    </>
  );
}

export function MaterialInputs({
  materials,
  files = [],
  maxMb,
}: {
  materials: MaterialSpec[];
  files?: DraftFile[];
  maxMb: number;
}): ReactNode {
  return (
    <Section title="办理材料">
      <p className="field-hint">每份材料上传一个文件。系统按文件内容核验格式，请勿只修改扩展名。</p>
      {materials.map((m) => (
        <FileInput
          key={m.code}
          name={`material_${m.code}`}
          label={
            <>
              {m.name}
              {m.required ? (
                <span className="required">（必交）</span>
              ) : (
                <span className="optional">（选交）</span>
              )}
            </>
          }
          formats={m.formats}
          maxMb={maxMb}
          hint={m.note}
          kept={files
            .filter((f) => f.specCode === m.code)
            .map((f) => ({ id: f.fileId, name: f.fileName, sizeBytes: f.sizeBytes }))}
          removeName="removeFile"
        />
      ))}
    </Section>
  );
}
