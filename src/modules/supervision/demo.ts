// Supervision's demo data: this year's key tasks (年度重点工作) split into sub-tasks with quantified
// targets across divisions and cities, and 20 instruction items (领导批示、会议议定事项…) in every
// state — awaiting assignment, in hand, near their deadline, overdue, awaiting review or
// sign-off, closed on time and late, one reopened, one extended (延期 approved by its leader in
// charge). Built through the use cases (factories), at moments before the first start, so each
// has its number, clock, timeline and audit records.
// The matters are made up in the department's manner; no real instruction is quoted.
import { addDays, chinaDay } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import { decideExtension, requestExtension } from './items/extensions.ts';
import { reopenItem, reviewReport, submitReport } from './items/handle-item.ts';
import { at, closeItem, type ItemSpec, makeItem, PROGRESS } from './supervision.factories.ts';
import { countItems, unitCodeExists } from './supervision.repository.ts';

const DAY = 86_400_000;

interface KeyTask {
  spec: ItemSpec;
  subs: Array<{
    title: string;
    unit: string;
    label: string;
    value: number;
    of: string;
    reached: number;
    problems: string;
  }>;
}

function keyTasks(year: number): KeyTask[] {
  return [
    {
      spec: {
        source: 'key_task',
        title: `${year}年完成造林120万亩`,
        sourceDoc: `豫林〔${year}〕1号 全省林业重点工作任务分解`,
        sourceText: '全年完成造林120万亩，其中人工造林40万亩、森林抚育80万亩，分解到各省辖市。',
        leadUnit: 'HNLY-ZLC',
        target: { label: '完成造林', value: 120, unit: '万亩' },
        reportCycle: 'quarterly',
        dueDay: `${year}-12-31`,
        published: true,
        instructingLeader: '周国栋',
      },
      subs: [
        {
          title: '南阳市完成造林18万亩',
          unit: 'C411300',
          label: '完成造林',
          of: '万亩',
          value: 18,
          reached: 16.2,
          problems: '部分乡镇苗木到位偏晚，秋季造林进度滞后约一周。',
        },
        {
          title: '洛阳市完成造林15万亩',
          unit: 'C410300',
          label: '完成造林',
          of: '万亩',
          value: 15,
          reached: 15,
          problems: '无',
        },
        {
          title: '信阳市完成造林14万亩',
          unit: 'C411500',
          label: '完成造林',
          of: '万亩',
          value: 14,
          reached: 9.8,
          problems: '夏季持续干旱，新造林成活率低于预期，需补植约1.2万亩。',
        },
        {
          title: '三门峡市完成造林10万亩',
          unit: 'C411200',
          label: '完成造林',
          of: '万亩',
          value: 10,
          reached: 8.5,
          problems: '浅山区立地条件差，整地成本高于测算。',
        },
        {
          title: '郑州市完成造林8万亩',
          unit: 'C410100',
          label: '完成造林',
          of: '万亩',
          value: 8,
          reached: 7.9,
          problems: '无',
        },
      ],
    },
    {
      spec: {
        source: 'work_report',
        title: `${year}年森林火灾受害率控制在0.9‰以内`,
        sourceDoc: `${year}年省政府工作报告`,
        sourceText: '严格落实森林防火责任制，森林火灾受害率控制在0.9‰以内。',
        leadUnit: 'HNLY-FHB',
        reportCycle: 'monthly',
        dueDay: `${year}-12-31`,
        published: true,
      },
      subs: [
        {
          title: '洛阳市森林防火网格化管理全覆盖',
          unit: 'C410300',
          label: '网格化管理覆盖率',
          of: '%',
          value: 100,
          reached: 100,
          problems: '无',
        },
        {
          title: '南阳市建成防火隔离带300公里',
          unit: 'C411300',
          label: '建成防火隔离带',
          of: '公里',
          value: 300,
          reached: 240,
          problems: '山区施工窗口期短，剩余60公里需在封冻前完成。',
        },
      ],
    },
    {
      spec: {
        source: 'key_task',
        title: `${year}年新建和提升湿地公园10处`,
        sourceDoc: `豫林〔${year}〕1号 全省林业重点工作任务分解`,
        leadUnit: 'HNLY-SDC',
        target: { label: '新建和提升湿地公园', value: 10, unit: '处' },
        reportCycle: 'quarterly',
        dueDay: `${year}-12-31`,
        published: true,
      },
      subs: [
        {
          title: '信阳市新建湿地公园3处',
          unit: 'C411500',
          label: '新建湿地公园',
          of: '处',
          value: 3,
          reached: 2,
          problems: '1处用地手续尚在审批。',
        },
        {
          title: '周口市提升湿地公园2处',
          unit: 'C411600',
          label: '提升湿地公园',
          of: '处',
          value: 2,
          reached: 2,
          problems: '无',
        },
      ],
    },
  ];
}

