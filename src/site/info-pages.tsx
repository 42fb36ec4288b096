// The site's own information pages that the footer links to, as the national website norms ask
// (关于本站, 联系我们, 隐私声明, 使用帮助), and 我的信件 for a signed-in visitor. Their facts come
// from the settings (SITE_*), so a deployment never shows another department's address.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import type { Config } from '../config.ts';
import type { App } from '../platform/module.ts';
import { INFO_PAGES } from './layout.tsx';
import { searchPagePath, sitemapPagePath } from './registry.ts';
import { renderPage, siteConfig } from './render.tsx';

/** The letters page of the account bar; the public-letters module will list the letters here. */

function Contact({ config }: { config: Config }): ReactNode {
  return (
    <dl className="info-list">
      {config.SITE_ADDRESS ? (
        <>
          <dt>通信地址</dt>
          <dd>
            {config.SITE_ADDRESS}
            {config.SITE_POSTCODE ? `（邮政编码 ${config.SITE_POSTCODE}）` : ''}
          </dd>
        </>
      ) : null}
      {config.SITE_PHONE ? (
        <>
          <dt>联系电话</dt>
          <dd>{config.SITE_PHONE}</dd>
        </>
      ) : null}
      {config.SITE_EMAIL ? (
        <>
          <dt>电子邮箱</dt>
          <dd>
            <a href={`mailto:${config.SITE_EMAIL}`}>{config.SITE_EMAIL}</a>
          </dd>
        </>
      ) : null}
      <dt>办公时间</dt>
      <dd>工作日上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）</dd>
    </dl>
  );
}

function AboutPage({ config }: { config: Config }): ReactNode {
  return (
    <article className="info-page">
      <h1>关于本站</h1>
      <p>
        本网站是{config.SITE_NAME}的门户网站，由{config.SITE_SPONSOR}主办、{config.SITE_OPERATOR}
        承办，是{config.SITE_NAME}发布政务信息、公开政府信息、提供网上办事服务和听取社会意见的官方渠道。
      </p>
      <h2>机构名称的沿革</h2>
      <p>
        2018
        年党和国家机构改革中，国家组建国家林业和草原局；河南省相应进行省级机构改革，原河南省林业厅的职责由河南省林业局承担，本网站的主办单位随之更名为河南省林业局。
      </p>
      <p>
        2018
        年以前形成的文件、总结和报道中使用“河南省林业厅”“省林业厅”“厅长”等名称，指的是同一部门，本站转载时保留原文。机构改革前颁发、目前仍在有效期内的许可证件和批准文件继续有效。
      </p>
      <h2>网站提供的内容</h2>
      <ul>
        <li>机构概况、林业动态、通知公告、政策法规、规划计划和统计信息；</li>
        <li>政府信息公开指南、公开目录和依申请公开；</li>
        <li>行政许可事项的办事指南、在线申请、办件查询和许可证核验；</li>
        <li>局长信箱、在线咨询等互动交流渠道。</li>
      </ul>
      <h2>转载与引用</h2>
      <p>
        本网站发布的政府信息可以免费转载和引用，转载时请注明来源“{config.SITE_NAME}
        门户网站”，不得歪曲原意。标明其他来源的稿件，版权归原作者所有。
      </p>
      <p>
        更多说明见<a href={INFO_PAGES.help}>使用帮助</a>、<a href={INFO_PAGES.privacy}>隐私声明</a>和
        <a href={INFO_PAGES.contact}>联系我们</a>。
      </p>
    </article>
  );
}

function ContactPage({ config }: { config: Config }): ReactNode {
  return (
    <article className="info-page">
      <h1>联系我们</h1>
      <h2>{config.SITE_NAME}</h2>
      <Contact config={config} />
      <h2>网站运行维护</h2>
      <p>
        本网站由{config.SITE_OPERATOR}
        负责运行维护。发现网页打不开、链接错误、内容差错或信息更新不及时，请告诉我们：
      </p>
      <ul>
        {config.SITE_PHONE ? <li>拨打联系电话 {config.SITE_PHONE}，说明有问题的网页地址和情况；</li> : null}
        {config.SITE_ERROR_REPORT_URL ? (
          <li>
            通过国务院办公厅政府网站找错平台
            <a href={config.SITE_ERROR_REPORT_URL} rel="noopener noreferrer">
              “我为政府网站找错”
            </a>
            留言，平台将转交本站办理并反馈。
          </li>
        ) : null}
      </ul>
      <p>行政许可事项的办理进度，请使用“网上办事”中的办件查询；政策咨询请在工作时间来电。</p>
    </article>
  );
}

