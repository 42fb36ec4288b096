// Demo letters over the past year, in every state and channel: answered ones (some published with
// their redacted Q and A, some rated, one unsatisfied and reopened), letters waiting for triage, in
// the unit, awaiting the head's or the office's approval, overdue ones (none near the 3-month veto),
// rejected and forwarded ones, and a misconduct report only the discipline staff can open. Written
// through the same use cases as real letters (factories), at the times they would have happened.
import { eq, sql } from 'drizzle-orm';
import { accounts } from '../../platform/access/access.table.ts';
import type { Ctx } from '../../platform/context.ts';
import { loadDemoOnce } from '../../platform/demo.ts';
import {
  actingAs,
  answerLetter,
  at,
  forwardLetter,
  rateLetter,
  rejectLetter,
  type Staff,
  trackLetter,
  unitId,
  writeLetter,
} from './interaction.factories.ts';
import { letters } from './interaction.table.ts';

const DEMO_LOCK = 7_501_800;

import {
  acceptLetter,
  approveReply,
  officeApproveReply,
  reopenLetter,
  saveReplyDraft,
} from './letters/handle-letter.ts';
import { redactAll } from './replies/redaction.ts';

const DAY = 86_400_000;

interface DemoLetter {
  daysAgo: number;
  channel?: 'mailbox' | 'report' | 'consult';
  name: string;
  phone: string;
  subject: string;
  body: string;
  category: string;
  consent?: boolean;
  /** How far it got. */
  state: 'received' | 'assigned' | 'drafted' | 'office_review' | 'answered' | 'rejected' | 'forwarded';
  unitCode?: string;
  reply?: string;
  publish?: boolean;
  rating?: 'satisfied' | 'fair' | 'unsatisfied';
  ratingComment?: string;
  reopen?: boolean;
}

