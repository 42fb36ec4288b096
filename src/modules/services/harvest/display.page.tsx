// The lobby display screen: a full-screen 1920×1080 page, readable across the hall (large type,
// high contrast). Every item is in the page; display.js shows one at a time and refreshes the
// figures. Without JavaScript, a refresh in <noscript> moves to the next item every few seconds.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DisplayItem, DisplayStats } from './display.service.ts';

export interface DisplayPageProps {
  siteName: string;
  items: DisplayItem[];
  /** The item shown first (and the only one without JavaScript). */
  index: number;
  stats: DisplayStats;
  intervalSeconds: number;
  cssUrl: string;
  scriptUrl: string;
  /** The site's public address (PUBLIC_URL, without the scheme), or null: then no address is shown. */
  siteAddress: string | null;
  faviconUrl: string;
  nowText: string;
}

function Figure({
  id,
  label,
  value,
  unit,
  unitHidden = false,
}: {
  id: string;
  label: string;
  value: string;
  unit: string;
  unitHidden?: boolean;
}): ReactNode {
  return (
    <div className="figure">
      <div className="figure-label">{label}</div>
      <div className="figure-value">
        <span id={id}>{value}</span>
        <small id={`${id}-unit`} hidden={unitHidden}>
          {unit}
        </small>
      </div>
    </div>
  );
}

/** 2026-03-02T01:00:00Z → 09:00:00 (China time). */
const chinaTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(11, 19);

function Slide({
  item,
  n,
  of,
  shown,
}: {
  item: DisplayItem;
  n: number;
  of: number;
  shown: boolean;
}): ReactNode {
  return (
    <section className="slide" data-slide={n} hidden={!shown} aria-label={item.name}>
      <header className="slide-head">
        <span className="slide-no">
          {n + 1} / {of}
        </span>
        <span className="slide-kind">{item.kind}</span>
        <h2>{item.name}</h2>
      </header>
      <div className="slide-body">
        <div className="block basis">
          <h3>设定依据</h3>
          <ul>
            {item.basis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
        <div className="block conditions">
          <h3>申请条件</h3>
          <ol className="scroll">
            {item.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </div>
        <div className="block procedure">
          <h3>办理流程</h3>
          <ol className="steps scroll">
            {item.procedure.map((p) => (
              <li key={p.step}>
                <strong>{p.step}</strong>
                {p.detail ? <span>{p.detail}</span> : null}
              </li>
            ))}
          </ol>
        </div>
        <div className="block limits">
          <div>
            <h3>法定时限</h3>
            <p className="big">
              {item.statutoryWorkdays}
              <small>个工作日</small>
            </p>
          </div>
          <div>
            <h3>承诺时限</h3>
            <p className="big accent">
              {item.promisedWorkdays === 0 ? '即办' : item.promisedWorkdays}
              {item.promisedWorkdays === 0 ? null : <small>个工作日</small>}
            </p>
          </div>
          <div>
            <h3>收费标准</h3>
            <p className="fee">{item.fee}</p>
          </div>
        </div>
      </div>
    </section>
  );
}

export function renderDisplayPage(p: DisplayPageProps): string {
  const count = p.items.length;
  const index = count ? p.index % count : 0;
  const next = count ? (index + 1) % count : 0;
  const pct = p.stats.onTimeRate === null ? '—' : String(p.stats.onTimeRate);
  const markup = renderToStaticMarkup(
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=1920, height=1080" />
        <meta name="robots" content="noindex" />
        <title>{`${p.siteName}政务受理中心 · 办事指南与今日办件`}</title>
        <link rel="icon" type="image/svg+xml" href={p.faviconUrl} />
        <link rel="stylesheet" href={p.cssUrl} />
        <noscript>
          <meta httpEquiv="refresh" content={`${p.intervalSeconds}; url=/display?i=${next}`} />
        </noscript>
        <script src={p.scriptUrl} defer />
      </head>
      <body data-interval={p.intervalSeconds} data-stats="/api/display/stats" data-count={count}>
        <div className="screen">
          <header className="top">
            <div className="title">
              <span className="emblem" aria-hidden="true">
                林
              </span>
              <div>
                <h1>{p.siteName}政务受理中心</h1>
                <p>行政许可事项办事指南 · 今日办件实时数据</p>
              </div>
            </div>
            <div className="clock" id="clock">
              {p.nowText}
            </div>
          </header>
          <main className="main">
            <div className="slides" aria-live="off">
              {count ? (
                p.items.map((item, i) => (
                  <Slide key={item.code} item={item} n={i} of={count} shown={i === index} />
                ))
              ) : (
                <section className="slide">
                  <header className="slide-head">
                    <h2>办事指南正在整理中</h2>
                  </header>
                </section>
              )}
            </div>
            <aside className="today" aria-labelledby="today-title">
              <h2 id="today-title">今日办件</h2>
              <Figure id="stat-received" label="今日收件" value={String(p.stats.received)} unit="件" />
              <Figure id="stat-accepted" label="今日受理" value={String(p.stats.accepted)} unit="件" />
              <Figure id="stat-decided" label="今日办结" value={String(p.stats.decided)} unit="件" />
              <Figure id="stat-ontime" label="按时办结率" value={pct} unit="%" unitHidden={pct === '—'} />
              <p className="updated">
                数据更新于 <span id="stat-updated">{chinaTime(p.stats.updatedAt)}</span>
              </p>
            </aside>
          </main>
          <footer className="bottom">
            {p.siteAddress ? (
              <>
                <span>网上办理、进度查询：{p.siteAddress}/services</span>
                <span>许可证核验：{p.siteAddress}/certificates/verify</span>
              </>
            ) : (
              <>
                <span>网上办理、进度查询：{p.siteName}门户网站“网上办事”</span>
                <span>许可证核验：门户网站“网上办事”—“许可证核验”</span>
              </>
            )}
          </footer>
        </div>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