interface Instruction {
  title: string;
  source: ItemSpec['source'];
  leader?: string;
  unit: string;
  co?: string[];
  urgent?: boolean;
  text: string;
  /** Days before now it was registered. */
  ago: number;
  /** What happened since. */
  state:
    | 'registered'
    | 'handling'
    | 'reported'
    | 'closure_review'
    | 'signoff'
    | 'closed'
    | 'closed_late'
    | 'reopened'
    | 'extended';
}

const INSTRUCTIONS: Instruction[] = [
  {
    title: '关于加快松材线虫病疫木除治的批示',
    source: 'instruction',
    leader: '周国栋',
    unit: 'HNLY-ZYC',
    co: ['HNLY-YBC'],
    text: '请资源处牵头，抓紧制定疫木除治方案，确保春季前完成除治任务。',
    ago: 2,
    state: 'registered',
  },
  {
    title: '关于省人大代表建议林下经济扶持政策的办理',
    source: 'superior_doc',
    unit: 'HNLY-CYC',
    text: '省人大交办代表建议，请产业处研究提出办理意见。',
    ago: 1,
    state: 'registered',
  },
  {
    title: '关于黄河流域生态保护林草项目推进的批示',
    source: 'instruction',
    leader: '李文涛',
    unit: 'HNLY-GHC',
    co: ['HNLY-ZLC'],
    text: '请规划处会同造林处梳理项目清单，按月调度。',
    ago: 6,
    state: 'handling',
  },
  {
    title: '局长办公会议定：林长制督查考核办法修订',
    source: 'meeting_decision',
    leader: '周国栋',
    unit: 'HNLY-ZCFG',
    text: '局长办公会议定，修订林长制督查考核办法，报局党组审定。',
    ago: 9,
    state: 'reported',
  },
  {
    title: '关于古树名木保护条例宣传贯彻的批示',
    source: 'instruction',
    leader: '王秀梅',
    unit: 'HNLY-ZLC',
    text: '请造林处组织宣传贯彻，年底前完成古树名木挂牌。',
    ago: 12,
    state: 'handling',
  },
  {
    title: '全省冬春季森林防火工作会议部署事项落实',
    source: 'conference',
    leader: '张志远',
    unit: 'HNLY-FHB',
    urgent: true,
    text: '落实会议部署，完成重点林区防火检查站设置。',
    ago: 3,
    state: 'handling',
  },
  {
    title: '关于郑州市国家森林城市复查问题整改的批示',
    source: 'instruction',
    leader: '刘德明',
    unit: 'C410100',
    text: '请郑州市林业局对照复查意见逐条整改，整改结果报局。',
    ago: 27,
    state: 'reported',
  },
  {
    title: '关于野生动物疫源疫病监测站运行经费的批示',
    source: 'instruction',
    leader: '张志远',
    unit: 'HNLY-YBC',
    text: '请保护处核实各监测站运行情况，提出经费保障意见。',
    ago: 26,
    state: 'extended',
  },
  {
    title: '国家林草局督查件：违法占用林地问题核查',
    source: 'higher_supervision',
    unit: 'HNLY-ZYC',
    urgent: true,
    text: '国家林草局交办违法占用林地线索，请限期核查并报告处理结果。',
    ago: 20,
    state: 'handling',
  },
  {
    title: '关于国有林场改革后续工作的批示',
    source: 'instruction',
    leader: '王秀梅',
    unit: 'HNLY-LCC',
    text: '请林场处梳理改革后续问题，提出解决办法。',
    ago: 50,
    state: 'handling',
  },
  {
    title: '党组会议定：机关作风建设专项整治',
    source: 'meeting_decision',
    leader: '周国栋',
    unit: 'HNLY-JGDW',
    co: ['HNLY-RSC'],
    text: '党组会议定开展机关作风建设专项整治，形成整治报告。',
    ago: 60,
    state: 'reported',
  },
  {
    title: '关于林业科技成果转化的讲话要求落实',
    source: 'speech',
    leader: '刘德明',
    unit: 'HNLY-KJC',
    text: '落实讲话要求，建立林业科技成果转化清单。',
    ago: 24,
    state: 'closure_review',
  },
  {
    title: '关于油茶产业高质量发展的批示',
    source: 'instruction',
    leader: '刘德明',
    unit: 'HNLY-CYC',
    co: ['C411500'],
    text: '请产业处会同信阳市研究油茶产业扶持措施。',
    ago: 22,
    state: 'closure_review',
  },
  {
    title: '关于林业有害生物防治资金使用的批示',
    source: 'instruction',
    leader: '李文涛',
    unit: 'HNLY-GHC',
    text: '请规划处核查资金使用情况，确保专款专用。',
    ago: 18,
    state: 'signoff',
  },
  {
    title: '关于湿地保护修复项目验收的批示',
    source: 'instruction',
    leader: '王秀梅',
    unit: 'HNLY-SDC',
    text: '请湿地处组织项目验收，验收结果报局。',
    ago: 21,
    state: 'signoff',
  },
  {
    title: '关于政务服务“一网通办”林业事项梳理的批示',
    source: 'instruction',
    leader: '李文涛',
    unit: 'HNLY-SLZX',
    text: '请受理中心梳理林业政务服务事项，实现一网通办。',
    ago: 40,
    state: 'closed',
  },
  {
    title: '省政府督查件：秋冬季造林准备情况',
    source: 'higher_supervision',
    unit: 'HNLY-ZLC',
    urgent: true,
    text: '省政府督查室交办，请报告秋冬季造林苗木、资金准备情况。',
    ago: 35,
    state: 'closed',
  },
  {
    title: '关于林业统计数据质量核查的批示',
    source: 'instruction',
    leader: '刘德明',
    unit: 'HNLY-GHC',
    text: '请规划处组织统计数据质量核查。',
    ago: 70,
    state: 'closed',
  },
  {
    title: '关于南阳市森林督查问题整改的批示',
    source: 'instruction',
    leader: '李文涛',
    unit: 'C411300',
    text: '请南阳市林业局对森林督查发现问题全面整改。',
    ago: 75,
    state: 'closed_late',
  },
  {
    title: '关于林木采伐审批服务优化的批示',
    source: 'instruction',
    leader: '李文涛',
    unit: 'HNLY-ZYC',
    text: '请资源处优化采伐审批流程，压缩办理时限。',
    ago: 55,
    state: 'reopened',
  },
];

