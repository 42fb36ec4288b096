// The public guide (办事指南) shows the basis as citations of the law in force; the reference
// data's notes (内容待核实, confidence, older texts) are shown to the staff who keep the catalogue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHarvestTestApp, type HarvestTestApp } from '../harvest/harvest.test-app.ts';
import { ensureCatalogue } from '../index.ts';

let t: HarvestTestApp;
beforeAll(async () => {
  t = await buildHarvestTestApp('2026-03-02T09:00:00+08:00');
  await ensureCatalogue(t.ctx());
});
afterAll(() => t.close());

const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

describe('办事指南', () => {
  it('shows the public the 2019 Forest Law as a citation, without notes, badges or the demo banner', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/services/LIC-01',
      headers: { accept: 'text/html' },
    });
    const page = main(res.body);
    expect(page).toContain(
      '<dt>设定依据</dt><dd><ul><li>《中华人民共和国森林法》（2019年修订）第五十六条、第五十七条</li></ul></dd>',
    );
    for (const hidden of ['1998', '待核实', '演示整理稿', 'verified', 'medium', '工作人员提示'])
      expect(page).not.toContain(hidden);
  });

  it('shows the staff who keep the catalogue the data as recorded, with how sure it is', async () => {
    const window = await t.signIn('window');
    const page = main((await window.get('/services/LIC-01')).body);
    expect(page).toContain('工作人员提示（公众看不到本栏）');
    expect(page).toContain('本事项部分内容依据公开资料整理，尚待核实');
    expect(page).toContain('森林法 (1998) / 森林法实施条例');
    // Other staff and applicants read the public guide.
    const citizen = await t.signIn('zhangsan');
    expect(main((await citizen.get('/services/LIC-01')).body)).not.toContain('工作人员提示');
  });
});
