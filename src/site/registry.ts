// What other modules contribute to the public website: navigation items, home-page sections,
// quick links in the home blocks, and whether a search page exists. Filled at import time.
import type { FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import type { Ctx } from '../platform/context.ts';

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

const navItems = new Map<string, NavItem>();
const navSources = new Map<string, NavSource>();
const homeSections = new Map<string, HomeSection>();
const homeLinks = new Map<string, HomeLink>();
let searchPath: string | null = null;

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