const LETTERS: DemoLetter[] = [
  {
    daysAgo: 340,
    name: '李秀英',
    phone: '13903711234',
    subject: '自家承包地里的杨树采伐需要办什么手续',
    body: '我家在中牟县承包地里种了二十多棵杨树，现在想卖掉，请问要不要办采伐证？到哪里办？我的电话13903711234。',
    category: '林木采伐',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply:
      '您好！农村居民采伐自留地和房前屋后个人所有的零星林木，免于办理采伐许可证；在承包地里成片种植的林木，需向县级林业主管部门申请林木采伐许可证，也可以在本网站“网上办事”在线申请。具体可咨询中牟县林业局。',
    publish: true,
    rating: 'satisfied',
  },
  {
    daysAgo: 300,
    name: '张国强',
    phone: '0371-65123456',
    subject: '建议在郑州周边多建几处森林公园',
    body: '本人张国强，退休教师。郑州周边的森林公园周末人很多，建议在新郑、荥阳再建几处森林公园，方便市民休闲。',
    category: '国土绿化',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply: '张老师您好！感谢您的建议。我局正在编制全省森林公园发展规划，您的建议已转规划编制单位研究吸收。',
    publish: true,
    rating: 'fair',
  },
  {
    daysAgo: 250,
    name: '王红梅',
    phone: '13612345678',
    subject: '发现有人在山上捕捉野鸟',
    body: '最近在嵩县白河镇山上看到有人拉网捕鸟，网上挂着很多小鸟，希望有关部门管一管。',
    category: '野生动植物保护',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply:
      '您好！接到您的来信后，我局已通知嵩县林业局会同森林公安到现场查处，拆除鸟网 12 张，放飞野鸟 30 余只。感谢您对野生动物保护工作的支持。',
    publish: true,
    rating: 'satisfied',
  },
  {
    daysAgo: 200,
    name: '赵志刚',
    phone: '13700001111',
    subject: '林地被占用建厂无人处理',
    body: '我们村的集体林地被一家企业占用建厂房，已经一年多了，向乡里反映过没有结果。',
    category: '林地管理',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply:
      '您好！经核查，该企业占用林地未办理使用林地审核手续，县林业局已依法立案查处，责令恢复林业生产条件。',
    rating: 'unsatisfied',
    ratingComment: '厂房还在，没有看到恢复',
    reopen: true,
  },
  {
    daysAgo: 150,
    name: '刘军',
    phone: '13811112222',
    subject: '退耕还林补助标准咨询',
    body: '请问新一轮退耕还林的补助标准是多少？分几年发放？我是光山县的农户。',
    category: '林业改革与政策',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply: '您好！新一轮退耕还林补助按国家规定标准分三次发放，具体金额和时间请咨询光山县林业局。',
    publish: true,
  },
  {
    daysAgo: 120,
    name: '陈静',
    phone: '13922223333',
    subject: '询问苗木检疫证怎么办理',
    body: '我们是一家苗圃，要把苗木卖到外省，需要办植物检疫证书，请问流程是什么？',
    category: '林业有害生物',
    state: 'forwarded',
  },
  {
    daysAgo: 90,
    name: '周明',
    phone: '13733334444',
    subject: '小区物业管理问题',
    body: '我们小区物业不作为，绿化带长期没人修剪，垃圾也没人清理，请帮忙解决。',
    category: '其他',
    state: 'rejected',
  },
  {
    daysAgo: 60,
    name: '孙丽',
    phone: '13644445555',
    subject: '森林防火期上坟烧纸的规定',
    body: '清明节快到了，想问一下森林防火期内能不能在山上烧纸祭祀？有什么规定？',
    category: '森林防火',
    state: 'answered',
    unitCode: 'HNLY-ZYC',
    reply:
      '您好！森林防火期内，禁止在森林防火区野外用火，包括烧纸、燃放鞭炮等。倡导文明祭祀，可采用鲜花祭祀、网上祭祀等方式。',
    publish: true,
    rating: 'satisfied',
  },
  {
    daysAgo: 21,
    name: '吴强',
    phone: '13555556666',
    subject: '采伐证网上申请一直没有受理',
    body: '我在网上申请林木采伐许可证已经半个月了，状态一直是待受理，请问是什么原因？',
    category: '林木采伐',
    state: 'assigned',
    unitCode: 'HNLY-ZYC',
  },
  {
    daysAgo: 16,
    name: '郑华',
    phone: '13466667777',
    subject: '古树名木保护问题',
    body: '我们村口有一棵几百年的古槐树，最近树干有裂缝，担心会倒，希望林业部门来看看。',
    category: '国土绿化',
    state: 'assigned',
    unitCode: 'HNLY-ZYC',
  },
  {
    daysAgo: 8,
    name: '冯丽娜',
    phone: '13377778888',
    subject: '松材线虫病疫木处理',
    body: '附近山上有很多松树枯死，听说是松材线虫病，疫木应该怎么处理？会不会传染到我们家的树？',
    category: '林业有害生物',
    state: 'drafted',
    unitCode: 'HNLY-ZYC',
    reply: '您好！松材线虫病疫木须由专业队伍就地粉碎或烧毁，严禁私自砍伐、运输和使用。',
  },
  {
    daysAgo: 6,
    name: '何伟',
    phone: '13288889999',
    subject: '林下经济发展政策',
    body: '我想在承包的林地里种植中药材，发展林下经济，请问有没有扶持政策？',
    category: '林业改革与政策',
    state: 'office_review',
    unitCode: 'HNLY-ZYC',
    reply: '您好！我省对林下经济示范基地有扶持政策，详见《河南省林下经济发展规划》，可向所在县林业局申报。',
    consent: true,
    publish: true,
  },
  {
    daysAgo: 3,
    name: '许飞',
    phone: '13199990000',
    subject: '集体上访前想先反映一下征地补偿问题',
    body: '我们村的林地被征收，补偿款一直没有到位，村民准备集体上访，先在这里反映一下情况。',
    category: '林地管理',
    state: 'received',
  },
  {
    daysAgo: 1,
    name: '马超',
    phone: '13012121212',
    subject: '关于林业科技推广的建议',
    body: '建议林业部门多组织一些林业技术下乡培训，特别是经济林管护技术，农民很需要。',
    category: '国土绿化',
    state: 'received',
  },
  {
    daysAgo: 12,
    channel: 'report',
    name: '（举报人）',
    phone: '13987654321',
    subject: '举报某县林业局工作人员违规收受好处费',
    body: '某县林业局资源股一名工作人员在办理采伐许可时，以“加快办理”为名向申请人索要好处费，时间在今年 10 月。',
    category: '行政执法',
    state: 'assigned',
    unitCode: 'HNLY-JGDW',
  },
];

