// Demo data: the organisation of 河南省林业局 with its leaders, staff in every division, a head for
// every city bureau, the demo accounts of each kind of user and their business roles. Built with
// the same factories the tests use; loaded once, on the first start with an empty database.
//
// All people's names are fictitious, including the department's leaders: real leaders' names
// appear in the reference data but are deliberately not used for current posts. Phone numbers are
// made-up office numbers.
import { sql } from 'drizzle-orm';
import {
  createAccount,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  type RoleSpec,
  upsertRole,
} from '../../platform/access/access.factories.ts';
import type { accounts } from '../../platform/access/access.table.ts';
import { ensureBuiltinRoles } from '../../platform/access/bootstrap.ts';
import { creditCodeCheck, idNumberCheck } from '../../platform/access/identity.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import { AREA_CODES, nameAt, officePhone, titlesFor } from './demo-people.data.ts';
import { DEPARTMENT_UNITS } from './department-units.data.ts';
import { HENAN_PREFECTURES } from './henan-regions.data.ts';
import {
  assignCharges,
  createPeople,
  createUnitTree,
  type PersonSpec,
  type UnitTree,
} from './org.factories.ts';
import { hasAnyUnit, type PersonRow } from './org.repository.ts';

// ---- business roles: later modules add their permissions to these rows ----

export const DEMO_ROLES: RoleSpec[] = [
  {
    code: 'director',
    name: '局长',
    description: '主持全面工作，查看全局及全省各级数据',
    permissions: [
      'org:read',
      'harvest:read',
      'services:read',
      'services:stats',
      'services:extend',
      'portal:freshness',
      'portal:stats',
      'openness:read',
      'letters:read',
      'letters:stats',
      'info:read',
      'supervision:read',
      'supervision:lead',
    ],
    dataScope: 'all',
  },
  {
    code: 'leader',
    name: '分管局领导',
    description: '分管若干处室和单位',
    permissions: [
      'org:read',
      'harvest:read',
      'services:read',
      'services:stats',
      'services:extend',
      'portal:freshness',
      'portal:stats',
      'openness:read',
      'info:read',
      'supervision:read',
      'supervision:lead',
    ],
    dataScope: 'subtree',
  },
  {
    code: 'office_staff',
    name: '局办公室工作人员',
    description: '政务信息、督查督办、政务公开工作',
    permissions: [
      'org:read',
      'portal:edit',
      'portal:review',
      'openness:read',
      'openness:catalogue',
      'openness:guide',
      'openness:fees',
      'openness:laws',
      'openness:notices',
      'letters:triage',
      'letters:read',
      'letters:stats',
      'openness:apply',
      'info:review',
      'info:read',
      'supervision:read',
      'supervision:manage',
    ],
    dataScope: 'all',
  },
  {
    code: 'web_editor',
    name: '网站编辑（信息中心）',
    description: '门户网站栏目与稿件的编辑、审核与发布',
    permissions: [
      'org:read',
      'portal:edit',
      'portal:review',
      'portal:publish',
      'portal:publish-unreviewed',
      'portal:columns',
      'portal:freshness',
      'portal:stats',
      'portal:links',
      'portal:feeds',
      'portal:moderate',
    ],
    dataScope: 'all',
  },
  {
    code: 'resources_staff',
    name: '森林资源管理处工作人员',
    description: '林木采伐、林地等资源管理业务',
    permissions: [
      'org:read',
      'harvest:read',
      'harvest:quota',
      'harvest:revoke',
      'harvest:transport',
      'services:read',
      'services:review',
      'services:decide',
      'services:stats',
      'letters:read',
      'letters:reply',
      'info:submit',
      'supervision:read',
      'supervision:report',
    ],
    dataScope: 'unit',
  },
  {
    code: 'unit_head',
    name: '处室（单位）负责人',
    description: '审核本单位起草的来信答复',
    permissions: [
      'org:read',
      'letters:read',
      'letters:reply',
      'letters:approve',
      'info:submit',
      'supervision:read',
      'supervision:report',
    ],
    dataScope: 'unit',
  },
  {
    code: 'discipline',
    name: '纪检人员',
    description: '办理网上举报，可查看举报人身份；看不到其他来信',
    permissions: ['org:read', 'letters:reports'],
    dataScope: 'all',
  },
  {
    code: 'counter_staff',
    name: '政务受理中心窗口人员',
    description: '行政许可事项的受理、登记与送达',
    permissions: [
      'org:read',
      'services:read',
      'services:counter',
      'services:accept',
      'services:stats',
      'services:items',
      'accounts:counter-reset',
    ],
    dataScope: 'unit',
  },
  // 县级林业局: the competent authority of 林木采伐许可 where the stand lies (森林法 第五十七条). Its
  // window accepts, its resources section reviews and decides; both see their county's cases only.
  {
    code: 'county_acceptor',
    name: '县级林业局受理人员',
    description: '本县（市、区）行政许可事项的收件、受理与送达',
    permissions: [
      'org:read',
      'services:read',
      'services:counter',
      'services:accept',
      'services:stats',
      'harvest:read',
    ],
    dataScope: 'unit',
  },
  {
    code: 'county_reviewer',
    name: '县级林业局审批人员',
    description: '本县（市、区）林木采伐许可的审查、公示、决定与发证；查看本县采伐限额',
    permissions: [
      'org:read',
      'services:read',
      'services:review',
      'services:decide',
      'services:stats',
      'harvest:read',
      'harvest:transport',
    ],
    dataScope: 'unit',
  },
  {
    code: 'city_staff',
    name: '省辖市林业局工作人员',
    description: '本市及所辖县（市、区）的数据',
    permissions: [
      'org:read',
      'portal:edit',
      'harvest:read',
      'services:read',
      'info:submit',
      'supervision:read',
      'supervision:report',
    ],
    dataScope: 'subtree',
  },
];

