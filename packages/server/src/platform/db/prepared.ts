import { type Compilable, CompiledQuery } from 'kysely';
import type { Tx } from '../context.ts';

/** Marks a placeholder among a compiled query's parameters (never a real value: NUL is refused at the door). */
const SLOT = '\u0000fb-slot:';

type Compiled = { sql: string; slots: (string | null)[]; fixed: readonly unknown[] };

/**
 * A query of a hot path (alert ingest: thousands a second), built and compiled by Kysely once per
 * dialect and then run with new values. Building and compiling a query takes more CPU than SQLite
 * takes to run it. `build` gets a placeholder for each of `names` and must use each only as a value
 * (inserted, set or compared), never inside raw SQL; the values it does not name stay as compiled.
 */
export function prepared<V extends Record<string, unknown>, R>(
  names: readonly (keyof V & string)[],
  build: (db: Tx['db'], values: V) => Compilable<R>,
): (tx: Tx, values: V) => Promise<R[]> {
  const byDialect = new Map<string, Compiled>();
  const compile = (tx: Tx): Compiled => {
    const placeholders = Object.fromEntries(names.map((n) => [n, `${SLOT}${n}`])) as V;
    const q = build(tx.db, placeholders).compile();
    const slots = q.parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? p.slice(SLOT.length) : null));
    const unused = names.filter((n) => !slots.includes(n));
    if (unused.length) throw new Error(`prepared query: ${unused.join(', ')} not used as a value`);
    return { sql: q.sql, slots, fixed: q.parameters };
  };
  return async (tx, values) => {
    let c = byDialect.get(tx.dialect);
    if (!c) {
      c = compile(tx);
      byDialect.set(tx.dialect, c);
    }
    const params = new Array<unknown>(c.slots.length);
    for (let i = 0; i < params.length; i++) {
      const slot = c.slots[i];
      params[i] = slot === null ? c.fixed[i] : values[slot];
    }
    return (await tx.db.executeQuery<R>(CompiledQuery.raw(c.sql, params))).rows;
  };
}
