// Domain events: listeners registered through the Module contract run inside the publisher's
// transaction — both writes commit together, a listener's failure takes the publisher's write
// with it — in MODULES order, answering the publisher; outside a transaction publishing is refused.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { inTransaction } from '../context.ts';
import { installModules, type Module } from '../module.ts';
import { listen, listenersOf, publishEvent } from './index.ts';

declare module './index.ts' {
  interface DomainEvents {
    'eventstest.order.placed': { orderId: string; amount: number };
  }
}

let t: TestApp;
const log: string[] = [];
let failWith: string | null = null;

const shop: Module = { name: 'eventstest-shop' };
const stock: Module = {
  name: 'eventstest-stock',
  listens: [
    listen('eventstest.order.placed', 'reserves the stock', async (tx, p) => {
      await tx.db.execute(sql`insert into eventstest_rows (what) values (${`stock for ${p.orderId}`})`);
      log.push(`stock:${p.orderId}:${tx.actor.username}`);
      if (failWith) throw new Error(failWith);
      return { reservation: `R-${p.orderId}` };
    }),
  ],
};
const mail: Module = {
  name: 'eventstest-mail',
  listens: [
    listen('eventstest.order.placed', 'mails the buyer', async (_tx, p) => {
      log.push(`mail:${p.orderId}`);
      return null;
    }),
  ],
};

const rows = async () =>
  (await t.database.query<{ what: string }>('select what from eventstest_rows order by id')).map(
    (r) => r.what,
  );

async function placeOrder(orderId: string) {
  return inTransaction(t.ctx(), async (tx) => {
    await tx.db.execute(sql`insert into eventstest_rows (what) values (${`order ${orderId}`})`);
    return publishEvent(tx, 'eventstest.order.placed', { orderId, amount: 3 });
  });
}

beforeAll(async () => {
  t = await buildTestApp();
  await t.database.query('create table eventstest_rows (id serial primary key, what text not null)');
  installModules([shop, stock, mail]);
});
afterAll(() => t.close());

describe('publishEvent', () => {
  it('runs the listeners in module order inside the publisher’s transaction and returns their answers', async () => {
    const answers = await placeOrder('A1');
    expect(answers).toEqual([
      { owner: 'eventstest-stock', result: { reservation: 'R-A1' } },
      { owner: 'eventstest-mail', result: null },
    ]);
    expect(log).toEqual(['stock:A1:system', 'mail:A1']);
    expect(await rows()).toEqual(['order A1', 'stock for A1']);
  });

  it('rolls the publisher’s write back with the listener’s when a listener fails', async () => {
    failWith = '库存不足';
    await expect(placeOrder('B2')).rejects.toThrow('库存不足');
    failWith = null;
    expect(await rows()).toEqual(['order A1', 'stock for A1']);
    // The later listener never ran.
    expect(log.filter((l) => l.includes('B2'))).toEqual(['stock:B2:system']);
  });

  it('is refused outside a transaction', async () => {
    await expect(
      publishEvent(t.ctx(), 'eventstest.order.placed', { orderId: 'C3', amount: 1 }),
    ).rejects.toThrow(/outside a transaction/);
  });

  it('lists the listeners; installing a module again replaces its own, nothing else', () => {
    installModules([shop, stock, mail]);
    expect(listenersOf('eventstest.order.placed')).toEqual([
      { owner: 'eventstest-stock', does: 'reserves the stock' },
      { owner: 'eventstest-mail', does: 'mails the buyer' },
    ]);
    installModules([{ ...stock, listens: [] }]);
    expect(listenersOf('eventstest.order.placed')).toEqual([
      { owner: 'eventstest-mail', does: 'mails the buyer' },
    ]);
  });

  it('answers nothing for an event no module listens to', async () => {
    installModules([{ ...mail, listens: [] }]);
    expect(await placeOrder('D4')).toEqual([]);
  });
});