// ---- the department's leaders (局领导); fictitious names ----

interface LeaderDef {
  name: string;
  title: string;
  rank: 'director' | 'deputy';
  /** Unit codes in this leader's charge (分管). */
  charges: string[];
}

export const DEMO_LEADERS: LeaderDef[] = [
  { name: '周国栋', title: '局长', rank: 'director', charges: ['HNLY-BGS', 'HNLY-RSC', 'HNLY-JGDW'] },
  {
    name: '李文涛',
    title: '副局长',
    rank: 'deputy',
    charges: ['HNLY-ZYC', 'HNLY-ZCFG', 'HNLY-SLZX', 'HNLY-GHY'],
  },
  {
    name: '王秀梅',
    title: '副局长',
    rank: 'deputy',
    charges: ['HNLY-ZLC', 'HNLY-LCC', 'HNLY-ZMZ', 'HNLY-LGZ', 'HNLY-LTG'],
  },
  {
    name: '张志远',
    title: '副局长',
    rank: 'deputy',
    charges: ['HNLY-YBC', 'HNLY-SDC', 'HNLY-FHB', 'HNLY-SFZ', 'HNLY-YBZX'],
  },
  {
    name: '刘德明',
    title: '副局长',
    rank: 'deputy',
    charges: [
      'HNLY-GHC',
      'HNLY-CYC',
      'HNLY-KJC',
      'HNLY-GJC',
      'HNLY-LKY',
      'HNLY-XXZX',
      'HNLY-JJZ',
      'HNLY-FWZX',
    ],
  },
];

// ---- demo accounts ----

interface StaffAccountDef {
  username: string;
  unitCode: string;
  /** The person the account is; a leader's name refers to DEMO_LEADERS. */
  person: { name: string; title: string };
  roles: string[];
  totp?: boolean;
  /** What the account is for, shown in the startup table. */
  note: string;
}

