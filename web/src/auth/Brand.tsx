// The department's name over the sign-in pages.
export function LoginBrand() {
  return (
    <div className="lz-login-brand">
      <span className="lz-brand-mark lz-brand-mark-large" aria-hidden="true">
        林
      </span>
      <div>
        <div className="lz-login-org">河南省林业厅</div>
        <div className="lz-login-title">林政工作台</div>
      </div>
    </div>
  );
}
