// The public website (门户网站) shell: layout, reading aid, home page and error pages, server-rendered
// and working without JavaScript. Modules add navigation items, home sections, quick links and entry
// pages through the site part of their Module, render their own public pages inside the same layout
// with renderPage, and their forms with the forms kit (forms.tsx) (docs/adr/0005-site-shell.md).
export { assetUrl } from './assets.ts';
export { cachedPageResponder, type Rendered, sendCached } from './cached-pages.ts';
export {
  Actions,
  acceptOf,
  Button,
  Checkbox,
  Checkboxes,
  type ChoiceOption,
  type ControlProps,
  CsrfField,
  csrfToken,
  DateInput,
  type EnteredValues,
  ErrorSummary,
  enteredValues,
  Field,
  type FieldValue,
  type FieldValues,
  FileInput,
  Form,
  FormStyles,
  fieldId,
  fileLimitsText,
  formErrors,
  type GridCell,
  GridInputs,
  handleFormPost,
  handOver,
  type KeptFile,
  Notice,
  type Option,
  type OptionGroup,
  Radios,
  Section,
  Select,
  TextArea,
  TextInput,
  takeHandedOver,
  titleWithErrors,
} from './forms.tsx';
export { nextChinaMidnight } from './home.tsx';
export { HumanCheck } from './human-check.tsx';
export { type Crumb, Layout, type LayoutProps, type SignedInAccount } from './layout.tsx';
export {
  bumpSiteVersion,
  type PageCache,
  type PageView,
  pageCacheFor,
  readSiteVersion,
  SITE_CHANNEL,
  type SiteVersion,
  siteChanged,
} from './page-cache.ts';
export { onPublicPageView, type PublicPageView } from './page-views.ts';
export { Pagination } from './pagination.tsx';
export {
  type AccountLink,
  type EntryPage,
  entryPagePath,
  type FooterLink,
  type HomeArea,
  type HomeContext,
  type HomeLink,
  type HomeSection,
  installSitePart,
  listAccountLinks,
  type NavItem,
  type NavSource,
  registerAccountLink,
  registerEntryPage,
  registerFooterLink,
  registerHomeLink,
  registerHomeSection,
  registerNavItem,
  registerNavSource,
  registerSearchPage,
  registerSitemapPage,
  registryGeneration,
  type SitePart,
} from './registry.ts';
export {
  type PageOptions,
  renderDocument,
  renderNotFoundPage,
  renderPage,
  renderPrivatePage,
  signedInAccount,
} from './render.tsx';
export { siteModule } from './site.routes.tsx';
