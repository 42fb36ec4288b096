// The public page of fee items (行政事业性收费): the items the office has verified, in force and
// abolished (an abolished item is listed as abolished, with the document that abolished it, never
// hidden); items still being checked are counted, not shown. Server-rendered, no JavaScript.
import type { App } from '../../../platform/module.ts';
import { assetUrl, renderPage } from '../../../site/index.ts';
import { listPublicFeeItems, type PublicFeeItem } from '../fees/fees.service.ts';

const BASE = '/openness';

function FeeItem({ f }: { f: PublicFeeItem }) {
  return (
    <section className="fee-item" aria-labelledby={`fee-${f.code}`}>
      <h3 id={`fee-${f.code}`}>
        {f.name}
        <span className={`fee-status ${f.status === 'abolished' ? 'abolished' : ''}`}>{f.statusLabel}</span>
      </h3>
      <dl className="entry-meta">
        <dt>收费类别</dt>
        <dd>{f.kind}</dd>
        <dt>收费依据</dt>
        <dd>
          {f.basis.length > 1 ? (
            <ul className="fee-basis">
              {f.basis.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          ) : (
            (f.basis[0] ?? '无')
          )}
        </dd>
        {f.standard ? (
          <>
            <dt>收费标准</dt>
            <dd>
              {f.standard.split('\n').map((p) => (
                <p key={p}>{p}</p>
              ))}
            </dd>
          </>
        ) : null}
        <dt>执收单位</dt>
        <dd>{f.collector}</dd>
        {f.status === 'abolished' ? (
          <>
            <dt>取消情况</dt>
            <dd>
              {f.abolishedOn ? `自 ${f.abolishedOn} 起取消。` : '已取消。'}
              {f.abolishedBy ? `依据：${f.abolishedBy}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function FeesPage({ items, pending }: { items: PublicFeeItem[]; pending: number }) {
  const inForce = items.filter((f) => f.status === 'in_force');
  const abolished = items.filter((f) => f.status === 'abolished');
  return (
    <>
      <link rel="stylesheet" href={assetUrl('openness.css')} />
      <h1>行政事业性收费</h1>
      <p className="open-lead">
        本页公布本局及所属单位的收费项目、收费依据、收费标准和执收单位。已取消的收费项目同时列出取消的时间和文件，任何单位不得继续收取。
      </p>
      {items.length === 0 ? (
        <p role="note" className="supersede">
          本局收费项目清单正在逐项核实依据、标准和现行状态，核实后在本页公布。
        </p>
      ) : (
        <>
          {pending > 0 ? (
            <p role="note" className="supersede">
              以下为已核实的收费项目。另有 {pending}{' '}
              个收费项目的依据、标准和现行状态正在核实，核实后在本页公布。
            </p>
          ) : null}
          <h2>现行收费项目（{inForce.length} 项）</h2>
          {inForce.length ? inForce.map((f) => <FeeItem key={f.id} f={f} />) : <p>无。</p>}
          <h2>已取消的收费项目（{abolished.length} 项）</h2>
          {abolished.length ? abolished.map((f) => <FeeItem key={f.id} f={f} />) : <p>无。</p>}
        </>
      )}
      <p>
        对收费有疑问或发现违规收费的，可以通过<a href={`${BASE}/guide#part-remedies`}>政府信息公开指南</a>
        所列渠道反映。
      </p>
    </>
  );
}

export function registerFeePages(app: App): void {
  app.get(`${BASE}/fees`, { schema: { hide: true } }, async (request, reply) => {
    const { items, pending } = await listPublicFeeItems(request.ctx());
    return renderPage(reply, {
      title: '行政事业性收费',
      description: '河南省林业局收费项目的名称、依据、标准、执收单位和取消情况。',
      breadcrumb: [{ label: '政务公开', href: BASE }, { label: '行政事业性收费' }],
      body: <FeesPage items={items} pending={pending} />,
    });
  });
}
