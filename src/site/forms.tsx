// The public forms kit (公众表单): every form of the public site is built from these parts, so each
// works without JavaScript and reads the same way to a screen reader (GOV.UK Design System pattern).
//
//   <ErrorSummary errors={errors} />                       at the top: each message links to its field
//   <Form action="/x" csrf={csrfToken(request)} values={values} errors={errors}>
//     <TextInput name="name" label="姓名" required autoComplete="name" />
//     <Radios name="kind" legend="类型" options={[{ value: 'a', label: '甲' }]} />
//     <FileInput name="scan" label="扫描件" formats={['pdf', 'jpg']} maxMb={10} />
//     <Actions><Button>提交</Button></Actions>
//   </Form>
//
// Fields take their value and error from the <Form> around them (by name), or from props. Each field
// has the id f-<name> (the error summary's link target), a <label> (a <fieldset>/<legend> for groups),
// its hint and error tied to the control with aria-describedby, and aria-invalid when in error.
// Radios and checkboxes are 40 px touch targets (forms.css). The POST side: handleFormPost runs the
// use case and redirects (post-redirect-get), or shows the form again with what was entered.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createContext, type ReactNode, useContext } from 'react';
import type { Cipher } from '../platform/crypto/sm.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { assetUrl } from './assets.ts';

/** What a form posted, as the fields show it again: text, a list (checkboxes), or a ticked box. */
export type FieldValue = string | number | boolean | string[] | null | undefined;
export type FieldValues = Record<string, FieldValue>;

/** The id of a field's control: the error summary links to '#f-<name>'. */
export const fieldId = (name: string) => `f-${name}`;
const hintIdOf = (name: string) => `${fieldId(name)}-hint`;
const errorIdOf = (name: string) => `${fieldId(name)}-error`;

// ---- the form's state, shared with its fields ----

interface FormState {
  values: FieldValues;
  errors: FieldError[];
}

const FormContext = createContext<FormState>({ values: {}, errors: [] });

/** The kit's styles; <Form> includes them, a page with an error summary but no <Form> adds them. */
export function FormStyles(): ReactNode {
  return <link rel="stylesheet" href={assetUrl('forms.css')} />;
}

/** The session's CSRF token for a server-rendered form, or null (anonymous visitors have none). */
export function csrfToken(request: FastifyRequest): string | null {
  return request.authVia === 'cookie' ? request.sessionCsrf : null;
}

/** The hidden `_csrf` field the auth hook checks on every cookie-authenticated POST. */
export function CsrfField({ token }: { token: string | null }): ReactNode {
  return token ? <input type="hidden" name="_csrf" value={token} /> : null;
}

/** Any object of field values: a record, or a use case's input type (an interface). */
export type EnteredValues<V> = { [K in keyof V]?: FieldValue };

