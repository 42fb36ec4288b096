// The 网上办事 journeys with the mouse: a company applies online for a timber harvesting permit and,
// after the acceptance centre and the resources division have done their parts in the workbench,
// downloads its certificate; a walk-in citizen is registered at the counter desk.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { signInPublic } from './support/public.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

// A minimal, well-formed PDF: the server checks uploads by their content, not their name.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * The harvesting period: from tomorrow (Beijing time) to the end of that year, regeneration by
 * 31 March of the next, so the form stays valid whatever day the journey runs.
 */
function harvestPeriod(): { from: string; to: string; regenDeadline: string } {
  const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const year = Number(tomorrow.slice(0, 4));
  return { from: tomorrow, to: `${year}-12-31`, regenDeadline: `${year + 1}-03-31` };
}

/** Ant Design spaces two-character button labels ("受 理"), so labels are matched loosely. */
function loose(label: string): RegExp {
  return new RegExp(`^\\s*${[...label].join('\\s*')}\\s*$`);
}

/** Clicks the radio (public-site form) labelled `choice` in the group `name`. */
async function clickRadio(page: Page, name: string, choice: string): Promise<void> {
  // The forms kit puts each choice's <label for> beside its input (src/site/forms.tsx).
  await page
    .locator(`.choice:has(input[name="${name}"]) > label`)
    .filter({ hasText: new RegExp(`^\\s*${choice}\\s*$`) })
    .click();
  expect(await page.locator(`input[name="${name}"]:checked`).count()).toBe(1);
}

async function attachPdf(page: Page, selector: string, name: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(selector)]);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: PDF });
}

/** Picks an option in an antd Select by clicking it, typing to filter and clicking the match. */
async function pickOption(page: Page, label: string, typed: string, option: RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .click();
}