function PrivacyPage({ config }: { config: Config }): ReactNode {
  return (
    <article className="info-page">
      <h1>隐私声明</h1>
      <p>
        {config.SITE_NAME}
        重视保护您的个人信息。本声明说明本网站收集哪些信息、为什么收集、如何保护，依据《中华人民共和国个人信息保护法》《中华人民共和国网络安全法》制定。
      </p>
      <h2>浏览网站</h2>
      <p>
        浏览本网站无需注册，也不需要提供任何个人信息。本网站不使用第三方统计、广告或社交网络代码，不跟踪您在其他网站上的活动。
      </p>
      <p>
        为保障网站安全，服务器记录访问日志（访问时间、网页地址、来访的网络地址和浏览器类型），只用于安全分析和访问量统计。
      </p>
      <h2>Cookie</h2>
      <ul>
        <li>阅读辅助：记住您选择的字号、高对比度和行距，不含个人信息；</li>
        <li>登录会话：登录后用于识别您的账号，退出登录或长时间不操作后失效。</li>
      </ul>
      <p>本网站不使用 Cookie 做广告或跨站跟踪。</p>
      <h2>注册与网上办事</h2>
      <p>
        注册账号和在线申请时，我们收集办理业务所必需的信息：姓名或单位名称、居民身份证号码或统一社会信用代码、联系电话，以及您提交的申请材料。这些信息只用于办理您申请的事项和必要的联系，不用于其他目的。
      </p>
      <p>
        证件号码和电话号码加密存储，在工作人员的列表中只显示部分号码；申请材料只有办理该事项的工作人员可以查看；工作人员办理的每一步都记入审计日志。
      </p>
      <p>
        依照法律法规需要公示的行政许可结果（如许可证号、许可事项和有效期），按规定公开，不公开您的证件号码和联系方式。
      </p>
      <h2>您的权利</h2>
      <p>
        您可以登录后查看自己的办件和提交的信息；需要更正、补充，或者注销账号、删除不再需要保存的个人信息，请与我们联系。法律法规规定须保存的办件档案除外。
      </p>
      <h2>联系我们</h2>
      <Contact config={config} />
    </article>
  );
}

function HelpPage({ config }: { config: Config }): ReactNode {
  const search = searchPagePath();
  const sitemap = sitemapPagePath();
  return (
    <article className="info-page">
      <h1>使用帮助</h1>
      <h2>查找信息</h2>
      <ul>
        <li>页面顶部的导航列出各个栏目；在手机上，点“菜单”展开导航。</li>
        {search ? <li>在页面顶部的搜索框输入关键词，可以搜索本站的全部信息。</li> : null}
        {sitemap ? (
          <li>
            <a href={sitemap}>网站地图</a>列出本站的全部栏目。
          </li>
        ) : null}
        <li>每个栏目的信息按发布时间排列，最新的在最前面。</li>
      </ul>
      <h2>阅读辅助</h2>
      <p>
        页面左上角的“大字号”“特大字号”“高对比度”“加大行距”可以放大文字、改用黑底白字或加大行间距，选择会一直保留，点“恢复默认”取消。本网站的全部功能都可以只用键盘操作，不需要安装插件，在不支持或关闭了
        JavaScript 的浏览器中同样可以使用。
      </p>
      <h2>网上办事</h2>
      <ol>
        <li>
          在<a href="/account/register">注册</a>
          页面注册账号：个人使用居民身份证号码，法人和其他组织使用统一社会信用代码。
        </li>
        <li>
          在“网上办事”中找到要办理的事项，阅读办事指南，点“在线申请”填写申请表、上传材料；未填完的可以保存草稿。
        </li>
        <li>提交后页面显示查询码，请记下。受理后可以下载受理通知书。</li>
        <li>登录后在“我的办件”中查看进度、补正材料；不登录也可以凭查询码在“办件查询”中查询。</li>
      </ol>
      <p>办理期限按工作日计算，法定节假日和休息日不计入；每个期限旁都说明了是怎样算出来的。</p>
      <h2>遇到问题</h2>
      <p>
        请查看<a href={INFO_PAGES.contact}>联系我们</a>
        {config.SITE_PHONE ? `，或拨打 ${config.SITE_PHONE}` : ''}。
      </p>
    </article>
  );
}

type PageOf = (props: { config: Config }) => ReactNode;

function infoPage(title: string, description: string, Page: PageOf) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const config = siteConfig(request);
    return renderPage(reply, {
      title,
      description: description.replace('{site}', config.SITE_NAME),
      breadcrumb: [{ label: title }],
      body: <Page config={config} />,
    });
  };
}

export function registerInfoPages(app: App): void {
  const hide = { schema: { hide: true } };
  app.get(INFO_PAGES.about, hide, infoPage('关于本站', '{site}门户网站简介与机构名称沿革。', AboutPage));
  app.get(
    INFO_PAGES.contact,
    hide,
    infoPage('联系我们', '{site}的通信地址、联系电话和办公时间。', ContactPage),
  );
  app.get(
    INFO_PAGES.privacy,
    hide,
    infoPage('隐私声明', '{site}门户网站如何收集、使用和保护个人信息。', PrivacyPage),
  );
  app.get(
    INFO_PAGES.help,
    hide,
    infoPage('使用帮助', '如何在{site}门户网站查找信息、使用阅读辅助和网上办事。', HelpPage),
  );
}
