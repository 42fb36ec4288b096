// Demo data of government openness: the catalogue's 12 categories (8 public, 4 internal), the
// disclosure guide's first version, and a catalogue of entries with one amended pair and one
// repealed document, all through the module's own use cases (index numbers from kernel numbering).
import { sql } from 'drizzle-orm';
import { chinaDay } from '../../platform/calendar/china-date.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import {
  acceptApplication,
  answerApplication,
  requestSupplement,
  startConsultation,
} from './applications/handle-application.ts';
import { registerApplicationAtCounter } from './applications/submit-application.ts';
import { registerEntry } from './catalogue/catalogue.service.ts';
import { countFeeItems } from './fees/fees.repository.ts';
import { countLaws } from './laws/laws.repository.ts';
import { countNotices } from './notices/notices.repository.ts';
import {
  demoEntrySpecs,
  demoNoticeSpecs,
  makeCategories,
  makeEntries,
  makeFeeItems,
  makeGuide,
  makeLaws,
  makeNotices,
} from './openness.factories.ts';
import { opennessCategories } from './openness.table.ts';

const DEMO_LOCK = 7_401_700;
// Each later part (fee items, …) loads on its own into its own empty table, so a database made
// before the part existed gets it on its next start.
const FEES_DEMO_LOCK = 7_401_702;
const LAWS_DEMO_LOCK = 7_401_703;
const NOTICES_DEMO_LOCK = 7_401_704;

export async function seedOpennessDemo(ctx: Ctx): Promise<void> {
  const categories = await makeCategories(ctx);
  await makeGuide(ctx);
  const year = Number(chinaDay(ctx.now).slice(0, 4));
  const today = chinaDay(ctx.now);
  const specs = demoEntrySpecs(year).filter((s) => (s.publishedOn ?? '') <= today);
  const entries = await makeEntries(ctx, categories, specs);
  // The rules on normative documents, amended by a newer text, and an old notice repealed.
  const rules = entries.find((e) => e.title === '河南省林业局行政规范性文件管理办法');
  if (rules && `${year - 1}-11-25` <= today)
    await registerEntry(ctx, {
      categoryId: categories.get('zcfg')!.id,
      title: '河南省林业局行政规范性文件管理办法（修订）',
      madeOn: `${year - 1}-11-18`,
      publishedOn: `${year - 1}-11-25`,
      docNumber: `豫林办〔${year - 1}〕41号`,
      issuer: '河南省林业局',
      subject: '综合政务',
      genre: '办法',
      summary: '修订后的规范性文件管理办法，增加合法性审核和定期清理的规定。',
      replaces: { id: rules.id, how: 'amended' },
    });
  const old = entries.find((e) => e.title === '河南省林业局关于规范林木采伐管理的通知');
  if (old && `${year}-03-06` <= today)
    await registerEntry(ctx, {
      categoryId: categories.get('zcfg')!.id,
      title: '河南省林业局关于进一步规范林木采伐管理的通知',
      madeOn: `${year}-03-02`,
      publishedOn: `${year}-03-06`,
      docNumber: `豫林资〔${year}〕9号`,
      issuer: '河南省林业局',
      subject: '农业、林业、水利',
      genre: '通知',
      summary: '自发布之日起施行，原通知同时废止。',
      replaces: { id: old.id, how: 'repealed' },
    });
  await seedApplicationsDemo(ctx);
}

/** The demo hook: the catalogue, its categories and the guide, into an empty catalogue only; the
 * fee items and the laws library each into its own empty table. */
export async function loadOpennessDemoIfEmpty(ctx: Ctx): Promise<boolean> {
  const catalogue = await loadDemoOnce(ctx, {
    lock: DEMO_LOCK,
    wanted: async (c) =>
      (await c.db.select({ n: sql<number>`count(*)::int` }).from(opennessCategories))[0].n === 0,
    load: seedOpennessDemo,
  });
  const fees = await loadDemoOnce(ctx, {
    lock: FEES_DEMO_LOCK,
    wanted: async (c) => (await countFeeItems(c.db)) === 0,
    load: async (tx) => void (await makeFeeItems(tx)),
  });
  const laws = await loadDemoOnce(ctx, {
    lock: LAWS_DEMO_LOCK,
    wanted: async (c) => (await countLaws(c.db)) === 0,
    load: async (tx) => void (await makeLaws(tx)),
  });
  const notices = await loadDemoOnce(ctx, {
    lock: NOTICES_DEMO_LOCK,
    wanted: async (c) => (await countNotices(c.db)) === 0,
    load: async (tx) => void (await makeNotices(tx, demoNoticeSpecs(chinaDay(tx.now)))),
  });
  return catalogue || fees || laws || notices;
}

/** A few applications for disclosure in each state, through the module's use cases. */
export async function seedApplicationsDemo(ctx: Ctx): Promise<void> {
  const daysAgo = (n: number) => chinaDay(new Date(ctx.now.getTime() - n * 86_400_000));
  const base = {
    applicantType: 'person',
    idNumber: '410105198001011239',
    phone: '13838112233',
    formWanted: 'electronic',
    channelWanted: 'online',
  };
  const make = (via: string, day: number, extra: Record<string, string>) =>
    registerApplicationAtCounter(ctx, { ...base, submittedVia: via, receivedOn: daysAgo(day), ...extra });
  await make('counter', 0, { name: '王建国', description: '2025年新县八里畈镇生态公益林补偿资金分配明细' });
  const late = await make('mail', 26, {
    name: '刘红梅',
    description: '河南省2025年度森林督查发现问题图斑的整改销号情况（信阳市）',
  });
  await acceptApplication(ctx, late.id);
  const sup = await make('email', 3, {
    name: '陈立',
    description: '林业项目资金',
    email: 'chenli@example.com',
  });
  await requestSupplement(ctx, sup.id, {
    items: '请写明所需林业项目资金的项目名称、年度和所在市县，以便查找。',
  });
  const consult = await make('counter', 6, {
    applicantType: 'business',
    name: '河南绿源林业科技有限公司',
    idNumber: '91410100MA9F0TXW1R',
    contactPerson: '张敏',
    description: '2025年省级林木良种补助项目的申报单位名单及补助金额',
  });
  await startConsultation(ctx, consult.id, { party: '河南某种苗有限公司', matter: '补助金额涉及其经营信息' });
  const done = await make('counter', 12, {
    applicantType: 'research',
    name: '河南农业大学林学院',
    idNumber: '91410100MA9F0TXW1R',
    contactPerson: '刘洋',
    description: '河南省古树名木普查名录（郑州市）',
  });
  await acceptApplication(ctx, done.id);
  await answerApplication(ctx, done.id, {
    replyType: 'disclosed',
    text: '随本告知书以电子文档形式提供《郑州市古树名木名录（2025年普查）》一份，请在申请查询页面下载。',
  });
}