async function loadLetters(ctx: Ctx): Promise<number> {
  const staff: Staff = {
    office: await actingAs(ctx, 'office'),
    drafter: await actingAs(ctx, 'ziyuan'),
    head: await actingAs(ctx, 'chuzhang'),
  };
  const discipline = await actingAs(ctx, 'jijian');
  const day = (t: Date, days: number) => new Date(t.getTime() + days * DAY);
  for (const d of LETTERS) {
    const written = new Date(ctx.now.getTime() - d.daysAgo * DAY);
    const submitted = await writeLetter(at(ctx, written), {
      channel: d.channel ?? 'mailbox',
      name: d.name,
      phone: d.phone,
      subject: d.subject,
      body: d.body,
      category: d.category,
      consentPublish: d.consent ?? Boolean(d.publish),
    });
    const id = submitted.id;
    const triager = d.channel === 'report' ? discipline : staff.office;
    if (d.state === 'rejected') {
      await rejectLetter(at(staff.office, day(written, 1)), {
        id,
        reason: '您反映的是小区物业管理问题，不属于林业部门职责，请向所在街道或住房城乡建设部门反映。',
      });
      continue;
    }
    if (d.state === 'forwarded') {
      await forwardLetter(at(staff.office, day(written, 1)), {
        id,
        authority: '所在县（市、区）林业局植物检疫机构',
      });
      continue;
    }
    if (d.state === 'received') continue;
    if (d.state === 'answered') {
      const publicQuestion = d.publish ? redactAll(d.body, [d.name]) : undefined;
      const publicAnswer = d.publish ? redactAll(d.reply ?? '', [d.name]) : undefined;
      await answerLetter(
        staff,
        id,
        { unitCode: d.unitCode, reply: d.reply, publish: d.publish, publicQuestion, publicAnswer },
        {
          accept: day(written, 1),
          draft: day(written, 3),
          approve: day(written, 4),
          office: day(written, 5),
        },
      );
      if (d.rating) {
        const tracked = await trackLetter(at(ctx, day(written, 8)), {
          code: submitted.receiptCode,
          password: submitted.password,
        });
        await rateLetter(at(ctx, day(written, 8)), {
          token: tracked.token,
          rating: d.rating,
          comment: d.ratingComment,
        });
        if (d.reopen) {
          await reopenLetter(at(staff.office, day(written, 9)), {
            id,
            reason: '来信人反映厂房仍未拆除，请核实整改落实情况',
          });
          // Answered again after the unit checked on the ground.
          await saveReplyDraft(at(staff.drafter, day(written, 12)), {
            id,
            reply:
              '您好！经再次现场核实，违规厂房已于本周拆除，占用林地正在恢复植被。感谢您对林地保护工作的监督。',
            submit: true,
          });
          await approveReply(at(staff.head, day(written, 13)), { id });
          await officeApproveReply(at(staff.office, day(written, 14)), { id });
        }
      }
      continue;
    }
    await acceptLetter(at(triager, day(written, 1)), {
      id,
      unitId: await unitId(ctx, d.unitCode ?? 'HNLY-ZYC'),
    });
    if (d.state === 'assigned') continue;
    await saveReplyDraft(at(staff.drafter, day(written, 2)), {
      id,
      reply: d.reply ?? '',
      publish: d.publish,
      publicQuestion: d.publish ? redactAll(d.body, [d.name]) : undefined,
      publicAnswer: d.publish ? redactAll(d.reply ?? '', [d.name]) : undefined,
      submit: true,
    });
    if (d.state === 'drafted') continue;
    await approveReply(at(staff.head, day(written, 3)), { id });
  }
  return LETTERS.length;
}

/** The demo hook: the letters once, into an empty letters table, after the organisation's demo. */
export function loadInteractionDemoIfEmpty(ctx: Ctx): Promise<boolean> {
  return loadDemoOnce(ctx, {
    lock: DEMO_LOCK,
    wanted: async (c) =>
      (await c.db.select({ n: sql<number>`count(*)::int` }).from(letters))[0].n === 0 &&
      (
        await c.db
          .select({ n: sql<number>`count(*)::int` })
          .from(accounts)
          .where(eq(accounts.username, 'jijian'))
      )[0].n > 0,
    load: async (tx) => {
      await loadLetters(tx);
    },
  });
}

export { loadLetters as seedInteractionDemo };
