// 个人信息保护告知: what registration collects and why, shown — and agreed to — before the form asks
// for an ID number (个人信息保护法 第十七条 告知, 第二十九条 敏感个人信息的单独同意).
import type { ReactNode } from 'react';
import type { Config } from '../../config.ts';
import { PRIVACY_NOTICE_VERSION } from '../../platform/access/registration.service.ts';

export function PrivacyNotice(props: { config: Config; kind: 'citizen' | 'org' }): ReactNode {
  const { config, kind } = props;
  const number = kind === 'citizen' ? '居民身份证号码' : '统一社会信用代码';
  return (
    <section className="privacy-notice" aria-labelledby="privacy-title">
      <h2 id="privacy-title">个人信息保护告知</h2>
      <p className="field-hint">版本 {PRIVACY_NOTICE_VERSION}</p>
      <p>
        {config.SITE_NAME}
        （以下称“我们”）作为个人信息处理者，依照《中华人民共和国个人信息保护法》处理您在注册和办事中提供的个人信息。请您在填写证件号码前阅读以下内容。
      </p>
      <dl className="notice-list">
        <dt>我们收集什么</dt>
        <dd>
          {kind === 'citizen' ? '姓名' : '单位名称'}、{number}
          、手机号码或电子邮箱、您设置的用户名和密码；登录和办事时的时间与来源地址（安全审计所需）。
          {kind === 'citizen' ? '居民身份证号码属于敏感个人信息，须经您单独同意方可收集。' : null}
        </dd>
        <dt>为什么收集</dt>
        <dd>
          核验办事人的身份（行政许可等事项须由申请人本人或其委托人申请），办理和查询您的网上办事事项，向您发送办理结果、找回密码的验证码和账号安全提示。不用于其他目的，不向第三方提供，法律、行政法规另有规定的除外。
        </dd>
        <dt>如何保存</dt>
        <dd>
          {kind === 'citizen' ? '居民身份证号码、' : ''}
          手机号码以国家商用密码算法 SM4 加密存储，工作人员页面中仅显示部分号码（如
          4101**********1234）；密码只保存不可逆的摘要。数据存放在我们的服务器上，不出境。
        </dd>
        <dt>保存多久</dt>
        <dd>
          账号存续期间保存；办事记录按档案管理规定的期限保存；安全审计记录至少保存六个月（《网络安全法》第二十一条）。
        </dd>
        <dt>您的权利</dt>
        <dd>
          您可以查阅、复制、更正您的个人信息，可以撤回同意、注销账号（已办结事项的档案依法保留）。请致电{' '}
          {config.SITE_PHONE}
          或到政务服务大厅窗口办理。不同意本告知的，您仍可到窗口办理业务，但不能注册网上办事账号。
        </dd>
      </dl>
    </section>
  );
}
