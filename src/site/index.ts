// The public website (门户网站) shell: layout, reading aid, home page and error pages, server-rendered
// and working without JavaScript. Modules add navigation items, home sections and quick links here,
// and render their own public pages inside the same layout with renderPage, their forms with the
// forms kit (forms.tsx).
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
  handleFormPost,
  type KeptFile,
  Notice,
  type Option,
  type OptionGroup,
  Radios,
  Section,
  Select,
  TextArea,
  TextInput,
  titleWithErrors,
} from './forms.tsx';
export { nextChinaMidnight } from './home.tsx';
export { type Crumb, Layout, type LayoutProps } from './layout.tsx';
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
  type HomeArea,
  type HomeContext,
  type HomeLink,
  type HomeSection,
  type NavItem,
  type NavSource,
  registerHomeLink,
  registerHomeSection,
  registerNavItem,
  registerNavSource,
  registerSearchPage,
  registryGeneration,
} from './registry.ts';
export { type PageOptions, renderDocument, renderNotFoundPage, renderPage } from './render.tsx';
export { siteModule } from './site.routes.tsx';