async function loadKeyTasks(ctx: Ctx, year: number, start: Date) {
  for (const task of keyTasks(year)) {
    const c = at(ctx, start.toISOString());
    const parent = await makeItem(c, task.spec);
    for (const sub of task.subs) {
      const item = await makeItem(c, {
        source: task.spec.source,
        title: sub.title,
        sourceDoc: '',
        parentId: parent.id,
        leadUnit: sub.unit,
        target: { label: sub.label, value: sub.value, unit: sub.of },
        reportCycle: task.spec.reportCycle,
        dueDay: task.spec.dueDay,
        published: true,
      });
      const reported = at(ctx, new Date(ctx.now.getTime() - 20 * DAY).toISOString());
      const report = await submitReport(reported, item.id, {
        ...PROGRESS,
        progress: `截至目前已完成${sub.reached}，占目标任务的${Math.round((sub.reached / sub.value) * 100)}%。`,
        reachedValue: sub.reached,
        valueUnit: sub.of,
        problems: sub.problems,
      });
      await reviewReport(at(ctx, new Date(ctx.now.getTime() - 18 * DAY).toISOString()), report.id, {
        decision: 'accept',
        publicNote: `已完成${sub.reached}${sub.of}，${sub.problems === '无' ? '进展顺利' : '正在解决推进中的困难'}。`,
      });
    }
  }
}

