// A test app with the calendar and the demo organisation, service catalogue and accounts, storing
// uploads in a data directory of its own (removed by close).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { seedCalendarFromPackage } from '../../../platform/calendar/index.ts';
import { seedDemoData } from '../../org/index.ts';

export async function buildDemoServicesApp(
  now: string,
): Promise<{ t: TestApp; dataDir: string; close(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-services-'));
  const t = await buildTestApp({
    now,
    config: { DATA_DIR: dataDir },
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
      await seedDemoData(ctx);
    },
  });
  return {
    t,
    dataDir,
    async close() {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
