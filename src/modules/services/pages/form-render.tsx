// The application form generated from its definition, server-rendered, working without JavaScript:
// labels, hints, inline errors and an error summary that links to each field (GOV.UK pattern).
import type { ReactNode } from 'react';
import type { FieldError } from '../../../platform/errors.ts';
import { HENAN_PREFECTURES } from '../../org/index.ts';
import type { FormDefinition, FormField, FormValues, MaterialSpec } from '../forms.ts';
import type { DraftFile } from '../services.table.ts';

export const fieldId = (name: string) => `f-${name}`;

export function ErrorSummary({
  errors,
  title = '提交的内容有误',
}: {
  errors: FieldError[];
  title?: string;
}): ReactNode {
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field} ${e.message}`}>
            <a href={`#${fieldId(e.field)}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ token }: { token: string | null }): ReactNode {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? '' : String(v));

function Hint({ field, showIfLabel }: { field: FormField; showIfLabel: string | null }): ReactNode {
  const parts = [field.help, showIfLabel, field.unit ? `单位：${field.unit}` : null].filter(Boolean);
  return parts.length ? (
    <p className="field-hint" id={`${fieldId(field.name)}-hint`}>
      {parts.join('；')}
    </p>
  ) : null;
}

function CountySelect({
  field,
  value,
  describedBy,
}: {
  field: FormField;
  value: string;
  describedBy?: string;
}): ReactNode {
  return (
    <select id={fieldId(field.name)} name={field.name} defaultValue={value} aria-describedby={describedBy}>
      <option value="">请选择县（市、区）</option>
      {HENAN_PREFECTURES.map((city) =>
        city.counties.length ? (
          <optgroup key={city.code} label={city.name}>
            {city.counties.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </optgroup>
        ) : (
          <option key={city.code} value={city.code}>
            {city.name}
          </option>
        ),
      )}
    </select>
  );
}

function Control({
  field,
  value,
  describedBy,
}: {
  field: FormField;
  value: unknown;
  describedBy?: string;
}): ReactNode {
  const id = fieldId(field.name);
  const common = { id, name: field.name, 'aria-describedby': describedBy };
  switch (field.type) {
    case 'textarea':
      return <textarea {...common} rows={5} maxLength={field.max} defaultValue={str(value)} />;
    case 'integer':
    case 'number':
      return (
        <input
          {...common}
          type="text"
          inputMode={field.type === 'integer' ? 'numeric' : 'decimal'}
          defaultValue={str(value)}
          className="input-short"
        />
      );
    case 'date':
      return <input {...common} type="date" defaultValue={str(value)} className="input-short" />;
    case 'select':
      return (
        <select {...common} defaultValue={str(value)}>
          <option value="">请选择</option>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'county':
      return <CountySelect field={field} value={str(value)} describedBy={describedBy} />;
    case 'phone':
      return (
        <input {...common} type="tel" autoComplete="tel" defaultValue={str(value)} className="input-medium" />
      );
    case 'idNumber':
    case 'creditCode':
      return (
        <input
          {...common}
          type="text"
          maxLength={18}
          spellCheck={false}
          defaultValue={str(value)}
          className="input-medium"
        />
      );
    default:
      return <input {...common} type="text" maxLength={field.max} defaultValue={str(value)} />;
  }
}

function Choices({ field, value }: { field: FormField; value: unknown }): ReactNode {
  const multiple = field.type === 'checkbox';
  const chosen = new Set(
    Array.isArray(value) ? value.map(String) : value === null || value === undefined ? [] : [String(value)],
  );
  return (
    <div className="choices">
      {field.options?.map((o, i) => (
        <label key={o.value} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={field.name}
            value={o.value}
            id={i === 0 ? fieldId(field.name) : undefined}
            defaultChecked={chosen.has(o.value)}
          />{' '}
          {o.label}
        </label>
      ))}
    </div>
  );
}

function FieldRow({
  field,
  def,
  values,
  error,
}: {
  field: FormField;
  def: FormDefinition;
  values: FormValues;
  error?: FieldError;
}): ReactNode {
  let showIfLabel: string | null = null;
  if (field.showIf) {
    const cond = def.sections.flatMap((s) => s.fields).find((f) => f.name === field.showIf?.field);
    const labels = field.showIf.in.map((v) => cond?.options?.find((o) => o.value === v)?.label ?? v);
    showIfLabel = `仅当“${cond?.label ?? field.showIf.field}”为${labels.join('或')}时填写`;
  }
  const hintId = field.help || showIfLabel || field.unit ? `${fieldId(field.name)}-hint` : undefined;
  const errorId = error ? `${fieldId(field.name)}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const required = field.required && !field.showIf;
  const label = (
    <>
      {field.label}
      {required ? <span className="required">（必填）</span> : null}
    </>
  );
  const isGroup = field.type === 'radio' || (field.type === 'checkbox' && field.options?.length);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      {isGroup ? (
        <fieldset>
          <legend>{label}</legend>
          <Hint field={field} showIfLabel={showIfLabel} />
          {error ? (
            <p className="field-error" id={errorId}>
              {error.message}
            </p>
          ) : null}
          <Choices field={field} value={values[field.name]} />
        </fieldset>
      ) : field.type === 'checkbox' ? (
        <>
          <label className="choice">
            <input
              type="checkbox"
              id={fieldId(field.name)}
              name={field.name}
              value="on"
              defaultChecked={values[field.name] === true}
            />{' '}
            {label}
          </label>
          <Hint field={field} showIfLabel={showIfLabel} />
          {error ? (
            <p className="field-error" id={errorId}>
              {error.message}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <label htmlFor={fieldId(field.name)}>{label}</label>
          <Hint field={field} showIfLabel={showIfLabel} />
          {error ? (
            <p className="field-error" id={errorId}>
              {error.message}
            </p>
          ) : null}
          <Control field={field} value={values[field.name]} describedBy={describedBy} />
        </>
      )}
    </div>
  );
}

export function FormFields({
  def,
  values,
  errors,
}: {
  def: FormDefinition;
  values: FormValues;
  errors: FieldError[];
}): ReactNode {
  return (
    <>
      {def.sections.map((s) => (
        <fieldset key={s.title} className="form-section">
          <legend>{s.title}</legend>
          {s.fields.map((f) => (
            <FieldRow
              key={f.name}
              field={f}
              def={def}
              values={values}
              error={errors.find((e) => e.field === f.name)}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}

const formatsText = (m: MaterialSpec) => m.formats.map((f) => f.toUpperCase()).join('、');
const accept = (m: MaterialSpec) => m.formats.map((f) => (f === 'jpg' ? '.jpg,.jpeg' : `.${f}`)).join(',');

export function MaterialInputs({
  materials,
  errors,
  files = [],
  maxMb,
}: {
  materials: MaterialSpec[];
  errors: FieldError[];
  files?: DraftFile[];
  maxMb: number;
}): ReactNode {
  return (
    <fieldset className="form-section">
      <legend>办理材料</legend>
      <p className="field-hint">
        每份材料上传一个文件，格式见各项说明，单个文件不超过 {maxMb}{' '}
        MB。系统按文件内容核验格式，请勿只修改扩展名。
      </p>
      {materials.map((m) => {
        const name = `material_${m.code}`;
        const error = errors.find((e) => e.field === name);
        const have = files.filter((f) => f.specCode === m.code);
        return (
          <div key={m.code} className={`form-row${error ? ' has-error' : ''}`}>
            <label htmlFor={fieldId(name)}>
              {m.name}
              {m.required ? (
                <span className="required">（必交）</span>
              ) : (
                <span className="optional">（选交）</span>
              )}
            </label>
            <p className="field-hint" id={`${fieldId(name)}-hint`}>
              格式：{formatsText(m)}
              {m.note ? `；${m.note}` : ''}
            </p>
            {error ? (
              <p className="field-error" id={`${fieldId(name)}-error`}>
                {error.message}
              </p>
            ) : null}
            {have.length ? (
              <ul className="draft-files">
                {have.map((f) => (
                  <li key={f.fileId}>
                    已上传：{f.fileName}（{Math.ceil(f.sizeBytes / 1024)} KB）{' '}
                    <label className="choice">
                      <input type="checkbox" name="removeFile" value={f.fileId} /> 删除
                    </label>
                  </li>
                ))}
              </ul>
            ) : null}
            <input
              type="file"
              id={fieldId(name)}
              name={name}
              accept={accept(m)}
              aria-describedby={`${fieldId(name)}-hint`}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