async function loadInstructions(ctx: Ctx) {
  for (const i of INSTRUCTIONS) {
    const registered = new Date(ctx.now.getTime() - i.ago * DAY);
    const c = at(ctx, registered.toISOString());
    const item = await makeItem(c, {
      source: i.source,
      title: i.title,
      sourceText: i.text,
      sourceDoc: i.source === 'meeting_decision' ? '局长办公会议纪要' : '',
      instructingLeader: i.leader,
      urgency: i.urgent ? 'urgent' : 'ordinary',
      leadUnit: i.state === 'registered' ? undefined : i.unit,
      coUnits: i.state === 'registered' ? undefined : i.co,
    });
    if (i.state === 'registered' || i.state === 'handling') continue;
    const later = (days: number) => at(ctx, new Date(registered.getTime() + days * DAY).toISOString());
    if (i.state === 'extended') {
      // Asked before the deadline, approved by the leader in charge: the clock runs 30 days longer.
      await requestExtension(later(10), item.id, {
        reason: '各监测站运行情况需逐站实地核实，部分站点位于深山区，需延长核实时间。',
        toDay: addDays(item.dueDay as string, 30),
      });
      await decideExtension(later(11), item.id, {
        decision: 'approve',
        comment: '同意延期，请按新的期限办结。',
      });
      continue;
    }
    await submitReport(later(Math.min(5, i.ago - 1)), item.id, {
      ...PROGRESS,
      percent: 50,
      problems: i.ago > 40 ? '涉及多个部门，协调难度大，进度慢于计划。' : '无',
    });
    if (i.state === 'reported') continue;
    if (i.state === 'closure_review' || i.state === 'signoff') {
      const report = await submitReport(later(i.ago - 2), item.id, {
        kind: 'completion',
        progress: '已按批示要求完成各项工作。',
        problems: '无',
        percent: 100,
        result: '已完成并形成专题报告，相关制度已印发执行。',
      });
      if (i.state === 'signoff') await reviewReport(later(i.ago - 1), report.id, { decision: 'accept' });
      continue;
    }
    const closeAfter = i.state === 'closed_late' ? 40 : i.urgent ? 5 : Math.min(25, i.ago - 3);
    await closeItem(later(closeAfter), item);
    if (i.state === 'reopened')
      await reopenItem(later(closeAfter + 10), item.id, {
        reason: '群众反映采伐审批仍需多次跑腿，整改未达到批示要求，重新办理。',
      });
  }
}

export async function loadSupervisionDemo(ctx: Ctx): Promise<boolean> {
  return loadDemoOnce(ctx, {
    lock: 7_401_801,
    wanted: async (c) => (await unitCodeExists(c.db, 'HNLY-ZLC')) && (await countItems(c.db)) === 0,
    load: async (tx) => {
      const today = chinaDay(tx.now);
      const year = Number(today.slice(0, 4));
      const feb = new Date(`${year}-02-10T09:00:00+08:00`);
      const start =
        tx.now.getTime() - feb.getTime() > 40 * DAY ? feb : new Date(`${addDays(today, -1)}T09:00:00+08:00`);
      await loadKeyTasks(tx, year, start);
      await loadInstructions(tx);
    },
  });
}