/**
 * The two county bureaus the demo staffs (the competent authorities of 林木采伐许可 where the stand
 * lies): 中牟县 (郑州, plain plantations of poplar) and 嵩县 (洛阳, hill forest). Codes are the 2023
 * division codes of ../shared/data.
 */
export const DEMO_COUNTY_BUREAUS = [
  {
    code: '410122',
    name: '中牟县',
    login: 'zhongmou',
    acceptor: { name: '吕晓静', title: '行政审批股受理员' },
    reviewer: { name: '冯建国', title: '森林资源股股长' },
  },
  {
    code: '410325',
    name: '嵩县',
    login: 'songxian',
    acceptor: { name: '邵雅琴', title: '行政审批股受理员' },
    reviewer: { name: '董卫东', title: '森林资源股股长' },
  },
] as const;

export const DEMO_STAFF_ACCOUNTS: StaffAccountDef[] = [
  {
    username: 'sysadmin',
    unitCode: 'HNLY-XXZX',
    person: { name: '陈立新', title: '系统管理员' },
    roles: ['sysadmin'],
    totp: true,
    note: '系统管理员：单位、人员、账号、设置、日历',
  },
  {
    username: 'secadmin',
    unitCode: 'HNLY-XXZX',
    person: { name: '孙海燕', title: '安全管理员' },
    roles: ['secadmin'],
    totp: true,
    note: '安全管理员：角色、授权、解锁',
  },
  {
    username: 'auditadmin',
    unitCode: 'HNLY-XXZX',
    person: { name: '马俊杰', title: '审计管理员' },
    roles: ['auditadmin'],
    totp: true,
    note: '审计管理员：审计日志',
  },
  {
    username: 'director',
    unitCode: 'HNLY',
    person: { name: '周国栋', title: '局长' },
    roles: ['director'],
    note: '局长',
  },
  {
    username: 'deputy',
    unitCode: 'HNLY',
    person: { name: '李文涛', title: '副局长' },
    roles: ['leader'],
    note: '副局长，分管森林资源管理处、政务受理中心等',
  },
  {
    username: 'office',
    unitCode: 'HNLY-BGS',
    person: { name: '赵晓燕', title: '综合信息科科长' },
    roles: ['office_staff'],
    note: '局办公室：政务信息、督查督办、政务公开',
  },
  {
    username: 'xinxi',
    unitCode: 'HNLY-XXZX',
    person: { name: '杨帆', title: '网站编辑' },
    roles: ['web_editor'],
    note: '信息中心：门户网站编辑',
  },
  {
    username: 'ziyuan',
    unitCode: 'HNLY-ZYC',
    person: { name: '郭明辉', title: '一级主任科员' },
    roles: ['resources_staff'],
    note: '森林资源管理处：采伐限额与许可审核',
  },
  {
    username: 'chuzhang',
    unitCode: 'HNLY-ZYC',
    person: { name: '韩立军', title: '处长' },
    roles: ['unit_head'],
    note: '森林资源管理处处长：审核本处的来信答复',
  },
  {
    username: 'jijian',
    unitCode: 'HNLY-JGDW',
    person: { name: '宋文静', title: '纪检干部' },
    roles: ['discipline'],
    note: '纪检：办理网上举报（只有纪检能看到举报和举报人）',
  },
  {
    username: 'window',
    unitCode: 'HNLY-SLZX',
    person: { name: '何丽娟', title: '窗口受理员' },
    roles: ['counter_staff'],
    note: '政务受理中心：窗口受理',
  },
  ...DEMO_COUNTY_BUREAUS.flatMap((c): StaffAccountDef[] => [
    {
      username: `${c.login}-sl`,
      unitCode: `X${c.code}`,
      person: c.acceptor,
      roles: ['county_acceptor'],
      note: `${c.name}林业局：本县采伐许可等事项的受理`,
    },
    {
      username: `${c.login}-sp`,
      unitCode: `X${c.code}`,
      person: c.reviewer,
      roles: ['county_reviewer'],
      note: `${c.name}林业局：本县采伐许可的审查、决定与发证`,
    },
  ]),
  {
    username: 'zhengzhou',
    unitCode: 'C410100',
    person: { name: '高振华', title: '办公室科员' },
    roles: ['city_staff'],
    note: '郑州市林业局：本市及所辖县区',
  },
];

