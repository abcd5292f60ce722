import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../test/harness.ts';
import { keyset } from './cursor.ts';

type Probe = { id: string; grp: string; n: number };

const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('cursor encoding', () => {
  const order = keyset<Probe>('probe', [
    { column: 'grp', dir: 'desc', type: 'string', of: (r) => r.grp },
    { column: 'n', dir: 'asc', type: 'number', of: (r) => r.n },
    { column: 'id', dir: 'asc', type: 'string', of: (r) => r.id },
  ]);

  it('round-trips the key of the last row, opaque (base64url) and named after its list', () => {
    const cursor = order.encode({ id: 'x-1', grp: 'Zürich "b"', n: 7 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(order.decode(cursor)).toEqual(['Zürich "b"', 7, 'x-1']);
    expect(order.decode(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', encoded('x').slice(1)],
    ['not canonical base64url', `${encoded(['probe', 'a', 1, 'i'])}A`],
    ['an object', encoded({ grp: 'a', n: 1, id: 'i' })],
    ['another list', encoded(['other', 'a', 1, 'i'])],
    ['too short', encoded(['probe', 'a', 1])],
    ['too long', encoded(['probe', 'a', 1, 'i', 'j'])],
    ['a string where a number belongs', encoded(['probe', 'a', '1', 'i'])],
    ['a number where a string belongs', encoded(['probe', 1, 1, 'i'])],
    ['null', encoded(['probe', null, 1, 'i'])],
    ['an old timestamp cursor', '2026-03-01T12:00:00.000Z'],
    ['an old incident number cursor', '12'],
  ])('refuses %s with invalid_input', (_label, raw) => {
    expect(() => order.decode(raw)).toThrow(expect.objectContaining({ status: 400, code: 'invalid_input', details: { field: 'cursor' } }));
  });

  it('pages: the cursor is that of the last row kept, null on the last page', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `i${n}`, grp: 'g', n }));
    const first = order.page(rows, 2);
    expect(first.page).toEqual(rows.slice(0, 2));
    expect(order.decode(first.nextCursor ?? undefined)).toEqual(['g', 2, 'i2']);
    expect(order.page(rows, 3)).toEqual({ page: rows, nextCursor: null });
  });

  it('orders and pages in memory as the SQL does: each part in its direction, ties broken by the next', () => {
    const rows: Probe[] = [
      { id: 'b', grp: 'a', n: 1 },
      { id: 'a', grp: 'b', n: 2 },
      { id: 'c', grp: 'a', n: 1 },
      { id: 'd', grp: 'b', n: 1 },
    ];
    const sorted = [...rows].sort(order.compare);
    expect(sorted.map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
    const cursor = order.decode(order.encode(sorted[1])) as readonly (string | number)[];
    expect(
      rows
        .filter((r) => order.follows(r, cursor))
        .map((r) => r.id)
        .sort(),
    ).toEqual(['b', 'c']);
  });

  it("first(n) is a sorted copy's first n, ties included", () => {
    const rows: Probe[] = [];
    for (let i = 0; i < 50; i++) rows.push({ id: `r${String((i * 37) % 50).padStart(2, '0')}`, grp: ['a', 'b', 'c'][i % 3], n: i % 4 });
    const sorted = [...rows].sort(order.compare);
    for (const n of [0, 1, 7, 49, 50, 60]) expect(order.first(rows, n)).toEqual(sorted.slice(0, n));
  });
});

/** The SQL half against both databases: random rows with many ties, every direction mix. */
describe.each(testDatabases())('keyset paging on %s', (kind) => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await sql`create table cursor_probe (id text primary key, grp text not null, n integer not null)`.execute(db.db);
    const rows: Probe[] = [];
    // 60 rows over 3 groups × 4 numbers: every key value is shared by several rows.
    for (let i = 0; i < 60; i++) rows.push({ id: `r${String((i * 37) % 60).padStart(2, '0')}`, grp: ['a', 'B', 'c'][i % 3], n: i % 4 });
    for (const r of rows) await sql`insert into cursor_probe (id, grp, n) values (${r.id}, ${r.grp}, ${r.n})`.execute(db.db);
  });
  afterAll(() => db.cleanup());

  const directions = ['asc', 'desc'] as const;
  const mixes = directions.flatMap((a) => directions.flatMap((b) => directions.map((c) => [a, b, c] as const)));

  it.each(mixes)('grp %s, n %s, id %s: the pages add up to the whole ordered table', async (dGrp, dN, dId) => {
    const order = keyset<Probe>('probe', [
      { column: 'grp', dir: dGrp, type: 'string', of: (r) => r.grp },
      { column: 'n', dir: dN, type: 'number', of: (r) => r.n },
      { column: 'id', dir: dId, type: 'string', of: (r) => r.id },
    ]);
    const query = () => db.db.selectFrom(sql<Probe>`cursor_probe`.as('p')).selectAll().$call(order.order);
    const whole = (await query().execute()) as Probe[];
    expect(whole).toHaveLength(60);
    for (const limit of [1, 4, 7]) {
      const seen: Probe[] = [];
      let cursor: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        let q = query().limit(limit + 1);
        const after = order.decode(cursor ?? undefined);
        if (after) q = q.where(order.after(after));
        const { page, nextCursor } = order.page((await q.execute()) as Probe[], limit);
        seen.push(...page);
        cursor = nextCursor;
        if (!cursor) break;
      }
      expect(seen.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    }
  });

  it('a one-part key compiles to a plain comparison', () => {
    const order = keyset<Probe>('probe', [{ column: 'n', dir: 'desc', type: 'number', of: (r) => r.n }]);
    const compiled = db.db
      .selectFrom(sql<Probe>`cursor_probe`.as('p'))
      .selectAll()
      .where(order.after([3]))
      .compile();
    expect(compiled.sql).toMatch(/where "n" < (\?|\$1)$/);
    expect(compiled.parameters).toEqual([3]);
  });
});
