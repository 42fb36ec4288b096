// An item's application form in the workbench, generated from the same definition the public
// site uses (the server validates it again and names any bad field).
import { Checkbox, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useUnits } from '../org/api.ts';
import type { FormDefinition, FormField } from './api.ts';

type CountyGroup = { label: string; options: Array<{ value: string; label: string }> };

/**
 * The 157 county-level places grouped by their city (省辖市), in the units' order: a county's
 * region code starts with its city's four digits. 济源 has no counties and is its own entry.
 */
function useCountyOptions(): CountyGroup[] {
  const units = useUnits().data ?? [];
  const counties = units.filter((u) => u.regionCode && u.type === 'county_bureau');
  return units
    .filter((u) => u.regionCode && u.type === 'city_bureau')
    .map((city) => {
      const prefix = (city.regionCode as string).slice(0, 4);
      const cityName = city.name.replace(/林业局$/, '');
      const own = counties.filter((c) => (c.regionCode as string).startsWith(prefix));
      const entries = own.length ? own : [city];
      return {
        label: cityName,
        options: entries.map((u) => {
          const name = u.name.replace(/林业局$/, '');
          // Searching '郑州' finds 郑州's counties too: the city is in every label.
          return {
            value: u.regionCode as string,
            label: `${name === cityName ? name : `${cityName}${name}`}（${u.regionCode}）`,
          };
        }),
      };
    });
}

// Form.Item hands its direct child value/onChange/id: they are passed on to the antd control.
function Control({
  field,
  counties,
  ...bound
}: {
  field: FormField;
  counties: CountyGroup[];
} & Record<string, unknown>) {
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea {...bound} rows={3} maxLength={field.max} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber
          {...bound}
          style={{ width: 200, ...(bound.style as object | undefined) }}
          addonAfter={field.unit}
          min={field.min}
          max={field.max}
        />
      );
    case 'date':
      return <Input {...bound} type="date" style={{ width: 200 }} />;
    case 'select':
      return <Select {...bound} allowClear options={field.options} />;
    case 'radio':
      return <Radio.Group {...bound} options={field.options} />;
    case 'checkbox':
      return field.options?.length ? (
        <Checkbox.Group {...bound} options={field.options} />
      ) : (
        <Checkbox {...bound} />
      );
    case 'county':
      return <Select {...bound} showSearch={{ optionFilterProp: 'label' }} allowClear options={counties} />;
    default:
      return (
        <Input
          {...bound}
          maxLength={field.type === 'idNumber' || field.type === 'creditCode' ? 18 : field.max}
        />
      );
  }
}

type Section = FormDefinition['sections'][number];

/** A table section (分树种采伐量): a row of column heads, then one line of boxes per row. */
function GridSection({ section, counties }: { section: Section; counties: CountyGroup[] }) {
  const columns = section.table?.columns ?? [];
  const n = columns.length || 1;
  const rows = Array.from({ length: Math.ceil(section.fields.length / n) }, (_, i) =>
    section.fields.slice(i * n, i * n + n),
  );
  const grid = { display: 'grid', gridTemplateColumns: `64px repeat(${n}, minmax(96px, 1fr))`, gap: 8 };
  return (
    <div style={{ overflowX: 'auto' }}>
      {section.table?.note ? (
        <div style={{ color: '#8c8c8c', marginBottom: 8 }}>{section.table.note}</div>
      ) : null}
      <div style={{ ...grid, fontWeight: 600, marginBottom: 4 }}>
        <span>序号</span>
        {columns.map((c) => (
          <span key={c}>{c}</span>
        ))}
      </div>
      {rows.map((fields, i) => (
        <div key={fields[0]?.name ?? i} style={grid}>
          <span style={{ paddingTop: 5 }}>第 {i + 1} 行</span>
          {fields.map((f) => (
            <Form.Item
              key={f.name}
              name={['values', f.name]}
              aria-label={f.label}
              style={{ marginBottom: 8 }}
              rules={f.required ? [{ required: true, message: `${f.label}：必填` }] : undefined}
            >
              <Control
                field={{ ...f, unit: undefined }}
                counties={counties}
                aria-label={f.label}
                style={{ width: '100%' }}
              />
            </Form.Item>
          ))}
        </div>
      ))}
    </div>
  );
}

export function DynamicFields({ def }: { def: FormDefinition }) {
  const counties = useCountyOptions();
  return (
    <>
      {def.sections.map((s) => (
        <fieldset
          key={s.title}
          style={{ border: '1px solid #f0f0f0', padding: '8px 16px', marginBottom: 16 }}
        >
          <legend style={{ width: 'auto', fontSize: 14, fontWeight: 600, padding: '0 8px', border: 0 }}>
            {s.title}
          </legend>
          {s.table ? <GridSection section={s} counties={counties} /> : null}
          {(s.table ? [] : s.fields).map((f) => (
            <Form.Item
              key={f.name}
              name={['values', f.name]}
              label={f.label}
              extra={f.showIf ? `${f.help ?? ''}（视“${f.showIf.field}”的选择填写）` : f.help}
              rules={f.required && !f.showIf ? [{ required: true, message: `${f.label}：必填` }] : undefined}
              valuePropName={f.type === 'checkbox' && !f.options?.length ? 'checked' : 'value'}
            >
              <Control field={f} counties={counties} />
            </Form.Item>
          ))}
        </fieldset>
      ))}
    </>
  );
}