// A citizen (金水区, born 1985-06-12) and a nursery company (中牟县), with valid check characters.
const ZHANGSAN_ID = `41010519850612031${idNumberCheck('41010519850612031')}`;
const HNMY_CREDIT = `91410122MA45L6W0R${creditCodeCheck('91410122MA45L6W0R')}`;

export const DEMO_PUBLIC_ACCOUNTS = [
  {
    username: 'zhangsan',
    kind: 'citizen' as const,
    displayName: '张三',
    idNumber: ZHANGSAN_ID,
    phone: '13800000001',
    email: 'zhangsan@example.com',
    note: '公众（个人）：网上办事、信箱、依申请公开',
  },
  {
    username: 'hnmy',
    kind: 'org' as const,
    displayName: '河南绿源苗木有限公司',
    creditCode: HNMY_CREDIT,
    note: '公众（法人）：苗木经营企业',
  },
];

// ---- everyone else: staff in each division and unit, a head per city bureau ----

function generalStaff(tree: UnitTree): PersonSpec[] {
  const specs: PersonSpec[] = [];
  // Everyone gets a name of their own: none repeats a leader's or a demo account's person.
  const used = new Set([
    ...DEMO_LEADERS.map((l) => l.name),
    ...DEMO_STAFF_ACCOUNTS.map((a) => a.person.name),
  ]);
  let k = 0;
  const freshName = () => {
    while (used.has(nameAt(k))) k++;
    used.add(nameAt(k));
    return nameAt(k++);
  };
  DEPARTMENT_UNITS.forEach((u, i) => {
    const accountsHere = DEMO_STAFF_ACCOUNTS.filter((a) => a.unitCode === u.code).length;
    // 3 to 6 people per unit, the demo accounts' people included.
    const n = Math.max(1, Math.min(3 + (i % 4), 6 - accountsHere));
    const titles = titlesFor(u.name, u.type);
    for (let j = 0; j < n; j++) {
      const name = freshName();
      specs.push({
        unitId: tree.unit(u.code).id,
        name,
        title: titles[j],
        phone: officePhone('0371', k),
        sort: j + 1,
      });
    }
  });
  for (const city of HENAN_PREFECTURES) {
    const name = freshName();
    specs.push({
      unitId: tree.unit(`C${city.code}`).id,
      name,
      title: '局长',
      phone: officePhone(AREA_CODES[city.code], k),
      sort: 1,
    });
  }
  return specs;
}

export interface DemoSeed {
  tree: UnitTree;
  leaders: PersonRow[];
  /** Every demo account, by username. */
  accounts: Map<string, typeof accounts.$inferSelect>;
}

