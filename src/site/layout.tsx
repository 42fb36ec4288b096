// The page frame every public page shares: reading-aid bar, header with the site name and search,
// main navigation, breadcrumb, main content and the footer with the filing numbers.
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import { assetUrl } from './assets.ts';
import { type AidMode, type AidState, aidClasses } from './reading-aid.ts';
import { listNavItems, type NavItem, searchPagePath } from './registry.ts';

export interface Crumb {
  label: string;
  /** Omitted for the current page (the last crumb). */
  href?: string;
}

export interface LayoutProps {
  config: Config;
  /** The page name; the document title becomes '页面名 - 河南省林业厅'. */
  title: string;
  description: string;
  /** The request path without the query, to mark the current navigation item. */
  path: string;
  /** The request path with its query, where reading-aid links send the reader back to. */
  url: string;
  aid: AidState;
  /** Crumbs after 首页; undefined on the home page (no breadcrumb there). */
  breadcrumb?: Crumb[];
  canonical?: string | null;
  /** The main navigation bar; defaults to the fixed items (without data-driven ones). */
  nav?: NavItem[];
  children: ReactNode;
}

export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';

export function Layout(props: LayoutProps): ReactNode {
  const { config, title, description, aid, canonical } = props;
  const classes = aidClasses(aid).join(' ');
  return (
    <html lang="zh-CN" className={classes || undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${config.SITE_NAME}`}</title>
        <meta name="description" content={description} />
        {/* 政府网站发展指引: site name and identification code in every page's head. */}
        <meta name="SiteName" content={config.SITE_NAME} />
        {config.SITE_CODE ? <meta name="SiteIDCode" content={config.SITE_CODE} /> : null}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        <link rel="stylesheet" href={assetUrl('site.css')} />
        <link rel="icon" type="image/svg+xml" href={assetUrl('favicon.svg')} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          跳到主要内容
        </a>
        <header className="site-header">
          <AidBar aid={aid} url={props.url} />
          <div className="masthead">
            <div className="container masthead-inner">
              <a className="logo" href="/">
                <LogoMark />
                <span className="logo-text">{config.SITE_NAME}</span>
              </a>
              <SearchBox />
            </div>
          </div>
          <MainNav path={props.path} items={props.nav ?? listNavItems()} />
        </header>
        <div className="container page">
          {props.breadcrumb ? <Breadcrumb crumbs={props.breadcrumb} /> : null}
          <main id="main" tabIndex={-1}>
            {props.children}
          </main>
        </div>
        <Footer config={config} />
      </body>
    </html>
  );
}

function LogoMark(): ReactNode {
  // A plain tree mark drawn in the page (no emblem, no image request).
  return (
    <svg
      className="logo-mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M16 2 6 16h5l-6 8h9v6h4v-6h9l-6-8h5z" fill="currentColor" />
    </svg>
  );
}

const aidHref = (mode: AidMode, back: string) => `/site/aid?mode=${mode}&back=${encodeURIComponent(back)}`;

function AidBar({ aid, url }: { aid: AidState; url: string }): ReactNode {
  const sizes: { mode: AidMode; label: string; step: AidState['text'] }[] = [
    { mode: 'normal', label: '标准字号', step: 0 },
    { mode: 'large', label: '大字号', step: 1 },
    { mode: 'larger', label: '特大字号', step: 2 },
  ];
  return (
    <nav className="aid-bar" aria-label="阅读辅助">
      <div className="container">
        <ul>
          {sizes.map((s) => (
            <li key={s.mode}>
              <a
                href={aidHref(s.mode, url)}
                rel="nofollow"
                aria-current={aid.text === s.step ? 'true' : undefined}
              >
                {s.label}
              </a>
            </li>
          ))}
          <li>
            <a href={aidHref('contrast', url)} rel="nofollow">
              {aid.contrast ? '关闭高对比度' : '高对比度'}
            </a>
          </li>
          <li>
            <a href={aidHref('spacing', url)} rel="nofollow">
              {aid.spacing ? '恢复行距' : '加大行距'}
            </a>
          </li>
          <li>
            <a href={aidHref('reset', url)} rel="nofollow">
              恢复默认
            </a>
          </li>
        </ul>
      </div>
    </nav>
  );
}

function SearchBox(): ReactNode {
  const action = searchPagePath();
  if (!action) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: older phones do not know <search>; role="search" works everywhere
    <form className="search" role="search" action={action} method="get">
      <label htmlFor="site-search-q" className="visually-hidden">
        站内搜索
      </label>
      <input id="site-search-q" type="search" name="q" maxLength={100} placeholder="请输入关键词" />
      <button type="submit">搜索</button>
    </form>
  );
}

function isCurrent(href: string, path: string): boolean {
  if (href === '/') return path === '/';
  return path === href || path.startsWith(href.endsWith('/') ? href : `${href}/`);
}

function MainNav({ path, items }: { path: string; items: NavItem[] }): ReactNode {
  if (items.length === 0) return null;
  return (
    <nav className="main-nav" aria-label="主导航">
      <div className="container">
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function Breadcrumb({ crumbs }: { crumbs: Crumb[] }): ReactNode {
  const all: Crumb[] = [{ label: '首页', href: '/' }, ...crumbs];
  return (
    <nav className="breadcrumb" aria-label="当前位置">
      <ol>
        {all.map((c, i) => {
          const last = i === all.length - 1;
          return (
            <li key={`${c.href ?? ''} ${c.label}`}>
              {c.href && !last ? (
                <a href={c.href}>{c.label}</a>
              ) : (
                <span aria-current={last ? 'page' : undefined}>{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Footer({ config }: { config: Config }): ReactNode {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <span className="footer-item">主办单位：{config.SITE_SPONSOR}</span>
        </p>
        <p>
          {config.SITE_ADDRESS ? <span className="footer-item">联系地址：{config.SITE_ADDRESS}</span> : null}
          {config.SITE_PHONE ? <span className="footer-item">联系电话：{config.SITE_PHONE}</span> : null}
        </p>
        <p>
          {config.SITE_CODE ? <span className="footer-item">网站标识码：{config.SITE_CODE}</span> : null}
          {config.SITE_ICP ? (
            <span className="footer-item">
              <a href={ICP_LOOKUP_URL} rel="noopener noreferrer">
                {config.SITE_ICP}
              </a>
            </span>
          ) : null}
          {config.SITE_PSB ? <span className="footer-item">{config.SITE_PSB}</span> : null}
        </p>
      </div>
    </footer>
  );
}
