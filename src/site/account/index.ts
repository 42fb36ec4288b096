// The public site's account pages (公众账号): sign in, register, sign out.
export { accountModule } from './account.routes.tsx';
