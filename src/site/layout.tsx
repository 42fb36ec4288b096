// The page frame every public page shares: the top bar (reading aid, the visitor's account), the
// header with the site name and search, the main navigation (a 菜单 button on phones, working
// without JavaScript), breadcrumb, main content and the footer the national norms ask for.
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import { assetUrl } from './assets.ts';
import { type AidMode, type AidState, aidClasses } from './reading-aid.ts';
import {
  listAccountLinks,
  listFooterLinks,
  listNavItems,
  type NavItem,
  searchPagePath,
  sitemapPagePath,
} from './registry.ts';

export interface Crumb {
  label: string;
  /** Omitted for the current page (the last crumb). */
  href?: string;
}

export interface LayoutProps {
  config: Config;
  /** The page name; the document title becomes '页面名 - 河南省林业局'. */
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
  /** The signed-in visitor, or null: such a page is personal and never goes into a shared cache. */
  account?: SignedInAccount | null;
  children: ReactNode;
}

/** Who is signed in on the public site, as the header shows them. */
export interface SignedInAccount {
  name: string;
  kind: 'staff' | 'citizen' | 'org';
  /** The session's CSRF token for the 退出 form (cookie sessions); null otherwise. */
  csrf: string | null;
}

export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';
/** 全国公安机关互联网站安全管理服务平台: the record of a 公安备案 number. */
export const PSB_LOOKUP_URL = 'https://beian.mps.gov.cn/#/query/webSearch?code=';
/** 全国政府网站基本信息数据库: where a 网站标识码 is registered. */
export const SITE_CODE_LOOKUP_URL = 'https://zfwzzc.www.gov.cn/check_web/databaseInfo/download';

/** The site's own pages the footer links to (src/site/info-pages.tsx). */
export const INFO_PAGES = {
  about: '/about',
  contact: '/contact',
  privacy: '/privacy',
  help: '/help',
} as const;

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
          <div className="top-bar">
            <div className="container top-bar-inner">
              <AidBar aid={aid} url={props.url} />
              <AccountBar account={props.account ?? null} url={props.url} />
            </div>
          </div>
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
    </nav>
  );
}

/** The account part of the top bar: 登录 / 注册, or the name with the account's pages and 退出. */
function AccountBar({ account, url }: { account: SignedInAccount | null; url: string }): ReactNode {
  if (!account) {
    const next = url === '/' || url.startsWith('/account/') ? '' : `?next=${encodeURIComponent(url)}`;
    return (
      <nav className="account-bar" aria-label="用户">
        <ul>
          <li>
            <a href={`/account/login${next}`}>登录</a>
          </li>
          <li>
            <a href={`/account/register${next}`}>注册</a>
          </li>
        </ul>
      </nav>
    );
  }
  return (
    <nav className="account-bar" aria-label="我的账号">
      <ul>
        <li className="account-name">
          <span className="visually-hidden">当前登录：</span>
          {account.name}
        </li>
        {account.kind === 'staff' ? (
          <li>
            <a href="/admin/">工作台</a>
          </li>
        ) : (
          listAccountLinks().map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))
        )}
        <li>
          <form method="post" action="/account/logout" className="logout-form">
            {account.csrf ? <input type="hidden" name="_csrf" value={account.csrf} /> : null}
            <button type="submit" className="link-button">
              退出
            </button>
          </form>
        </li>
      </ul>
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

function NavList({ path, items }: { path: string; items: NavItem[] }): ReactNode {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <a href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
            {item.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The main navigation. Wide screens show the bar; phones show a 菜单 button (<details>, so it opens
 * without JavaScript) with the same list inside. CSS shows one of the two (display:none keeps the
 * other out of the accessibility tree), so there is one 主导航 landmark either way.
 */
function MainNav({ path, items }: { path: string; items: NavItem[] }): ReactNode {
  if (items.length === 0) return null;
  const current = items.find((i) => i.href !== '/' && isCurrent(i.href, path));
  return (
    <nav className="main-nav" aria-label="主导航">
      <div className="container">
        <div className="nav-wide">
          <NavList path={path} items={items} />
        </div>
        <details className="nav-menu">
          <summary>
            <span className="nav-menu-icon" aria-hidden="true" />
            菜单
            {current ? <span className="nav-menu-current">{current.label}</span> : null}
          </summary>
          <NavList path={path} items={items} />
        </details>
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
  const sitemap = sitemapPagePath();
  const psbNumber = /\d{10,}/.exec(config.SITE_PSB)?.[0];
  const links = [
    ...(sitemap ? [{ href: sitemap, label: '网站地图' }] : []),
    { href: INFO_PAGES.contact, label: '联系我们' },
    { href: INFO_PAGES.privacy, label: '隐私声明' },
    { href: INFO_PAGES.help, label: '使用帮助' },
    { href: INFO_PAGES.about, label: '关于本站' },
    // Links a module's page answers (e.g. 政府信息公开指南), after the site's own.
    ...listFooterLinks(),
  ];
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        {config.SITE_CONAC_URL ? (
          <a className="footer-badge" href={config.SITE_CONAC_URL} rel="noopener noreferrer">
            <img
              src={assetUrl('conac-badge.svg')}
              width="110"
              height="55"
              alt="党政机关网站标识"
              loading="lazy"
            />
          </a>
        ) : null}
        <div className="footer-text">
          <nav aria-label="网站信息">
            <ul className="footer-links">
              {links.map((l) => (
                <li key={l.href}>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <p>
            <span className="footer-item">主办单位：{config.SITE_SPONSOR}</span>
            {config.SITE_OPERATOR ? (
              <span className="footer-item">承办单位：{config.SITE_OPERATOR}</span>
            ) : null}
          </p>
          <p>
            {config.SITE_ADDRESS ? (
              <span className="footer-item">
                地址：{config.SITE_ADDRESS}
                {config.SITE_POSTCODE ? `（邮编 ${config.SITE_POSTCODE}）` : ''}
              </span>
            ) : null}
            {config.SITE_PHONE ? <span className="footer-item">联系电话：{config.SITE_PHONE}</span> : null}
          </p>
          <p>
            {config.SITE_CODE ? (
              <span className="footer-item">
                网站标识码：
                <a href={SITE_CODE_LOOKUP_URL} rel="noopener noreferrer">
                  {config.SITE_CODE}
                </a>
              </span>
            ) : null}
            {config.SITE_ICP ? (
              <span className="footer-item">
                <a href={ICP_LOOKUP_URL} rel="noopener noreferrer">
                  {config.SITE_ICP}
                </a>
              </span>
            ) : null}
            {config.SITE_PSB ? (
              <span className="footer-item">
                {psbNumber ? (
                  <a href={`${PSB_LOOKUP_URL}${psbNumber}`} rel="noopener noreferrer">
                    <img className="psb-mark" src={assetUrl('psb-mark.svg')} width="16" height="16" alt="" />
                    {config.SITE_PSB}
                  </a>
                ) : (
                  config.SITE_PSB
                )}
              </span>
            ) : null}
          </p>
        </div>
        {config.SITE_ERROR_REPORT_URL ? (
          <a className="footer-jiucuo" href={config.SITE_ERROR_REPORT_URL} rel="noopener noreferrer">
            <span className="jiucuo-main">我为政府网站找错</span>
          </a>
        ) : null}
      </div>
    </footer>
  );
}
