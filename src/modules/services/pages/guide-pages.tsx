// The public guides (办事指南): the catalogue by topic and by life event, and one item's full guide
// with the DOMAIN §3 elements. The public reads the basis as citations of the law in force; how sure
// the reference data is (内容待核实, research notes, older texts) is shown to staff only, in a panel
// of its own under the guide.
import type { ReactNode } from 'react';
import { assetUrl, FormStyles } from '../../../site/index.ts';
import { LIFE_EVENTS, TOPICS } from '../catalogue/catalogue.data.ts';
import { notCountedSentence } from '../catalogue/not-counted.data.ts';
import { publicLegalBasis } from '../catalogue/public-basis.ts';
import type { ItemRow } from '../catalogue.service.ts';
import type { FormDefinition } from '../forms.ts';

export const ServicesCss = () => (
  <>
    <link rel="stylesheet" href={assetUrl('services.css')} />
    <FormStyles />
  </>
);

export const KIND_LABELS = { on_the_spot: '即办件', promised: '承诺件' } as const;

/**
 * What the staff should know about the guide's reference data, shown to them only: the item's data
 * status and each basis entry as recorded, with how sure it is. The public never sees this panel.
 */
function StaffDataPanel({ item }: { item: ItemRow }): ReactNode {
  const shown = new Set(publicLegalBasis(item.legalBasis).map((c) => c.text));
  return (
    <aside className="staff-panel" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title">工作人员提示（公众看不到本栏）</h2>
      <p>
        {item.dataStatus === 'verified'
          ? '本事项的名称与设定依据已核实。'
          : '本事项部分内容依据公开资料整理，尚待核实；申请条件、办理材料和办理流程为演示整理稿，以窗口告知为准。'}
        公众页面只显示现行有效法律法规的条款；记录中的原始依据如下。
      </p>
      <ul>
        {item.legalBasis.map((b) => (
          <li key={`${b.instrument} ${b.article}`}>
            {b.instrument} {b.article}（核实情况：{b.confidence}）
          </li>
        ))}
      </ul>
      <p className="field-hint">公众页面显示的依据：{[...shown].join('；') || '（无）'}</p>
    </aside>
  );
}

function ItemLink({ item }: { item: ItemRow }): ReactNode {
  return (
    <li>
      <span className="item-code">{item.code}</span>
      <a href={`/services/${item.code}`}>{item.name}</a>
      <span className="tag">{KIND_LABELS[item.kind]}</span>
    </li>
  );
}

export function CataloguePage({ items }: { items: ItemRow[] }): ReactNode {
  const byTopic = TOPICS.map((t) => ({ t, list: items.filter((i) => i.topics.includes(t)) })).filter(
    (g) => g.list.length,
  );
  const byEvent = LIFE_EVENTS.map((e) => ({ e, list: items.filter((i) => i.lifeEvents.includes(e)) })).filter(
    (g) => g.list.length,
  );
  return (
    <article>
      <ServicesCss />
      <h1>网上办事</h1>
      <p className="service-lead">
        本局 {items.length}{' '}
        项行政许可事项的办事指南、在线申请和办件查询。法定办理期限按工作日计算，法定节假日和休息日不计入。
      </p>
      <div className="actions">
        <a className="button" href="/services/track">
          办件查询
        </a>
        <a className="button secondary" href="/account/cases">
          我的办件
        </a>
      </div>
      <h2>按主题浏览</h2>
      <div className="topic-grid">
        {byTopic.map(({ t, list }) => (
          <section key={t} aria-labelledby={`topic-${t}`}>
            <h3 id={`topic-${t}`}>{t}</h3>
            <ul>
              {list.map((i) => (
                <ItemLink key={i.code} item={i} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <h2>按事件浏览</h2>
      <div className="topic-grid">
        {byEvent.map(({ e, list }) => (
          <section key={e} aria-labelledby={`event-${e}`}>
            <h3 id={`event-${e}`}>{e}</h3>
            <ul>
              {list.map((i) => (
                <ItemLink key={i.code} item={i} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </article>
  );
}

export function GuidePage({
  item,
  form,
  staffView = false,
}: {
  item: ItemRow;
  form: FormDefinition;
  /** A staff member who keeps the catalogue: the reference data's notes under the guide. */
  staffView?: boolean;
}): ReactNode {
  const basis = publicLegalBasis(item.legalBasis);
  // 第四十五条 and the item's own rules; a citation the department has yet to confirm stays off the public guide.
  const confirmed = item.notCounted.filter((p) => p.confidence === 'verified');
  return (
    <article className="guide">
      <ServicesCss />
      <h1>{item.name}</h1>
      <p>
        事项编码 {item.code} · {item.category} · {KIND_LABELS[item.kind]}
      </p>
      <div className="actions">
        <a className="button" href={`/services/${item.code}/apply`}>
          在线申请
        </a>
        <a className="button secondary" href="/services/track">
          办件查询
        </a>
      </div>
      <dl>
        <dt>设定依据</dt>
        <dd>
          <ul>
            {basis.map((c) => (
              <li key={c.text}>{c.text}</li>
            ))}
          </ul>
        </dd>
        <dt>申请条件</dt>
        <dd>{item.conditions}</dd>
        <dt>办理材料</dt>
        <dd>
          <table>
            <thead>
              <tr>
                <th scope="col">材料名称</th>
                <th scope="col">是否必交</th>
                <th scope="col">电子文件格式</th>
              </tr>
            </thead>
            <tbody>
              {form.materials.map((m) => (
                <tr key={m.code}>
                  <td>
                    {m.name}
                    {m.note ? `（${m.note}）` : ''}
                  </td>
                  <td>{m.required ? '必交' : '选交'}</td>
                  <td>{m.formats.map((f) => f.toUpperCase()).join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </dd>
        <dt>办理地点</dt>
        <dd>{item.place}</dd>
        <dt>办理时间</dt>
        <dd>{item.hours}</dd>
        <dt>咨询电话</dt>
        <dd>{item.phone}</dd>
        <dt>办理流程</dt>
        <dd>
          <ol>
            {item.procedure.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </dd>
        <dt>法定时限</dt>
        <dd>
          {item.statutoryWorkdays} 个工作日（自受理之日起计算；经本机关负责人批准可延长 10 个工作日）
          {confirmed.length ? (
            <>
              <p>{notCountedSentence(confirmed, { completion: true })}：</p>
              <ul>
                {confirmed.map((p) => (
                  <li key={p.kind}>
                    {p.name}：{p.basis}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </dd>
        <dt>承诺时限</dt>
        <dd>
          {item.kind === 'on_the_spot' && item.promisedWorkdays === 0
            ? '即办（当场办结）'
            : `${item.promisedWorkdays} 个工作日`}
        </dd>
        <dt>收费标准</dt>
        <dd>
          {item.fees.free ? (
            (item.fees.note ?? '不收费')
          ) : (
            <>
              {item.fees.lines.map((l) => (
                <p key={l.code}>
                  <strong>{l.name}</strong>：{l.standard}。依据：{l.basis}
                </p>
              ))}
              {item.fees.note ? <p>{item.fees.note}</p> : null}
            </>
          )}
        </dd>
      </dl>
      {staffView ? <StaffDataPanel item={item} /> : null}
    </article>
  );
}
