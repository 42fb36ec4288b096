// The openness home's navigation: this module's pages, and places other modules fill (M16's
// 重点工作 at /openness/key-tasks, the annual reports column). A link appears only when its page
// exists, so the home never leads to a 404.

export interface OpennessLink {
  href: string;
  label: string;
  note: string;
  order: number;
}

const links = new Map<string, OpennessLink>();

/** Adds (or replaces, by href) a link of the openness home; other modules call it from register. */
export function registerOpennessLink(link: OpennessLink): void {
  if (!link.href.startsWith('/') || link.href.startsWith('//'))
    throw new Error(`站内链接应以 / 开头：${link.href}`);
  links.set(link.href, { ...link });
}

export function listOpennessLinks(exists: (path: string) => boolean): OpennessLink[] {
  return [...links.values()].filter((l) => exists(l.href.split(/[?#]/)[0])).sort((a, b) => a.order - b.order);
}

registerOpennessLink({
  href: '/openness/guide',
  label: '政府信息公开指南',
  note: '公开范围、方式、申请程序与监督救济',
  order: 10,
});
registerOpennessLink({
  href: '/openness/catalogue',
  label: '政府信息公开目录',
  note: '按类别、主题、年份查阅公开的信息',
  order: 20,
});
registerOpennessLink({
  href: '/openness/apply',
  label: '依申请公开',
  note: '在线申请公开政府信息',
  order: 30,
});
registerOpennessLink({
  href: '/openness/track',
  label: '申请查询',
  note: '凭查询码和查询密码查看办理进度与答复',
  order: 40,
});
registerOpennessLink({
  href: '/openness/laws',
  label: '政策法规',
  note: '林业法律、法规、规章和规范性文件',
  order: 50,
});
registerOpennessLink({
  href: '/openness/fees',
  label: '行政事业性收费',
  note: '收费项目、依据和标准',
  order: 60,
});
registerOpennessLink({
  href: '/openness/notices',
  label: '公示公告',
  note: '干部任前、职称评审、项目等公示',
  order: 70,
});
registerOpennessLink({
  href: '/openness/key-tasks',
  label: '重点工作',
  note: '年度重点工作任务与落实情况',
  order: 80,
});
