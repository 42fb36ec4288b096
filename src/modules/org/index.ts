// Organisation: the unit tree (厅, 处室, 厅直单位, 18 省辖市 and their counties), people and the
// leaders' divisions in charge (分管). Other modules read units only through this file.
// (Being built: demo data and routes land with the org work.)
import type { Config } from '../../config.ts';
import type { Database } from '../../platform/db/client.ts';

export const DEMO_ACCOUNTS_TEXT = '';

export async function loadDemoDataIfEmpty(_database: Database, _config: Config): Promise<boolean> {
  return false;
}
