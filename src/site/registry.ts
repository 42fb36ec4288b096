// What modules contribute to the public website: navigation items, home-page sections, quick links
// in the home blocks, their entry pages, and whether a search page exists. Each module says so in
// the `site` part of its Module (SitePart); buildApp installs the parts in MODULES order.
import type { FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import type { Ctx } from '../platform/context.ts';
import type { App, ModuleDeps } from '../platform/module.ts';

export interface NavItem {
  /** A same-site path, e.g. '/zwgk'. */
  href: string;
  label: string;
  /** Smaller first; 首页 is 0. */
  order: number;
}

/** What a home section may use: a request ctx (anonymous actor, for reading), settings, the path. */
export interface HomeContext {
  ctx: Ctx;
  config: Config;
  path: string;
  /** Whether GET path has a route, so a section never links to a page that is not there. */
  routeExists(path: string): boolean;
}

export interface HomeSection {
  /** Stable key, so registering again (a second app in the same process) replaces, not duplicates. */
  id: string;
  /** Smaller first. The site's own blocks use 10 (intro), 20–40 (service, openness, interaction). */
  order: number;
  /** Returns the section (a <section> with an <h2>), or null when there is nothing to show. */
  render(home: HomeContext): ReactNode | Promise<ReactNode>;
}

/** The home page's three link blocks: 办事服务, 政务公开, 互动交流. */
export type HomeArea = 'services' | 'openness' | 'interaction';

export interface HomeLink {
  area: HomeArea;
  href: string;
  label: string;
  order: number;
  /** One short line under the link, e.g. '查询办件进度'. */
  note?: string;
}

/** Navigation items that depend on data (e.g. the portal's visible first-level columns). */
export type NavSource = (request: FastifyRequest) => NavItem[];

/** A module's public entry page, named by a key a portal column of kind 'module' can target. */
export interface EntryPage {
  /** 'services', 'openness', 'interaction', 'supply-demand'. */
  key: string;
  /** A site path. */
  path: string;
}

/** What one module adds to the public website (the `site` field of its Module). */
export interface SitePart {
  /** Items of the main navigation bar. */
  nav?: readonly NavItem[];
  /** Navigation items that follow data, by id (asked on every page render; see registerNavSource). */
  navSources?: Readonly<Record<string, NavSource>>;
  /** Quick links in the home page's blocks (办事服务, 政务公开, 互动交流). */
  homeLinks?: readonly HomeLink[];
  /** Sections of the home page. */
  homeSections?: readonly HomeSection[];
  /** The module's entry pages, for the portal's columns that lead to a module. */
  entries?: readonly EntryPage[];
  /** Links in the footer's norms row (e.g. 政府信息公开指南). */
  footerLinks?: readonly FooterLink[];
  /** A signed-in member of the public's own pages, in the header (我的办件, 我的信件). */
  accountLinks?: readonly AccountLink[];
  /** The path of the site search page, when this module serves it. */
  searchPage?: string;
  /** The path of the site map (网站地图) the footer links to, when this module serves it. */
  sitemapPage?: string;
  /**
   * Registers the module's public pages (GET routes rendering into the shell's layout with
   * renderPage, and the form posts behind them), in the module's own plugin scope.
   */
  pages?(app: App, deps: ModuleDeps): void | Promise<void>;
}

const navItems = new Map<string, NavItem>();
const navSources = new Map<string, NavSource>();
const homeSections = new Map<string, HomeSection>();
const homeLinks = new Map<string, HomeLink>();
const footerLinks = new Map<string, FooterLink>();
const accountLinks = new Map<string, AccountLink>();
const entries = new Map<string, EntryPage>();
let searchPath: string | null = null;
let sitemapPath: string | null = null;

// Raised by every registration: pages rendered before a registration (tests register at run time)
// are not served from a page cache after it.
let generation = 0;

/** Changes whenever something is registered here (page caches drop their copies). */
export function registryGeneration(): number {
  return generation;
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function assertSitePath(href: string): void {
  if (!href.startsWith('/') || href.startsWith('//')) throw new Error(`站内链接应以 / 开头：${href}`);
}

/** Adds (or replaces, by href) an item of the main navigation bar. */
export function registerNavItem(item: NavItem): void {
  assertSitePath(item.href);
  navItems.set(item.href, { ...item });
  generation++;
}

/**
 * Adds (or replaces, by id) a source of navigation items asked on every page render: data-driven
 * items follow the data at once (a hidden column leaves the bar on the next page). It runs
 * synchronously while the page renders: return what is already in memory.
 */
export function registerNavSource(id: string, source: NavSource): void {
  navSources.set(id, source);
  generation++;
}

/** The navigation bar for a request: the fixed items and those of every source, in order. */
export function listNavItems(request?: FastifyRequest): NavItem[] {
  const items = [...navItems.values()];
  if (request)
    for (const source of navSources.values()) {
      for (const item of source(request)) if (!navItems.has(item.href)) items.push(item);
    }
  return items.sort(byOrder);
}

/** Adds (or replaces, by id) a section of the home page. */
export function registerHomeSection(section: HomeSection): void {
  homeSections.set(section.id, section);
  generation++;
}

export function listHomeSections(): HomeSection[] {
  return [...homeSections.values()].sort(byOrder);
}

/** Adds (or replaces, by area and href) a quick link in one of the home page's blocks. */
export function registerHomeLink(link: HomeLink): void {
  assertSitePath(link.href);
  homeLinks.set(`${link.area} ${link.href}`, { ...link });
  generation++;
}

export function listHomeLinks(area: HomeArea): HomeLink[] {
  return [...homeLinks.values()].filter((l) => l.area === area).sort(byOrder);
}

/** A link of the footer that a module's page answers (e.g. 政府信息公开指南, which the norms ask for). */
export interface FooterLink {
  href: string;
  label: string;
  /** Smaller first. */
  order: number;
}

/** Adds (or replaces, by href) a link in the footer. */
export function registerFooterLink(link: FooterLink): void {
  assertSitePath(link.href);
  footerLinks.set(link.href, { ...link });
  generation++;
}

export function listFooterLinks(): FooterLink[] {
  return [...footerLinks.values()].sort(byOrder);
}

/** A page of a signed-in member of the public that a module serves (e.g. 我的信件 at /letters/mine). */
export interface AccountLink {
  href: string;
  label: string;
  /** Smaller first. */
  order: number;
}

/** Adds (or replaces, by href) a link in the signed-in header. */
export function registerAccountLink(link: AccountLink): void {
  assertSitePath(link.href);
  accountLinks.set(link.href, { ...link });
  generation++;
}

export function listAccountLinks(): AccountLink[] {
  return [...accountLinks.values()].sort(byOrder);
}

/**
 * Declares that a site search page exists (GET `path`?q=…); until then the layout shows no
 * search box, so no page links to a 404.
 */
export function registerSearchPage(path = '/search'): void {
  assertSitePath(path);
  searchPath = path;
  generation++;
}

export function searchPagePath(): string | null {
  return searchPath;
}

/** Declares where a module's entry page is, for columns of kind 'module' with this key. */
export function registerEntryPage(entry: EntryPage): void {
  assertSitePath(entry.path);
  entries.set(entry.key, { ...entry });
  generation++;
}

/** The path of the entry page a key names, or null when no module registered it. */
export function entryPagePath(key: string | null): string | null {
  return key ? (entries.get(key)?.path ?? null) : null;
}

/** Installs a module's site part (buildApp calls it for each module; again is harmless). */
export function installSitePart(part: SitePart): void {
  for (const item of part.nav ?? []) registerNavItem(item);
  for (const [id, source] of Object.entries(part.navSources ?? {})) registerNavSource(id, source);
  for (const link of part.homeLinks ?? []) registerHomeLink(link);
  for (const section of part.homeSections ?? []) registerHomeSection(section);
  for (const entry of part.entries ?? []) registerEntryPage(entry);
  for (const link of part.footerLinks ?? []) registerFooterLink(link);
  for (const link of part.accountLinks ?? []) registerAccountLink(link);
  if (part.searchPage) registerSearchPage(part.searchPage);
  if (part.sitemapPage) registerSitemapPage(part.sitemapPage);
}

/** Declares the site map page (网站地图) the footer links to; until then the footer leaves it out. */
export function registerSitemapPage(path = '/sitemap'): void {
  assertSitePath(path);
  sitemapPath = path;
  generation++;
}

export function sitemapPagePath(): string | null {
  return sitemapPath;
}
