// The home page (首页): a welcome with what the site is for, then the sections modules register.
// A section with nothing real to show returns null and is left out — no placeholders.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import { sendCached } from './cached-pages.ts';
import {
  type HomeArea,
  type HomeContext,
  type HomeLink,
  type HomeSection,
  listHomeLinks,
  listHomeSections,
} from './registry.ts';
import { renderDocument, siteConfig } from './render.tsx';
import { loadTodayNotice, TodayLine } from './working-day.tsx';

function LinkList({ links }: { links: HomeLink[] }): ReactNode {
  return (
    <ul className="link-list">
      {links.map((l) => (
        <li key={l.href}>
          <a href={l.href}>{l.label}</a>
          {l.note ? <span className="link-note">{l.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Block({ id, title, children }: { id: string; title: string; children: ReactNode }): ReactNode {
  return (
    <section className="home-block" aria-labelledby={`home-${id}`}>
      <h2 id={`home-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** A block of quick links registered by modules; null while no module has given one. */
function linkBlock(area: HomeArea, title: string): (home: HomeContext) => ReactNode {
  return () => {
    const links = listHomeLinks(area);
    return links.length ? (
      <Block id={area} title={title}>
        <LinkList links={links} />
      </Block>
    ) : null;
  };
}

function ContactLines({ config }: { config: Config }): ReactNode {
  if (!config.SITE_PHONE && !config.SITE_ADDRESS) return null;
  return (
    <dl className="contact">
      {config.SITE_PHONE ? (
        <>
          <dt>咨询电话</dt>
          <dd>{config.SITE_PHONE}</dd>
        </>
      ) : null}
      {config.SITE_ADDRESS ? (
        <>
          <dt>通信地址</dt>
          <dd>{config.SITE_ADDRESS}</dd>
        </>
      ) : null}
    </dl>
  );
}

// Official sites every provincial forestry portal links to (相关网站).
const RELATED_SITES = [
  { href: 'https://www.gov.cn/', label: '中国政府网' },
  { href: 'https://www.forestry.gov.cn/', label: '国家林业和草原局' },
  { href: 'https://www.henan.gov.cn/', label: '河南省人民政府' },
];

/** The site's own blocks; modules add theirs in their Module's site part. */
export const SITE_HOME_SECTIONS: HomeSection[] = [
  {
    id: 'site.services',
    order: 20,
    render: async ({ ctx }) => {
      const links = listHomeLinks('services');
      const today = await loadTodayNotice(ctx);
      if (!links.length && !today) return null;
      return (
        <Block id="services" title="办事服务">
          {today ? (
            <>
              <TodayLine notice={today} />
              <p className="link-note">法定办理期限按工作日计算，法定节假日和休息日不计入。</p>
            </>
          ) : null}
          {links.length ? <LinkList links={links} /> : null}
        </Block>
      );
    },
  },
  { id: 'site.openness', order: 30, render: linkBlock('openness', '政务公开') },
  {
    id: 'site.interaction',
    order: 40,
    render: ({ config }) => {
      const links = listHomeLinks('interaction');
      const contact = <ContactLines config={config} />;
      if (!links.length && !config.SITE_PHONE && !config.SITE_ADDRESS) return null;
      return (
        <Block id="interaction" title="互动交流">
          {links.length ? <LinkList links={links} /> : null}
          {contact}
        </Block>
      );
    },
  },
  {
    id: 'site.staff',
    order: 90,
    render: ({ routeExists }) =>
      routeExists('/admin') ? (
        <Block id="staff" title="工作人员入口">
          <ul className="link-list">
            <li>
              <a href="/admin">政务工作平台</a>
              <span className="link-note">本局及市县林业部门工作人员登录</span>
            </li>
          </ul>
        </Block>
      ) : null,
  },
  {
    id: 'site.related',
    order: 95,
    render: () => (
      <Block id="related" title="相关网站">
        <ul className="link-list">
          {RELATED_SITES.map((s) => (
            <li key={s.href}>
              <a href={s.href} rel="noopener noreferrer">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </Block>
    ),
  },
];

async function renderSections(request: FastifyRequest, home: HomeContext): Promise<ReactNode[]> {
  const out: ReactNode[] = [];
  for (const section of listHomeSections()) {
    try {
      const node = await section.render(home);
      if (node !== null && node !== undefined && node !== false) out.push(<div key={section.id}>{node}</div>);
    } catch (err) {
      // One module's failure must not take the home page down; its section is left out.
      request.log.error({ err, section: section.id }, 'home section failed');
    }
  }
  return out;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The next midnight in China (UTC+8, no summer time) after `now`, in ms. */
export function nextChinaMidnight(now: Date): number {
  return Math.floor((now.getTime() + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS + DAY_MS - CHINA_OFFSET_MS;
}

export async function sendHomePage(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  // Through the page cache (it shows headlines and notices: dropped when the site changes). It
  // shows today's working-day notice too: a cached copy is good for today only.
  const expiresAt = nextChinaMidnight(request.ctx().now);
  await sendCached(
    request,
    reply,
    [],
    async () => ({ status: 200, contentType: 'text/html; charset=utf-8', body: await renderHome(request) }),
    { notBefore: expiresAt - DAY_MS, expiresAt },
  );
  return reply;
}

async function renderHome(request: FastifyRequest): Promise<string> {
  const config = siteConfig(request);
  const home: HomeContext = {
    ctx: request.ctx(),
    config,
    path: '/',
    routeExists: (url) => request.server.hasRoute({ method: 'GET', url }),
  };
  const sections = await renderSections(request, home);
  return renderDocument(request, {
    title: '首页',
    description: `${config.SITE_NAME}门户网站首页：政务信息、政务公开、网上办事与互动交流。`,
    body: (
      <>
        <section className="welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">欢迎访问{config.SITE_NAME}门户网站</h1>
          <p>
            本网站是{config.SITE_NAME}的门户网站，由{config.SITE_SPONSOR}
            主办，面向社会公众发布林业政务信息、公开政府信息，提供办事服务和咨询渠道。
          </p>
        </section>
        <div className="home-grid">{sections}</div>
      </>
    ),
  });
}