/** Writes the demo organisation, people, roles and accounts. Use on an empty database. */
export async function seedDemoData(ctx: Ctx): Promise<DemoSeed> {
  return inTransaction(ctx, async (tx) => {
    const tree = await createUnitTree(tx);
    for (const role of DEMO_ROLES) await upsertRole(tx.db, role, tx.now);

    const leaders = await createPeople(
      tx,
      DEMO_LEADERS.map((l, i) => ({
        unitId: tree.root.id,
        name: l.name,
        title: l.title,
        leaderRank: l.rank,
        phone: officePhone('0371', 9000 + i),
        sort: i + 1,
      })),
    );
    for (const [i, l] of DEMO_LEADERS.entries())
      await assignCharges(
        tx,
        leaders[i].id,
        l.charges.map((c) => tree.unit(c).id),
      );

    const newPeople = DEMO_STAFF_ACCOUNTS.filter((a) => !DEMO_LEADERS.some((l) => l.name === a.person.name));
    const accountPeople = await createPeople(tx, [
      ...newPeople.map((a, i) => ({
        unitId: tree.unit(a.unitCode).id,
        name: a.person.name,
        title: a.person.title,
        phone: officePhone('0371', 8000 + i),
        sort: 50 + i,
      })),
      ...generalStaff(tree),
    ]);

    const made = new Map<string, typeof accounts.$inferSelect>();
    for (const a of DEMO_STAFF_ACCOUNTS) {
      const person =
        leaders.find((p) => p.name === a.person.name) ?? accountPeople.find((p) => p.name === a.person.name)!;
      made.set(
        a.username,
        await createAccount(
          tx.db,
          tx.deps.cipher,
          {
            username: a.username,
            displayName: a.person.name,
            unitId: tree.unit(a.unitCode).id,
            personId: person.id,
            password: DEMO_PASSWORD,
            roleCodes: a.roles,
            totpSecret: a.totp ? DEMO_TOTP_SECRET : null,
            // Administrators' one-time codes (second-factor binding, resets) go to their own mailbox.
            email: a.totp ? `${a.username}@lyj.henan.gov.cn` : undefined,
          },
          tx.now,
        ),
      );
    }
    for (const p of DEMO_PUBLIC_ACCOUNTS) {
      const { note: _note, ...spec } = p;
      made.set(p.username, await createAccount(tx.db, tx.deps.cipher, spec, tx.now));
    }
    await recordAudit(tx, {
      action: 'demo.load',
      objectType: 'system',
      detail: { units: tree.all.length, accounts: made.size },
    });
    return { tree, leaders, accounts: made };
  });
}

/** The demo hook: the organisation and its accounts, into a database without units only. */
export function loadDemoDataIfEmpty(ctx: Ctx): Promise<boolean> {
  return loadDemoOnce(ctx, {
    lock: 7_201_003,
    wanted: async (c) => !(await hasAnyUnit(c.db)),
    load: async (tx) => {
      await ensureBuiltinRoles(tx.db, tx.now);
      await seedDemoData(tx);
    },
  });
}

// ---- the table printed at startup ----

/** Display width in a terminal: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function unitNameOf(code: string): string {
  if (code === 'HNLY') return '局领导';
  const u = DEPARTMENT_UNITS.find((d) => d.code === code);
  // Divisions by their full name; 办公室 and the affiliated units by the short name people use.
  if (u) return u.type === 'affiliated' || u.name === '办公室' ? (u.shortName ?? u.name) : u.name;
  const city = HENAN_PREFECTURES.find((c) => `C${c.code}` === code);
  if (city) return `${city.name}林业局`;
  const county = DEMO_COUNTY_BUREAUS.find((c) => `X${c.code}` === code);
  return county ? `${county.name}林业局` : code;
}

function accountsTable(): string {
  const rows: string[][] = [
    ...DEMO_STAFF_ACCOUNTS.map((a) => [
      a.username,
      a.person.name,
      unitNameOf(a.unitCode),
      a.totp ? `${a.note}（需动态口令）` : a.note,
    ]),
    ...DEMO_PUBLIC_ACCOUNTS.map((p) => [p.username, p.displayName, '—', p.note]),
  ];
  const head = ['用户名', '姓名', '单位', '用途'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    `  ${cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i])))
      .join('  ')
      .trimEnd()}`;
  return [
    `演示账号（口令均为 ${DEMO_PASSWORD}；三员管理员另需动态口令，TOTP 密钥 ${DEMO_TOTP_SECRET}）：`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '  演示数据中的人名均为虚构；标注“名称待核实”的单位名称系推定，请以正式机构设置为准。',
  ].join('\n');
}

export const DEMO_ACCOUNTS_TEXT = accountsTable();
