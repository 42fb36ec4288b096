// The department's name over the sign-in pages.
import { useSiteName } from './site.ts';

export function LoginBrand() {
  const siteName = useSiteName();
  return (
    <div className="lz-login-brand">
      <span className="lz-brand-mark lz-brand-mark-large" aria-hidden="true">
        林
      </span>
      <div>
        <div className="lz-login-org">{siteName || '\u00a0'}</div>
        <div className="lz-login-title">林政工作台</div>
      </div>
    </div>
  );
}