describe('网上办事 journeys', () => {
  it('a company applies online, the workbench approves, and it downloads its certificate', async () => {
    // ---- 申请人: hnmy fills in the LIC-01 form on the public site ----
    const period = harvestPeriod();
    const applicant = await newPage();
    const problems = watchForBreakage(applicant);
    await signInPublic(applicant, 'hnmy', '/services/LIC-01/apply');
    await visible(applicant.getByRole('heading', { name: /申请：林木采伐许可证核发/ }));
    await applicant.fill('#f-forestRightCertNo', '豫(2021)中牟县不动产权第0005678号');
    await applicant.fill('#f-contactName', '周经理');
    await applicant.fill('#f-contactPhone', '13903712345');
    await applicant.selectOption('#f-county', { label: '中牟县' });
    await applicant.fill('#f-township', '官渡镇');
    await applicant.fill('#f-village', '大孟村');
    await applicant.fill('#f-compartment', '015');
    await applicant.fill('#f-subCompartment', '07');
    await applicant.fill('#f-placeName', '苗圃北岗');
    await applicant.fill('#f-boundaryEast', '村道');
    await applicant.fill('#f-boundarySouth', '王庄地界');
    await applicant.fill('#f-boundaryWest', '水渠');
    await applicant.fill('#f-boundaryNorth', '国有林场');
    // A planted commercial poplar stand, clear-cut on 2 亩 for 8 m³: under the 100 m³ public-notice
    // threshold and well inside 中牟县's commercial quota.
    await clickRadio(applicant, 'forestCategory', '商品林');
    await applicant.selectOption('#f-forestType', { label: '用材林' });
    await clickRadio(applicant, 'origin', '人工林');
    await applicant.fill('#f-species', '杨树');
    await applicant.fill('#f-standAge', '12');
    await applicant.fill('#f-canopyDensity', '0.70');
    await applicant.selectOption('#f-harvestType', { label: '主伐' });
    await clickRadio(applicant, 'harvestMethod', '皆伐');
    await applicant.fill('#f-intensity', '100');
    await applicant.fill('#f-areaMu', '2');
    await applicant.fill('#f-treeCount', '80');
    await applicant.fill('#f-stockVolume', '8');
    await applicant.fill('#f-periodFrom', period.from);
    await applicant.fill('#f-periodTo', period.to);
    await applicant.fill('#f-regenSpecies', '杨树');
    await applicant.fill('#f-regenAreaMu', '2');
    await applicant.selectOption('#f-regenMethod', { label: '人工植苗造林' });
    await applicant.fill('#f-regenDeadline', period.regenDeadline);
    await clickRadio(applicant, 'hillClosure', '否');
    await clickRadio(applicant, 'lastRegeneration', '已完成更新造林');
    await clickRadio(applicant, 'violationLastYear', '否');
    await applicant.check('#f-smallStandCommitment');
    await attachPdf(applicant, '#f-material_forest_right_cert', '林权证.pdf');
    await attachPdf(applicant, '#f-material_applicant_id', '营业执照.pdf');
    await attachPdf(applicant, '#f-material_regeneration_plan', '更新造林方案.pdf');
    await attachPdf(applicant, '#f-material_commitment_letter', '告知承诺书.pdf');
    await Promise.all([
      applicant.waitForURL((url) => !url.pathname.endsWith('/apply')),
      applicant.click('button[name="action"][value="submit"]'),
    ]);
    const receiptText = (await (await visible(applicant.locator('main'))).textContent()) ?? '';
    expect(receiptText).toContain('申请已提交。请记下查询码');
    const receiptCode = receiptText.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/)?.[0] ?? '';
    expect(receiptCode).not.toBe('');

    // ---- 受理: 中牟县林业局 (the competent authority where the stand lies) finds the case by its
    // receipt code and accepts it ----
    const counter = await newPage();
    await signIn(counter, 'zhongmou-sl');
    await counter.goto(`/admin/services/cases?receiptCode=${receiptCode}`);
    const bare = receiptCode.replace(/-/g, '');
    await (await visible(counter.getByRole('link', { name: new RegExp(`${bare}|${receiptCode}`) }))).click();
    await visible(counter.getByRole('heading', { name: /林木采伐许可证核发/ }));
    const detailPath = new URL(counter.url()).pathname;
    await counter.getByRole('button', { name: loose('受理') }).click();
    const acceptDialog = await visible(counter.getByRole('dialog'));
    await acceptDialog.getByLabel('受理意见（内部）').fill('材料齐全，予以受理');
    await acceptDialog.getByRole('button', { name: loose('确定') }).click();
    await visible(counter.getByText('受理：已完成'));

    // ---- 审查与决定: the county bureau's resources section starts the review and approves ----
    const reviewer = await newPage();
    await signIn(reviewer, 'zhongmou-sp');
    await reviewer.goto(detailPath);
    await (await visible(reviewer.getByRole('button', { name: '开始审查' }))).click();
    await visible(reviewer.getByText('开始审查：已完成'));
    await (await visible(reviewer.getByRole('button', { name: '作出决定' }))).click();
    const decideDialog = await visible(reviewer.getByRole('dialog'));
    await decideDialog.getByLabel('准予许可').check();
    await decideDialog.getByLabel('审查意见（内部）').fill('权属清楚，采伐量在限额内，符合条件');
    // "准予时同时发证" is ticked by default: the certificate is issued with the decision.
    expect(await decideDialog.getByLabel('准予时同时发证（或出具决定书）').isChecked()).toBe(true);
    await decideDialog.getByRole('button', { name: loose('确定') }).click();
    await visible(reviewer.getByText('作出决定：已完成'));
    const numberLink = await visible(reviewer.getByRole('link', { name: /^豫林采〔\d{4}〕\d{6}号$/ }));
    const certificateNo = ((await numberLink.textContent()) ?? '').trim();
    expect(certificateNo).toMatch(/^豫林采〔\d{4}〕\d{6}号$/);
    await settled(reviewer);
    await saveScreenshot(reviewer, 'services-journey-workbench-approved');

    // ---- 领证: hnmy opens the case under 我的办件 and downloads the certificate ----
    await applicant.goto('/account/cases');
    const row = applicant.locator('tr', { hasText: receiptCode });
    await row.getByRole('link', { name: '林木采伐许可证核发' }).click();
    await visible(applicant.getByText(certificateNo));
    const download = await visible(applicant.getByRole('link', { name: '查看或下载' }));
    await saveScreenshot(applicant, 'services-journey-applicant-certificate');
    const href = (await download.getAttribute('href')) ?? '';
    const pdf = await applicant.request.get(href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    // ---- 核验: anyone can check the number on the public site ----
    const visitor = await newPage();
    await visitor.goto(`/certificates/verify?no=${encodeURIComponent(certificateNo)}`);
    const result = await visible(visitor.locator('.hv-result'));
    expect((await visitor.locator('.hv-badge.hv-valid').textContent())?.trim()).toBe('有效');
    const facts = (await result.textContent()) ?? '';
    expect(facts).toContain(certificateNo);
    expect(facts).toContain('该证真实有效');
    expect(facts).toContain('河南绿源苗木有限公司');
    await saveScreenshot(visitor, 'services-journey-verify');
    expect(problems).toEqual([]);
  });

  it('the counter registers a walk-in citizen with paper materials and sees the receipt in the queue', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'window');
    await page.goto('/admin/services/counter');
    // 张三's ID: 41010519850612031 + check character. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 over
    // 4 1 0 1 0 5 1 9 8 5 0 6 1 2 0 3 1 give 28+9+0+5+0+20+2+9+48+15+0+54+10+10+0+12+2 = 224;
    // 224 mod 11 = 4, and the check table 1 0 X 9 8 7 6 5 4 3 2 maps 4 to 8.
    await (await visible(page.getByLabel('居民身份证号码'))).fill('410105198506120318');
    await page.getByRole('button', { name: loose('查找') }).click();
    await visible(page.getByText(/申请人：张三/));

    // LIC-04 (a small item form); picking it brings up its paper materials checklist.
    await pickOption(page, '办理事项', 'LIC-04', /^LIC-04 /);
    const checklist = await visible(page.locator('.ant-card-small', { hasText: '收取纸质材料（填写份数）' }));
    const materials = checklist.locator('.ant-form-item');
    expect(await materials.count()).toBe(3);
    const listed = (await checklist.textContent()) ?? '';
    expect(listed).toContain('申请书（必交）');
    expect(listed).toContain('申请人身份证明（身份证或营业执照）（必交）');
    await formField(page, '联系人').locator('input').fill('张三');
    await formField(page, '联系电话').locator('input').fill('13803710001');
    await formField(page, '通讯地址').locator('input').fill('郑州市金水区花园路 88 号');
    await formField(page, '项目所在县（市、区）').locator('.ant-select').click();
    await page.keyboard.type('中牟');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '中牟' })
      .click();
    await formField(page, '使用面积').locator('input').fill('0.5');
    await formField(page, '申请事项说明')
      .locator('textarea')
      .fill('在中牟县官渡镇林地上修筑苗木管护用房 0.5 公顷，期限六个月。');
    for (let i = 0; i < (await materials.count()); i++) await materials.nth(i).locator('input').fill('1');
    await page.getByRole('button', { name: '收件登记' }).click();

    const result = await visible(page.locator('.ant-result-success'));
    const title = (await result.locator('.ant-result-title').textContent()) ?? '';
    const code = title.match(/查询码\s*([A-Z0-9-]{12,14})/)?.[1] ?? '';
    expect(code).not.toBe('');
    await visible(result.getByRole('link', { name: /打印收件回执/ }));
    // The day's queue lists the case under its receipt code.
    const queue = page.locator('.ant-card', { hasText: '当日队列' });
    await visible(queue.getByRole('row', { name: new RegExp(code) }));
    expect(await queue.getByRole('row', { name: new RegExp(code) }).textContent()).toContain('张三');
    await settled(page);
    await saveScreenshot(page, 'services-journey-counter-receipt');
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    await saveScreenshot(page, 'services-journey-counter-receipt-phone');
    expect(problems).toEqual([]);
  });
});

/** The antd form item whose label is `label` (antd puts the text in the label's title). */
function formField(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.locator(`label[title="${label}"]`) });
}
