import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Full-text search (search/): one row per searchable text in `search_docs`, kept by triggers on the
 * tables that own the text, so the index commits with the change that wrote it (and with nothing
 * else), whichever code path wrote it, and the rows that exist today are indexed here.
 * SQLite: an FTS5 table over `search_docs` (external content). PostgreSQL: a generated tsvector
 * (title weighted A, body B) with a GIN index.
 *
 * `audience` is who may read the text: 'all' (stakeholders/viewers included) or 'responders'.
 * No person's name is indexed (anonymous retrospective answers must not be findable by author).
 */

/** One searchable text derived from a row of `table`; expressions use `r.` for that row. */
type Source = {
  name: string;
  kind: 'incident' | 'timeline' | 'retro' | 'followup' | 'alert';
  table: string;
  /** Only rows for which this holds are indexed. */
  when: string;
  watch: string[];
  sourceId: string;
  incident: string;
  parent: string;
  service: string;
  audience: string;
  label: string;
  title: string;
  body: string;
  at: string;
};

const text = (...cols: string[]) => cols.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `);
const retroIncident = '(select rr.incident_id from retros rr where rr.id = r.retro_id)';

export const SEARCH_SOURCES: Source[] = [
  {
    name: 'incident',
    kind: 'incident',
    table: 'incidents',
    when: '1 = 1',
    watch: ['title', 'summary', 'customer_impact', 'scope_customers', 'scope_regions'],
    sourceId: 'r.id',
    incident: 'r.id',
    parent: 'null',
    service: 'null',
    audience: `'all'`,
    label: `'incident'`,
    title: 'r.title',
    body: text('r.summary', 'r.customer_impact', 'r.scope_customers', 'r.scope_regions'),
    at: 'r.declared_at',
  },
  {
    // The technical ticket and the verbatim report: responders only, as on the incident page.
    name: 'ticket',
    kind: 'incident',
    table: 'incidents',
    when: '1 = 1',
    watch: ['symptoms', 'root_causes', 'fixes_for_symptoms', 'root_cause_fix_description', 'prevention', 'original_request'],
    sourceId: 'r.id',
    incident: 'r.id',
    parent: 'null',
    service: 'null',
    audience: `'responders'`,
    label: `'ticket'`,
    title: `''`,
    body: text('r.symptoms', 'r.root_causes', 'r.fixes_for_symptoms', 'r.root_cause_fix_description', 'r.prevention', 'r.original_request'),
    at: 'r.declared_at',
  },
  {
    name: 'why',
    kind: 'incident',
    table: 'whys',
    when: '1 = 1',
    watch: ['question', 'answer'],
    sourceId: 'r.id',
    incident: 'r.incident_id',
    parent: 'null',
    service: 'null',
    audience: `'responders'`,
    label: `'why'`,
    title: `''`,
    body: text('r.question', 'r.answer'),
    at: 'r.created_at',
  },
  {
    // What people wrote: war-room comments, notes, stakeholder updates, imported chat. (System entries
    // repeat what is indexed elsewhere; corrections would keep an edited-away text findable.)
    name: 'entry',
    kind: 'timeline',
    table: 'timeline_entries',
    when: `r.kind in ('comment', 'note', 'stakeholder_update', 'chat') and r.body is not null and r.body <> ''`,
    watch: ['body', 'visibility', 'kind'],
    sourceId: 'cast(r.id as text)',
    incident: 'r.incident_id',
    parent: 'null',
    service: 'null',
    audience: `case when r.visibility = 'stakeholders' then 'all' else 'responders' end`,
    label: 'r.kind',
    title: `''`,
    body: 'r.body',
    at: 'r.occurred_at',
  },
  {
    // Readable by stakeholders only while the retrospective is published (checked in the query).
    name: 'retro_section',
    kind: 'retro',
    table: 'retro_sections',
    when: '1 = 1',
    watch: ['title', 'body', 'items'],
    sourceId: 'r.id',
    incident: retroIncident,
    parent: 'r.retro_id',
    service: 'null',
    audience: `'all'`,
    label: `'section'`,
    title: 'r.title',
    body: text('r.body', 'r.items'),
    at: 'r.updated_at',
  },
  {
    name: 'retro_why',
    kind: 'retro',
    table: 'retro_whys',
    when: '1 = 1',
    watch: ['text', 'accepted_reason'],
    sourceId: 'r.id',
    incident: retroIncident,
    parent: 'r.retro_id',
    service: 'null',
    audience: `'responders'`,
    label: `'why'`,
    title: `''`,
    body: text('r.text', 'r.accepted_reason'),
    at: 'r.created_at',
  },
  {
    // No author, no user id: an anonymous answer stays anonymous in results and cannot be found by name.
    name: 'retro_answer',
    kind: 'retro',
    table: 'retro_answers',
    when: '1 = 1',
    watch: ['what_happened', 'surprised', 'stuck', 'would_have_helped'],
    sourceId: 'r.id',
    incident: retroIncident,
    parent: 'r.retro_id',
    service: 'null',
    audience: `'responders'`,
    label: `'answer'`,
    title: `''`,
    body: text('r.what_happened', 'r.surprised', 'r.stuck', 'r.would_have_helped'),
    at: 'r.updated_on',
  },
  {
    name: 'action',
    kind: 'followup',
    table: 'actions',
    when: '1 = 1',
    watch: ['title', 'description', 'draft'],
    sourceId: 'r.id',
    incident: 'r.incident_id',
    parent: 'null',
    service: 'null',
    audience: `case when r.draft = 1 then 'responders' else 'all' end`,
    label: 'r.kind',
    title: 'r.title',
    body: 'r.description',
    at: 'r.created_at',
  },
  {
    name: 'alert',
    kind: 'alert',
    table: 'alerts',
    when: '1 = 1',
    watch: ['title', 'description', 'incident_id', 'service_id'],
    sourceId: 'r.id',
    incident: 'r.incident_id',
    parent: 'null',
    service: 'r.service_id',
    audience: `'all'`,
    label: `'alert'`,
    title: 'r.title',
    body: 'r.description',
    at: 'r.first_seen_at',
  },
];

const COLUMNS = 'source, kind, source_id, incident_id, parent_id, service_id, audience, label, title, body, at';
const values = (s: Source, row: string) =>
  [`'${s.name}'`, `'${s.kind}'`, s.sourceId, s.incident, s.parent, s.service, s.audience, s.label, s.title, s.body, s.at]
    .map((e) => e.replace(/\br\./g, `${row}.`))
    .join(', ');
const on = (expr: string, row: string) => expr.replace(/\br\./g, `${row}.`);

async function sqliteTriggers(db: Kysely<unknown>, s: Source) {
  const id = on(s.sourceId, 'old');
  const changed = s.watch.map((c) => `old.${c} is not new.${c}`).join(' or ');
  await sql
    .raw(`create trigger search_${s.name}_ins after insert on ${s.table} when ${on(s.when, 'new')} begin
      insert into search_docs (${COLUMNS}) values (${values(s, 'new')}); end`)
    .execute(db);
  await sql
    .raw(`create trigger search_${s.name}_upd after update of ${s.watch.join(', ')} on ${s.table} when ${changed} begin
      delete from search_docs where source = '${s.name}' and source_id = ${id};
      insert into search_docs (${COLUMNS}) select ${values(s, 'new')} where ${on(s.when, 'new')}; end`)
    .execute(db);
  await sql
    .raw(`create trigger search_${s.name}_del after delete on ${s.table} begin
      delete from search_docs where source = '${s.name}' and source_id = ${id}; end`)
    .execute(db);
}

async function postgresTriggers(db: Kysely<unknown>, s: Source) {
  const changed = s.watch.map((c) => `old.${c} is distinct from new.${c}`).join(' or ');
  await sql
    .raw(`create function search_${s.name}() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then
        delete from search_docs where source = '${s.name}' and source_id = ${on(s.sourceId, 'old')};
      end if;
      if tg_op <> 'DELETE' and (${on(s.when, 'new')}) then
        insert into search_docs (${COLUMNS}) values (${values(s, 'new')});
      end if;
      return null;
    end $$`)
    .execute(db);
  await sql
    .raw(`create trigger search_${s.name}_ins_del after insert or delete on ${s.table} for each row execute function search_${s.name}()`)
    .execute(db);
  await sql
    .raw(`create trigger search_${s.name}_upd after update of ${s.watch.join(', ')} on ${s.table}
      for each row when (${changed}) execute function search_${s.name}()`)
    .execute(db);
}

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  await db.schema
    .createTable('search_docs')
    .addColumn('id', pg ? 'bigserial' : 'integer', (c) => c.primaryKey().$call((col) => (pg ? col : col.autoIncrement())))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text')
    .addColumn('parent_id', 'text')
    .addColumn('service_id', 'text')
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('search_docs_source').unique().on('search_docs').columns(['source', 'source_id']).execute();
  await db.schema.createIndex('search_docs_incident').on('search_docs').columns(['incident_id']).execute();
  if (pg) {
    await sql`alter table search_docs add column tsv tsvector generated always as
      (setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')) stored`.execute(
      db,
    );
    await sql`create index search_docs_tsv on search_docs using gin (tsv)`.execute(db);
  } else {
    await sql`create virtual table search_fts using fts5(title, body, content='search_docs', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger search_fts_ins after insert on search_docs begin
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
    await sql`create trigger search_fts_del after delete on search_docs begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body); end`.execute(db);
    await sql`create trigger search_fts_upd after update on search_docs begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
  }
  for (const s of SEARCH_SOURCES) {
    await sql.raw(`insert into search_docs (${COLUMNS}) select ${values(s, 't')} from ${s.table} t where ${on(s.when, 't')}`).execute(db);
    await (pg ? postgresTriggers(db, s) : sqliteTriggers(db, s));
  }
}
