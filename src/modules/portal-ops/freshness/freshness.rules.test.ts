// The freshness rules on a small hand-made site whose every figure is counted by hand below.
import { describe, expect, it } from 'vitest';
import {
  type ColumnActivityInput,
  type ColumnInput,
  columnFreshness,
  monthsBefore,
  siteHealth,
} from './freshness.rules.ts';

const settings = { leadDays: 3, longStaleDays: 365 };
const CREATED = new Date('2026-01-01T00:00:00+08:00');

function col(code: string, over: Partial<ColumnInput> = {}): ColumnInput {
  return {
    id: `id-${code}`,
    parentId: null,
    code,
    name: `栏目${code}`,
    level: 1,
    kind: 'list',
    category: 'general',
    updateDays: 30,
    visible: true,
    responsibleUnitId: over.responsibleUnitId ?? 'unit-xxzx',
    responsibleUnitName: over.responsibleUnitName ?? '信息中心',
    createdAt: CREATED,
    ...over,
  };
}
/** One live article first published on that China day at 10:00. */
const on = (day: string): ColumnActivityInput => {
  const at = new Date(`${day}T10:00:00+08:00`);
  return { live: 1, lastNew: at, lastChange: at };
};

// The site (today 2026-03-02, a Monday; lead 3 days; long-stale after 365 days):
const columns: ColumnInput[] = [
  col('news', { category: 'news', updateDays: null }), // parent: not monitored
  col('n1', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 3 days ago: ok
  col('n2', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 14 days: due today
  col('n3', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 15 days: stale
  col('n4', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 60 days: stale
  col('n5', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 20 days: stale
  col('n6', { parentId: 'id-news', category: 'news', updateDays: 14 }), // empty
  col('n7', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 13 days
  col('n8', { parentId: 'id-news', category: 'news', updateDays: 14 }), // 12 days
  col('p1', { category: 'policy', responsibleUnitId: 'unit-zcfg', responsibleUnitName: '政策法规处' }), // 2025-09-02
  col('p2', { category: 'notice', responsibleUnitId: 'unit-bgs', responsibleUnitName: '办公室' }), // 2025-09-01
  col('p3', { category: 'notice', responsibleUnitId: 'unit-bgs', responsibleUnitName: '办公室' }), // 2025-03-01
  col('g1'), // 2025-03-02: exactly 365 days
  col('e1'), // empty
  col('page1', { kind: 'page', updateDays: null }), // empty single page
  col('page2', { kind: 'page', updateDays: null }), // a page with content and no rule
  col('l1', { kind: 'link', updateDays: null }), // external link: not monitored
  col('h1', { visible: false }), // hidden, empty: not counted
  col('hp', { visible: false, updateDays: null }), // hidden parent…
  col('hc', { parentId: 'id-hp' }), // …so its empty child is not public either
];
const activity = new Map<string, ColumnActivityInput>([
  ['id-n1', on('2026-02-27')],
  ['id-n2', on('2026-02-16')],
  ['id-n3', on('2026-02-15')],
  ['id-n4', on('2026-01-01')],
  ['id-n5', on('2026-02-10')],
  ['id-n7', on('2026-02-17')],
  ['id-n8', on('2026-02-18')],
  ['id-p1', on('2025-09-02')],
  ['id-p2', on('2025-09-01')],
  ['id-p3', on('2025-03-01')],
  ['id-g1', on('2025-03-02')],
  ['id-page2', on('2025-06-01')],
]);

const codes = (list: Array<{ code: string }>) => list.map((c) => c.code).sort();

describe('monthsBefore', () => {
  it('goes back calendar months, keeping the day or taking the month’s last', () => {
    expect(monthsBefore('2026-03-02', 6)).toBe('2025-09-02');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
  });
});

describe('column freshness on 2026-03-02', () => {
  const list = columnFreshness(columns, activity, '2026-03-02', settings);
  const byCode = (code: string) => list.find((c) => c.code === code)!;

  it('gives each column its last update, due day and days overdue', () => {
    expect(byCode('n1')).toMatchObject({
      lastUpdateDay: '2026-02-27',
      daysSinceUpdate: 3,
      dueDay: '2026-03-13',
      daysToDue: 11,
      daysOverdue: 0,
      status: 'ok',
    });
    expect(byCode('n2')).toMatchObject({
      daysSinceUpdate: 14,
      dueDay: '2026-03-02',
      daysToDue: 0,
      status: 'due-soon',
    });
    expect(byCode('n3')).toMatchObject({
      daysSinceUpdate: 15,
      dueDay: '2026-03-01',
      daysOverdue: 1,
      status: 'overdue',
    });
    expect(byCode('n4')).toMatchObject({ daysSinceUpdate: 60, daysOverdue: 46, status: 'overdue' });
    // An empty column counts from its creation (2026-01-01 + 14 days).
    expect(byCode('n6')).toMatchObject({
      lastUpdateDay: null,
      dueDay: '2026-01-15',
      daysOverdue: 46,
      status: 'empty',
    });
    expect(byCode('p3')).toMatchObject({
      daysSinceUpdate: 366,
      dueDay: '2025-03-31',
      daysOverdue: 336,
      status: 'overdue',
    });
    expect(byCode('page2')).toMatchObject({ updateDays: null, status: 'no-rule' });
    for (const c of ['news', 'l1', 'h1', 'hp', 'hc']) expect(byCode(c).status).toBe('unmonitored');
  });

  it('counts the site against each veto', () => {
    const h = siteHealth(list, '2026-03-02', settings);
    const check = (key: string) => h.checks.find((c) => c.key === key)!;
    expect(h.home).toMatchObject({ lastUpdateDay: '2026-02-27', daysSinceUpdate: 3 });
    expect(check('home').status).toBe('pass');
    // News: n3, n4, n5 stale (> 14 days); n2, n7, n8 within 3 days of it.
    expect(check('news')).toMatchObject({ status: 'warning', count: 3, threshold: 5 });
    expect(codes(check('news').offenders)).toEqual(['n3', 'n4', 'n5']);
    expect(codes(check('news').soon)).toEqual(['n2', 'n7', 'n8']);
    // Notice/policy: before 2025-09-02 → p2, p3; p1 (on the cutoff) goes stale within 3 days.
    expect(check('notice')).toMatchObject({ status: 'warning', count: 2 });
    expect(codes(check('notice').offenders)).toEqual(['p2', 'p3']);
    expect(codes(check('notice').soon)).toEqual(['p1']);
    expect(check('notice').offenders.map((o) => o.responsibleUnitName)).toEqual(['办公室', '办公室']);
    // Long stale: only p3 (366 days); g1 is at exactly 365.
    expect(check('longStale')).toMatchObject({ status: 'warning', count: 1, threshold: 10 });
    expect(codes(check('longStale').soon)).toEqual(['g1']);
    // Empty: n6, e1, page1 (hidden ones do not count).
    expect(check('empty')).toMatchObject({ status: 'warning', count: 3, threshold: 5 });
    expect(codes(check('empty').offenders)).toEqual(['e1', 'n6', 'page1']);
    // The department's rule: 9 columns overdue (n3 n4 n5 n6 p1 p2 p3 g1 e1), 3 due soon.
    expect(check('monthly')).toMatchObject({ status: 'fail', count: 9, national: false });
    expect(codes(check('monthly').soon)).toEqual(['n2', 'n7', 'n8']);
    expect(h.verdict).toBe('warning');
    expect(h.totals).toMatchObject({
      ok: 1,
      'due-soon': 3,
      overdue: 7,
      empty: 3,
      'no-rule': 1,
      unmonitored: 5,
      monitored: 15,
    });
  });

  it('fails the news veto three days later, when six news columns are stale', () => {
    const later = columnFreshness(columns, activity, '2026-03-05', settings);
    const h = siteHealth(later, '2026-03-05', settings);
    const news = h.checks.find((c) => c.key === 'news')!;
    // n2 17, n3 18, n4 63, n5 23, n7 16, n8 15 days; n1 only 6.
    expect(news).toMatchObject({ status: 'fail', count: 6 });
    expect(h.verdict).toBe('fail');
  });
});

describe('veto thresholds', () => {
  const site = (n: number, make: (i: number) => [ColumnInput, ColumnActivityInput | null]) => {
    const cols: ColumnInput[] = [col('fresh', { category: 'news', updateDays: 14 })];
    const act = new Map<string, ColumnActivityInput>([['id-fresh', on('2026-03-01')]]);
    for (let i = 0; i < n; i++) {
      const [c, a] = make(i);
      cols.push(c);
      if (a) act.set(c.id, a);
    }
    return siteHealth(columnFreshness(cols, act, '2026-03-02', settings), '2026-03-02', settings);
  };
  const status = (h: ReturnType<typeof site>, key: string) => h.checks.find((c) => c.key === key)!.status;

  it('empty columns: 4 warn, 5 fail', () => {
    expect(
      status(
        site(4, (i) => [col(`e${i}`), null]),
        'empty',
      ),
    ).toBe('warning');
    expect(
      status(
        site(5, (i) => [col(`e${i}`), null]),
        'empty',
      ),
    ).toBe('fail');
    expect(
      status(
        site(0, (i) => [col(`e${i}`), null]),
        'empty',
      ),
    ).toBe('pass');
  });

  it('long-stale columns: 9 warn, 10 fail', () => {
    const stale = (i: number): [ColumnInput, ColumnActivityInput] => [col(`s${i}`), on('2025-01-01')];
    expect(status(site(9, stale), 'longStale')).toBe('warning');
    expect(status(site(10, stale), 'longStale')).toBe('fail');
  });

  it('notice/policy columns: 4 warn, 5 fail', () => {
    const stale = (i: number): [ColumnInput, ColumnActivityInput] => [
      col(`p${i}`, { category: 'policy' }),
      on('2025-08-01'),
    ];
    expect(status(site(4, stale), 'notice')).toBe('warning');
    expect(status(site(5, stale), 'notice')).toBe('fail');
  });

  it('home page: fails after 14 days without any new article, warns 3 days before', () => {
    const only = (day: string) =>
      siteHealth(
        columnFreshness(
          [col('x', { category: 'news', updateDays: 14 })],
          new Map([['id-x', on(day)]]),
          '2026-03-02',
          settings,
        ),
        '2026-03-02',
        settings,
      ).checks[0].status;
    expect(only('2026-02-21')).toBe('pass'); // 9 days
    expect(only('2026-02-19')).toBe('warning'); // 11 days: 3 days left
    expect(only('2026-02-16')).toBe('warning'); // 14 days: still within 2 weeks
    expect(only('2026-02-15')).toBe('fail'); // 15 days
  });
});

describe('module columns', () => {
  // 互动交流 before the public-letters module exists: its three channel columns show the public an
  // empty article list ("本栏目暂无信息"); 网上办事 leads to the service guides and is not judged here.
  const site: ColumnInput[] = [
    col('hdjl', { kind: 'module', modulePage: false, updateDays: null }),
    col('tzxx', { parentId: 'id-hdjl', kind: 'module', modulePage: false }),
    col('zxzx', { parentId: 'id-hdjl', kind: 'module', modulePage: false }),
    col('wsjb', { parentId: 'id-hdjl', kind: 'module', modulePage: false }),
    col('wsbs', { kind: 'module', modulePage: true }),
    col('e1'),
    col('e2'),
  ];

  it('counts a module column whose module has no page as empty, like the list the public sees', () => {
    const rows = columnFreshness(site, new Map(), '2026-03-02', settings);
    const byCode = new Map(rows.map((r) => [r.code, r.status]));
    expect(byCode.get('hdjl')).toBe('unmonitored'); // a parent: its page lists the three below
    expect(byCode.get('tzxx')).toBe('empty');
    expect(byCode.get('zxzx')).toBe('empty');
    expect(byCode.get('wsjb')).toBe('empty');
    expect(byCode.get('wsbs')).toBe('unmonitored');
    // 3 module columns + 2 empty lists = 5: the empty-column veto fails.
    const empty = siteHealth(rows, '2026-03-02', settings).checks.find((c) => c.key === 'empty')!;
    expect(empty.count).toBe(5);
    expect(empty.status).toBe('fail');
  });

  it('judges the column by its own articles while it shows them', () => {
    const rows = columnFreshness(site, new Map([['id-tzxx', on('2026-02-27')]]), '2026-03-02', settings);
    expect(rows.find((r) => r.code === 'tzxx')!.status).toBe('ok');
  });
});
