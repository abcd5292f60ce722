import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * What a search reads of a text's incident, copied onto the text (`search_docs`): whether the
 * incident is private, its status and severity, its services (ids, comma-separated; null when it has
 * none) and its retrospective (0 none, 1 one not published yet, 2 one published at least once). The
 * search window (search/store.ts#searchWindow) filters, orders and counts its matches by them without
 * reading each match's incident, its services and its retrospective (three lookups per match, most
 * of a one-word search's statement). Who is a member of a private incident is still read in the
 * query, for the private texts only.
 *
 * Kept in step by triggers, in the transaction of the change, whichever code wrote it:
 * - a new text (written by migration 0027's triggers) takes its incident's fields when it is written;
 * - an incident's privacy, status or severity, its services, or its retrospective (created, first
 *   published, removed) rewrite the fields of the incident's texts (`search_docs_incident` finds them).
 * Texts without an incident (alerts not attached) keep nulls and 0, as the join gave them.
 *
 * SQLite writes a new text's fields with an UPDATE after its INSERT (a trigger cannot change the row
 * it fires for), so the FTS5 tables' update triggers (migrations 0032, 0036) are narrowed to the
 * columns they index: these updates do not touch the full-text index. PostgreSQL sets them in a
 * BEFORE trigger. The rows that exist are filled here.
 */

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  for (const [name, type] of [
    ['incident_private', 'integer'],
    ['incident_status', 'text'],
    ['incident_severity_id', 'text'],
    ['incident_services', 'text'],
    ['incident_retro', 'integer'],
  ] as const)
    await db.schema
      .alterTable('search_docs')
      .addColumn(name, type, (c) => (name === 'incident_retro' ? c.notNull().defaultTo(0) : c))
      .execute();

  // The fields of incident `id` (an SQL expression), one expression each.
  const agg = pg ? "string_agg(x.service_id, ',')" : "group_concat(x.service_id, ',')";
  const services = (id: string) => `(select ${agg} from incident_services x where x.incident_id = ${id})`;
  const retro = (id: string) =>
    `coalesce((select case when x.first_published_at is null then 1 else 2 end from retros x where x.incident_id = ${id}), 0)`;
  const incidentRow = (id: string) => `(select x.private, x.status, x.severity_id from incidents x where x.id = ${id})`;
  const setAll = (id: string) => `(incident_private, incident_status, incident_severity_id) = ${incidentRow(id)},
      incident_services = ${services(id)}, incident_retro = ${retro(id)}`;

  // Every text that exists (on SQLite once the full-text tables ignore these columns, below).
  const backfill = () => sql.raw(`update search_docs set ${setAll('search_docs.incident_id')} where incident_id is not null`).execute(db);

  // The owners' changes: an incident's fields, its services, its retrospective.
  const ofIncident = (id: string, set: string) => `update search_docs set ${set} where incident_id = ${id}`;
  const changes: { name: string; on: string; events: string[]; when?: string; body: string[] }[] = [
    {
      name: 'incident',
      on: 'incidents',
      events: ['update of private, status, severity_id'],
      when: pg
        ? 'old.private is distinct from new.private or old.status is distinct from new.status or old.severity_id is distinct from new.severity_id'
        : 'old.private is not new.private or old.status is not new.status or old.severity_id is not new.severity_id',
      body: [ofIncident('new.id', 'incident_private = new.private, incident_status = new.status, incident_severity_id = new.severity_id')],
    },
    {
      name: 'services',
      on: 'incident_services',
      events: ['insert', 'delete', 'update'],
      body: ['old', 'new'].map((r) => ofIncident(`${r}.incident_id`, `incident_services = ${services(`${r}.incident_id`)}`)),
    },
    {
      name: 'retro',
      on: 'retros',
      events: ['insert', 'delete', 'update of incident_id, first_published_at'],
      body: ['old', 'new'].map((r) => ofIncident(`${r}.incident_id`, `incident_retro = ${retro(`${r}.incident_id`)}`)),
    },
  ];

  if (pg) {
    await backfill();
    await sql
      .raw(`create function search_doc_incident() returns trigger language plpgsql as $$
      begin
        if new.incident_id is null then
          new.incident_private := null; new.incident_status := null; new.incident_severity_id := null;
          new.incident_services := null; new.incident_retro := 0;
        else
          select x.private, x.status, x.severity_id into new.incident_private, new.incident_status, new.incident_severity_id
            from incidents x where x.id = new.incident_id;
          new.incident_services := ${services('new.incident_id')};
          new.incident_retro := ${retro('new.incident_id')};
        end if;
        return new;
      end $$`)
      .execute(db);
    await sql`create trigger search_doc_incident before insert or update of incident_id on search_docs
      for each row execute function search_doc_incident()`.execute(db);
    for (const c of changes) {
      // Statements on `old` only on update/delete, on `new` only on insert/update.
      const [first, second] = c.body.length === 2 ? c.body : [null, c.body[0]];
      await sql
        .raw(`create function search_doc_of_${c.name}() returns trigger language plpgsql as $$
        begin
          ${first ? `if tg_op <> 'INSERT' then ${first}; end if;` : ''}
          if tg_op <> 'DELETE' then ${second}; end if;
          return null;
        end $$`)
        .execute(db);
      for (const [i, event] of c.events.entries())
        await sql
          .raw(`create trigger search_doc_of_${c.name}_${i} after ${event} on ${c.on} for each row
          ${c.when ? `when (${c.when})` : ''} execute function search_doc_of_${c.name}()`)
          .execute(db);
    }
    return;
  }

  // SQLite: the FTS5 tables' update triggers fire only for the columns they index (they fired on any
  // update of search_docs, and rewrote the text's index entries each time).
  await sql`drop trigger search_fts_upd`.execute(db);
  await sql`create trigger search_fts_upd after update of title, body on search_docs
    when (select deferring = 0 or old.id <= from_id from search_fts_state) begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
  const incidentFtsUpd = (
    await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = 'incident_fts_upd'`.execute(db)
  ).rows[0]?.sql;
  if (incidentFtsUpd) {
    const narrowed = incidentFtsUpd.replace(
      /after update on search_docs/i,
      'after update of kind, audience, title, body, incident_id on search_docs',
    );
    if (narrowed === incidentFtsUpd) throw new Error('incident_fts_upd is not the trigger migration 0036 wrote');
    await sql`drop trigger incident_fts_upd`.execute(db);
    await sql.raw(narrowed).execute(db);
  }
  await backfill();
  await sql
    .raw(`create trigger search_doc_incident_ins after insert on search_docs when new.incident_id is not null begin
      update search_docs set ${setAll('new.incident_id')} where id = new.id; end`)
    .execute(db);
  await sql
    .raw(`create trigger search_doc_incident_upd after update of incident_id on search_docs begin
      update search_docs set ${setAll('new.incident_id')}
        where id = new.id and new.incident_id is not null;
      update search_docs set incident_private = null, incident_status = null, incident_severity_id = null,
        incident_services = null, incident_retro = 0 where id = new.id and new.incident_id is null; end`)
    .execute(db);
  for (const c of changes)
    for (const [i, event] of c.events.entries()) {
      const rows = event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new'];
      const body = c.body.length === 2 ? c.body.filter((_, j) => rows.includes(['old', 'new'][j])) : c.body;
      await sql
        .raw(`create trigger search_doc_of_${c.name}_${i} after ${event} on ${c.on} ${c.when ? `when ${c.when}` : ''} begin
          ${body.map((b) => `${b};`).join('\n')} end`)
        .execute(db);
    }
}
