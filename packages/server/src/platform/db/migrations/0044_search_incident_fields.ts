import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * What a search reads of a text's incident, one narrow row per incident (`search_incident_fields`):
 * whether it is private, its status and severity, its services (ids, comma-separated; null when it
 * has none) and its retrospective (0 none, 1 one not published yet, 2 one published at least once).
 * The search window (search/store.ts#searchWindow) filters, orders and counts its matches by them
 * with one primary-key lookup per match, instead of reading each match's incident (a wide row), its
 * services and its retrospective. Who is a member of a private incident is still read in the query,
 * for the private texts only.
 *
 * Kept by triggers, in the transaction of the change, whichever code wrote it: an incident's insert,
 * its privacy, status or severity, its services, its retrospective (created, first published,
 * moved, removed), and its removal each rewrite the incident's one row. A row per incident and not a
 * copy on each text: a status change on an incident with 50,000 imported chat messages would rewrite
 * 50,000 texts (and, on PostgreSQL, recompute each one's stored tsvector), and every new text would
 * pay a lookup of its incident when written.
 */

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema
    .createTable('search_incident_fields')
    .addColumn('incident_id', 'text', (c) => c.primaryKey())
    .addColumn('private', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('severity_id', 'text')
    .addColumn('services', 'text')
    .addColumn('retro', 'integer', (c) => c.notNull().defaultTo(0))
    // SQLite: the row is in the primary key's b-tree, so a search's lookup per match is one descent, not two.
    .$call((b) => (pg ? b : b.modifyEnd(sql`without rowid`)))
    .execute();

  // The fields of incident `id` (an SQL expression), one expression each.
  const agg = pg ? "string_agg(x.service_id, ',')" : "group_concat(x.service_id, ',')";
  const services = (id: string) => `(select ${agg} from incident_services x where x.incident_id = ${id})`;
  const retro = (id: string) =>
    `coalesce((select case when x.first_published_at is null then 1 else 2 end from retros x where x.incident_id = ${id}), 0)`;
  const ofIncident = (id: string, set: string) => `update search_incident_fields set ${set} where incident_id = ${id}`;

  await sql
    .raw(`insert into search_incident_fields (incident_id, private, status, severity_id, services, retro)
      select i.id, i.private, i.status, i.severity_id, ${services('i.id')}, ${retro('i.id')} from incidents i`)
    .execute(db);

  // Each owner's change, as statements on its `old` and `new` rows (null: nothing for that side).
  const changes: { name: string; on: string; events: string[]; when?: string; old: string | null; new: string | null }[] = [
    {
      name: 'incident_ins',
      on: 'incidents',
      events: ['insert'],
      old: null,
      new: `insert into search_incident_fields (incident_id, private, status, severity_id, services, retro)
        values (new.id, new.private, new.status, new.severity_id, ${services('new.id')}, ${retro('new.id')})`,
    },
    {
      name: 'incident_upd',
      on: 'incidents',
      events: ['update of private, status, severity_id'],
      when: pg
        ? 'old.private is distinct from new.private or old.status is distinct from new.status or old.severity_id is distinct from new.severity_id'
        : 'old.private is not new.private or old.status is not new.status or old.severity_id is not new.severity_id',
      old: null,
      new: ofIncident('new.id', 'private = new.private, status = new.status, severity_id = new.severity_id'),
    },
    {
      name: 'incident_del',
      on: 'incidents',
      events: ['delete'],
      old: 'delete from search_incident_fields where incident_id = old.id',
      new: null,
    },
    {
      name: 'services',
      on: 'incident_services',
      events: ['insert', 'delete', 'update'],
      old: ofIncident('old.incident_id', `services = ${services('old.incident_id')}`),
      new: ofIncident('new.incident_id', `services = ${services('new.incident_id')}`),
    },
    {
      name: 'retro',
      on: 'retros',
      events: ['insert', 'delete', 'update of incident_id, first_published_at'],
      old: ofIncident('old.incident_id', `retro = ${retro('old.incident_id')}`),
      new: ofIncident('new.incident_id', `retro = ${retro('new.incident_id')}`),
    },
  ];

  for (const c of changes) {
    if (pg) {
      await sql
        .raw(`create function search_fields_of_${c.name}() returns trigger language plpgsql as $$
        begin
          ${c.old ? `if tg_op <> 'INSERT' then ${c.old}; end if;` : ''}
          ${c.new ? `if tg_op <> 'DELETE' then ${c.new}; end if;` : ''}
          return null;
        end $$`)
        .execute(db);
      for (const [i, event] of c.events.entries())
        await sql
          .raw(`create trigger search_fields_of_${c.name}_${i} after ${event} on ${c.on} for each row
          ${c.when ? `when (${c.when})` : ''} execute function search_fields_of_${c.name}()`)
          .execute(db);
      continue;
    }
    for (const [i, event] of c.events.entries()) {
      const body = [event === 'insert' ? null : c.old, event === 'delete' ? null : c.new].filter((b): b is string => b !== null);
      await sql
        .raw(`create trigger search_fields_of_${c.name}_${i} after ${event} on ${c.on} ${c.when ? `when ${c.when}` : ''} begin
          ${body.map((b) => `${b};`).join('\n')} end`)
        .execute(db);
    }
  }
}