export interface FormProps<V extends EnteredValues<V> = FieldValues> {
  action: string;
  /** 'post' (default) for changes; 'get' for lookups and filters (bookmarkable, no CSRF field). */
  method?: 'post' | 'get';
  /** The session's CSRF token (csrfToken(request)); required on POST forms for signed-in users. */
  csrf?: string | null;
  /** Files are sent: multipart/form-data. */
  upload?: boolean;
  values?: V;
  errors?: FieldError[];
  className?: string;
  /** For a GET search form: role="search". */
  role?: 'search';
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A form the browser validates nothing of (noValidate: the server's Chinese messages are the only
 * ones, the same for every browser), with its CSRF field, giving its fields their values and errors.
 */
export function Form<V extends EnteredValues<V> = FieldValues>(p: FormProps<V>): ReactNode {
  const method = p.method ?? 'post';
  return (
    <form
      method={method}
      action={p.action}
      encType={p.upload ? 'multipart/form-data' : undefined}
      noValidate
      className={p.className}
      role={p.role}
      aria-label={p['aria-label']}
    >
      <FormStyles />
      {method === 'post' ? <CsrfField token={p.csrf ?? null} /> : null}
      <FormContext.Provider value={{ values: (p.values ?? {}) as FieldValues, errors: p.errors ?? [] }}>
        {p.children}
      </FormContext.Provider>
    </form>
  );
}

// ---- the error summary ----

/**
 * The box at the top of the page when a form comes back with errors: a heading, then each message
 * as a link to its field (the error for 'name' links to #f-name). role="alert" has it read out at
 * once; it is the first thing after the page heading. Nothing when there are no errors.
 */
export function ErrorSummary({
  errors,
  title = '提交的内容有误，请修改以下内容',
}: {
  errors: FieldError[];
  title?: string;
}): ReactNode {
  if (!errors.length) return null;
  const seen = new Set<string>();
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <FormStyles />
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((e) => {
          const key = `${e.field} ${e.message}`;
          if (seen.has(key)) return null;
          seen.add(key);
          return (
            <li key={key}>
              <a href={`#${fieldId(e.field)}`}>{e.message}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The page title with 错误： in front when the form has errors (read first by screen readers). */
export function titleWithErrors(title: string, errors: FieldError[]): string {
  return errors.length ? `错误：${title}` : title;
}

/** A confirmation after post-redirect-get ('已提交'), or any short status line. */
export function Notice({ children }: { children: ReactNode }): ReactNode {
  return (
    <div className="notice-box" role="status">
      <FormStyles />
      {children}
    </div>
  );
}

// ---- one field: label, hint, error, control ----

export interface FieldBase {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Marks the label （必填）. */
  required?: boolean;
  /** Marks the label （选填）. */
  optional?: boolean;
  /** The value to show; defaults to the <Form>'s values[name]. */
  value?: FieldValue;
  /** The error to show; defaults to the <Form>'s first error for this name. */
  error?: string | null;
}

/** The control's accessibility attributes, as a field passes them to its input. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** The value and the error message a field shows: its props first, then the form's. */
function useField(p: Pick<FieldBase, 'name' | 'value' | 'error'>): {
  value: FieldValue;
  error: string | null;
} {
  const form = useContext(FormContext);
  const value = p.value !== undefined ? p.value : form.values[p.name];
  const error =
    p.error !== undefined ? p.error : (form.errors.find((e) => e.field === p.name)?.message ?? null);
  return { value, error };
}

const text = (v: FieldValue) =>
  v === null || v === undefined || typeof v === 'boolean' || Array.isArray(v) ? '' : String(v);
const list = (v: FieldValue) =>
  Array.isArray(v) ? v.map(String) : v === null || v === undefined || v === '' ? [] : [String(v)];

function Marker({ required, optional }: Pick<FieldBase, 'required' | 'optional'>): ReactNode {
  if (required) return <span className="required">（必填）</span>;
  if (optional) return <span className="optional">（选填）</span>;
  return null;
}

function Hint({ name, hint }: { name: string; hint?: ReactNode }): ReactNode {
  return hint ? (
    <p className="field-hint" id={hintIdOf(name)}>
      {hint}
    </p>
  ) : null;
}

function ErrorText({ name, error }: { name: string; error: string | null }): ReactNode {
  return error ? (
    <p className="field-error" id={errorIdOf(name)}>
      <span className="visually-hidden">错误：</span>
      {error}
    </p>
  ) : null;
}

function describedBy(name: string, hint: ReactNode, error: string | null): string | undefined {
  return (
    [hint ? hintIdOf(name) : null, error ? errorIdOf(name) : null].filter(Boolean).join(' ') || undefined
  );
}

function controlProps(name: string, hint: ReactNode, error: string | null): ControlProps {
  return {
    id: fieldId(name),
    name,
    'aria-describedby': describedBy(name, hint, error),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
}

/**
 * One labelled field around any control: `children` receives the control's id, name and aria
 * attributes. For controls the kit has no component for (a county picker with optgroups).
 */
export function Field(
  p: FieldBase & { children: (control: ControlProps, value: FieldValue) => ReactNode },
): ReactNode {
  const { value, error } = useField(p);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(p.name)}>
        {p.label}
        <Marker required={p.required} optional={p.optional} />
      </label>
      <Hint name={p.name} hint={p.hint} />
      <ErrorText name={p.name} error={error} />
      {p.children(controlProps(p.name, p.hint, error), value)}
    </div>
  );
}

/** How wide a text box is drawn: short (dates, amounts), medium (phone, ID numbers), long (default). */
export type Width = 'short' | 'medium' | 'long';
const widthClass = (w?: Width) =>
  w === 'short' ? 'input-short' : w === 'medium' ? 'input-medium' : undefined;

export interface TextInputProps extends FieldBase {
  type?: 'text' | 'tel' | 'email' | 'password' | 'search' | 'url';
  width?: Width;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  spellCheck?: boolean;
  placeholder?: string;
}

/** A one-line text box. Numbers are text with inputMode (type="number" mangles 0.70 and 1e3). */
export function TextInput(p: TextInputProps): ReactNode {
  return (
    <Field {...p}>
      {(control, value) => (
        <input
          {...control}
          type={p.type ?? 'text'}
          className={widthClass(p.width)}
          // A password is never sent back to the page.
          defaultValue={p.type === 'password' ? undefined : text(value)}
          maxLength={p.maxLength}
          autoComplete={p.autoComplete}
          inputMode={p.inputMode}
          spellCheck={p.spellCheck}
          placeholder={p.placeholder}
        />
      )}
    </Field>
  );
}

/** One cell of a GridInputs: the field's name and its full label (第 2 行树种), for errors and readers. */
export interface GridCell {
  name: string;
  label: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  maxLength?: number;
}

/**
 * Rows of text boxes under column heads (分树种明细: one row per species), without JavaScript: every
 * box is a field of its own (`name`, id f-name, so an error summary links to it), labelled for
 * screen readers by its full label; a cell in error is marked and its message listed under the
 * table. Narrow screens show each row as a block, each box under its column's name.
 */
export function GridInputs(p: {
  caption: ReactNode;
  columns: string[];
  rows: GridCell[][];
  hint?: ReactNode;
  /** The label of row i (0-based), shown in its first column on narrow screens. */
  rowLabel: (i: number) => string;
}): ReactNode {
  const form = useContext(FormContext);
  const errorOf = (name: string) => form.errors.find((e) => e.field === name)?.message ?? null;
  const errors = p.rows.flat().flatMap((c) => {
    const e = errorOf(c.name);
    return e ? [{ name: c.name, message: e }] : [];
  });
  const hintId = `${fieldId(p.rows[0]?.[0]?.name ?? 'grid')}-grid-hint`;
  return (
    <div className={`form-row grid-inputs${errors.length ? ' has-error' : ''}`}>
      {p.hint ? (
        <p className="field-hint" id={hintId}>
          {p.hint}
        </p>
      ) : null}
      {errors.map((e) => (
        <p key={e.name} className="field-error" id={errorIdOf(e.name)}>
          <span className="visually-hidden">错误：</span>
          {e.message}
        </p>
      ))}
      <div className="grid-scroll">
        <table className="grid-table">
          <caption className="visually-hidden">{p.caption}</caption>
          <thead>
            <tr>
              <th scope="col">序号</th>
              {p.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row, i) => (
              <tr key={row[0]?.name ?? i}>
                <th scope="row">{p.rowLabel(i)}</th>
                {row.map((cell, j) => {
                  const error = errorOf(cell.name);
                  const described =
                    [p.hint ? hintId : null, error ? errorIdOf(cell.name) : null].filter(Boolean).join(' ') ||
                    undefined;
                  return (
                    <td
                      key={cell.name}
                      data-label={p.columns[j]}
                      className={error ? 'cell-error' : undefined}
                    >
                      <label className="visually-hidden" htmlFor={fieldId(cell.name)}>
                        {cell.label}
                      </label>
                      <input
                        type="text"
                        id={fieldId(cell.name)}
                        name={cell.name}
                        defaultValue={text(form.values[cell.name])}
                        inputMode={cell.inputMode}
                        maxLength={cell.maxLength}
                        aria-describedby={described}
                        aria-invalid={error ? true : undefined}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Several lines of text; says its limit in the hint when none is given. */
export function TextArea(p: FieldBase & { rows?: number; maxLength?: number }): ReactNode {
  const hint = p.hint ?? (p.maxLength ? `最多 ${p.maxLength} 字` : undefined);
  return (
    <Field {...p} hint={hint}>
      {(control, value) => (
        <textarea {...control} rows={p.rows ?? 5} maxLength={p.maxLength} defaultValue={text(value)} />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

const isGroup = (o: Option | OptionGroup): o is OptionGroup => 'options' in o;

/** A drop-down list; an entry with `options` is drawn as an <optgroup> (a city and its counties). */
export function Select(
  p: FieldBase & {
    options: ReadonlyArray<Option | OptionGroup>;
    /** The first, empty choice: '请选择' unless given; null for none. */
    placeholder?: string | null;
    width?: Width;
  },
): ReactNode {
  const placeholder = p.placeholder === undefined ? '请选择' : p.placeholder;
  const option = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field {...p}>
      {(control, value) => (
        <select {...control} defaultValue={text(value)} className={widthClass(p.width)}>
          {placeholder !== null ? <option value="">{placeholder}</option> : null}
          {p.options.map((o) =>
            isGroup(o) ? (
              <optgroup key={`group ${o.label}`} label={o.label}>
                {o.options.map(option)}
              </optgroup>
            ) : (
              option(o)
            ),
          )}
        </select>
      )}
    </Field>
  );
}

/** A date: the browser's date picker, and the format said for browsers that show a text box. */
export function DateInput(p: FieldBase & { min?: string; max?: string }): ReactNode {
  const format = '格式：年-月-日，如 2026-03-01';
  const hint = p.hint ? (
    <>
      {p.hint}；{format}
    </>
  ) : (
    format
  );
  return (
    <Field {...p} hint={hint}>
      {(control, value) => (
        <input
          {...control}
          type="date"
          className="input-medium"
          min={p.min}
          max={p.max}
          defaultValue={text(value)}
        />
      )}
    </Field>
  );
}

// ---- groups: radios and checkboxes in a fieldset ----

export interface ChoiceOption extends Option {
  /** A line under the choice. */
  hint?: string;
}

interface ChoicesProps extends Omit<FieldBase, 'label'> {
  /** The question, as the group's <legend>. */
  legend: ReactNode;
  options: ChoiceOption[];
  /** Side by side (two or three short choices: 是 / 否). */
  inline?: boolean;
}

function ChoiceGroup(p: ChoicesProps & { type: 'radio' | 'checkbox' }): ReactNode {
  const { value, error } = useField(p);
  const chosen = new Set(list(value));
  const described = describedBy(p.name, p.hint, error);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      <fieldset aria-describedby={described}>
        <legend>
          {p.legend}
          <Marker required={p.required} optional={p.optional} />
        </legend>
        <Hint name={p.name} hint={p.hint} />
        <ErrorText name={p.name} error={error} />
        <div className={`choices${p.inline ? ' inline' : ''}`}>
          {p.options.map((o, i) => {
            // The first choice carries the field's id: the error summary's link lands on it.
            const id = i === 0 ? fieldId(p.name) : `${fieldId(p.name)}-${i + 1}`;
            return (
              <div className="choice" key={o.value}>
                <input
                  type={p.type}
                  id={id}
                  name={p.name}
                  value={o.value}
                  defaultChecked={chosen.has(o.value)}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                  {...(error ? { 'aria-invalid': true as const } : {})}
                />
                <label htmlFor={id}>{o.label}</label>
                {o.hint ? (
                  <p className="choice-hint" id={`${id}-hint`}>
                    {o.hint}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One choice of several (单选), in a fieldset whose legend asks the question. */
export function Radios(p: ChoicesProps): ReactNode {
  return <ChoiceGroup {...p} type="radio" />;
}

/** Any of several (多选); the form posts the name once per ticked box (a list). */
export function Checkboxes(p: ChoicesProps): ReactNode {
  return <ChoiceGroup {...p} type="checkbox" />;
}

/** One box to tick (我已阅读并同意…); posts value="on" when ticked. */
export function Checkbox(p: FieldBase): ReactNode {
  const { value, error } = useField(p);
  const id = fieldId(p.name);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      <ErrorText name={p.name} error={error} />
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={p.name}
          value="on"
          defaultChecked={value === true || value === 'on'}
          aria-describedby={describedBy(p.name, p.hint, error)}
          {...(error ? { 'aria-invalid': true as const } : {})}
        />
        <label htmlFor={id}>
          {p.label}
          <Marker required={p.required} optional={p.optional} />
        </label>
      </div>
      <Hint name={p.name} hint={p.hint} />
    </div>
  );
}

// ---- files ----

/** 'pdf' → '.pdf'; 'jpg' also takes '.jpeg'. */
export const acceptOf = (formats: readonly string[]) =>
  formats.map((f) => (f.toLowerCase() === 'jpg' ? '.jpg,.jpeg' : `.${f.toLowerCase()}`)).join(',');

/** The limits in words: '格式：PDF、JPG；单个文件不超过 10 MB'. */
export const fileLimitsText = (formats: readonly string[], maxMb: number) =>
  `格式：${formats.map((f) => f.toUpperCase()).join('、')}；单个文件不超过 ${maxMb} MB`;

export interface KeptFile {
  id: string;
  name: string;
  sizeBytes: number;
}

/**
 * A file upload that says what it takes (types and size) before anyone tries; `kept` lists files
 * already uploaded (a draft), each with a 删除 box posting `removeName` = its id. The <Form> needs
 * `upload`. The server checks both limits again (by content, not by the name's extension).
 */
export function FileInput(
  p: FieldBase & {
    formats: readonly string[];
    maxMb: number;
    multiple?: boolean;
    kept?: KeptFile[];
    removeName?: string;
  },
): ReactNode {
  const limits = fileLimitsText(p.formats, p.maxMb);
  const hint = p.hint ? (
    <>
      {limits}；{p.hint}
    </>
  ) : (
    limits
  );
  return (
    <Field {...p} hint={hint}>
      {(control) => (
        <>
          {p.kept?.length ? (
            <ul className="kept-files">
              {p.kept.map((f) => (
                <li key={f.id}>
                  已上传：{f.name}（{Math.max(1, Math.ceil(f.sizeBytes / 1024))} KB）
                  <span className="choice">
                    <input
                      type="checkbox"
                      id={`${control.id}-remove-${f.id}`}
                      name={p.removeName ?? 'removeFile'}
                      value={f.id}
                    />
                    <label htmlFor={`${control.id}-remove-${f.id}`}>删除</label>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          <input {...control} type="file" accept={acceptOf(p.formats)} multiple={p.multiple} />
        </>
      )}
    </Field>
  );
}

// ---- sections and buttons ----

/** A titled part of a long form (申请人信息, 林木情况 …). */
export function Section({ title, children }: { title: ReactNode; children: ReactNode }): ReactNode {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/** A submit button; `name`/`value` tell two buttons of one form apart (提交 / 保存草稿). */
export function Button(p: {
  children: ReactNode;
  name?: string;
  value?: string;
  secondary?: boolean;
}): ReactNode {
  return (
    <button
      className={`button${p.secondary ? ' secondary' : ''}`}
      type="submit"
      name={p.name}
      value={p.value}
    >
      {p.children}
    </button>
  );
}

/** The row of buttons (and a 取消 link) under a form. */
export function Actions({ children }: { children: ReactNode }): ReactNode {
  return <div className="actions">{children}</div>;
}

// ---- the POST side: post-redirect-get ----

/**
 * What a form posted, ready to show again: the CSRF token and `omit` (the submit button's name,
 * file inputs) dropped, text trimmed of nothing (people see what they typed), lists kept as lists.
 */
export function enteredValues(body: unknown, omit: readonly string[] = []): FieldValues {
  const out: FieldValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (k === '_csrf' || omit.includes(k)) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string') as string[];
  }
  return out;
}

/**
 * The field errors to show for a failed use case, or null when the error is not the reader's to
 * fix (not signed in, forbidden, not found, a fault: let the site's error pages answer). An error
 * that names no field is shown at `field` (the form's first field, or the one it is about).
 */
export function formErrors(e: unknown, field: string): FieldError[] | null {
  if (!(e instanceof AppError)) return null;
  if (e.errors?.length) return e.errors;
  if ([400, 409, 413, 422, 429].includes(e.status)) return [{ field, message: e.message }];
  return null;
}

/**
 * Post-redirect-get for a server-rendered form. `submit` runs the use case and returns where the
 * reader goes next (a 303 to a GET page, so reloading never posts twice); when it fails with errors
 * the reader can fix, `again` shows the form once more with what was entered and the messages
 * (status 400, or the error's own 409/413/422/429), nothing having changed. Other errors propagate.
 */
export async function handleFormPost(
  reply: FastifyReply,
  p: {
    submit: () => Promise<string>;
    again: (errors: FieldError[], status: number) => FastifyReply | Promise<FastifyReply>;
    /** Where an error that names no field is shown. */
    field: string;
  },
): Promise<FastifyReply> {
  let next: string;
  try {
    next = await p.submit();
  } catch (e) {
    const errors = formErrors(e, p.field);
    if (!errors) throw e;
    reply.header('cache-control', 'no-store');
    const status = e instanceof AppError && e.status >= 400 && e.status < 500 ? e.status : 400;
    return p.again(errors, status);
  }
  return reply.redirect(next, 303);
}

/**
 * Hands what the page after a form's POST shows once — a receipt code with its query password — to
 * that page: an SM4-encrypted, httpOnly, SameSite=Strict cookie for its path only, for `minutes` at
 * most, so the password is never in an address or a log. `takeHandedOver` reads it and clears it.
 */
export function handOver(
  reply: FastifyReply,
  p: { cipher: Cipher; name: string; path: string; value: object; now: Date; minutes?: number },
): void {
  const minutes = p.minutes ?? 15;
  const exp = p.now.getTime() + minutes * 60_000;
  reply.setCookie(p.name, p.cipher.encrypt(JSON.stringify({ value: p.value, exp })), {
    path: p.path,
    httpOnly: true,
    sameSite: 'strict',
    secure: reply.request.protocol === 'https',
    maxAge: minutes * 60,
  });
}

/**
 * What `handOver` handed to this page, once: the cookie is cleared as it is read, so a reload or a
 * later reader of the same browser sees the page's "shown only once" text instead. Null when there
 * is none, it expired, or it does not decrypt.
 */
export function takeHandedOver<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  p: { cipher: Cipher; name: string; path: string; now: Date },
): T | null {
  const raw = request.cookies[p.name];
  if (!raw) return null;
  reply.clearCookie(p.name, { path: p.path });
  try {
    const { value, exp } = JSON.parse(p.cipher.decrypt(raw)) as { value: T; exp: number };
    return exp >= p.now.getTime() ? value : null;
  } catch {
    return null;
  }
}
