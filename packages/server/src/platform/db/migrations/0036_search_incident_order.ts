import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * SQLite only (PostgreSQL keeps its GIN-indexed `search_docs.tsv`): what the search index needs to
 * answer its two common questions without reading every match.
 *
 * `incident_fts`: the incidents' own texts (search_docs of kind 'incident': the incident, its ticket
 * and whys), one FTS5 row per text like `search_fts`, but with a rowid that follows the incident list's
 * order: incident number × 2³² + the text's id. The list's `?q=` (newest first) walks it by rowid
 * downwards and stops once it has a page, instead of collecting every matching incident. Texts
 * stakeholders may read (audience 'all') are in `title` and `body`, the responders-only ticket and
 * whys in `rbody`, so a viewer's search is a column filter. Contentless (the texts are in
 * search_docs); `incident_fts_map` remembers each text's rowid so a delete needs no incident row (an
 * incident's texts are deleted after it). Text ids stay below 2³² (four billion texts).
 *
 * It is written with `search_fts`, by triggers on `search_docs`, and inside a group commit once per
 * batch like it (migration 0032): when the batch clears `deferring`, the texts written since
 * `from_id` are indexed in one statement, before COMMIT.
 *
 * `incidents_search`: the incident columns a search reads per match (access rule, facets), so each
 * match's incident is one index lookup instead of an index lookup and a read of the wide row.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`create index incidents_search on incidents (id, private, status, severity_id)`.execute(db);
  await sql`create virtual table incident_fts using fts5(title, body, rbody, content='', contentless_delete=1,
    tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`create table incident_fts_map (doc_id integer primary key, fts_rowid integer not null)`.execute(db);
  const map = (where: string) => `insert into incident_fts_map (doc_id, fts_rowid)
      select d.id, i.number * 4294967296 + d.id from search_docs d join incidents i on i.id = d.incident_id
      where d.kind = 'incident' and ${where};`;
  const fts = (where: string) => `insert into incident_fts (rowid, title, body, rbody)
      select m.fts_rowid, case when d.audience = 'all' then d.title else '' end, case when d.audience = 'all' then d.body else '' end,
        case when d.audience = 'all' then '' else d.title || ' ' || d.body end
      from search_docs d join incident_fts_map m on m.doc_id = d.id where d.kind = 'incident' and ${where};`;
  const index = (where: string) => sql.raw(`${map(where)}\n${fts(where)}`);
  const unindex = (id: string) =>
    sql.raw(`delete from incident_fts where rowid = (select fts_rowid from incident_fts_map where doc_id = ${id});
      delete from incident_fts_map where doc_id = ${id};`);
  await sql`create trigger incident_fts_ins after insert on search_docs
    when new.kind = 'incident' and (select deferring = 0 from search_fts_state) begin
      ${index('d.id = new.id')} end`.execute(db);
  // A text not indexed yet (written in the current batch) has no map row: nothing to delete.
  await sql`create trigger incident_fts_del after delete on search_docs when old.kind = 'incident' begin ${unindex('old.id')} end`.execute(
    db,
  );
  await sql`create trigger incident_fts_upd after update on search_docs when old.kind = 'incident' or new.kind = 'incident' begin
      ${unindex('old.id')}
      ${index('d.id = new.id and (select deferring = 0 or new.id <= from_id from search_fts_state)')} end`.execute(db);
  await sql`create trigger incident_fts_flush after update of deferring on search_fts_state
    when old.deferring = 1 and new.deferring = 0 begin
      ${index('d.id > old.from_id')} end`.execute(db);
  // The texts that exist today.
  await sql.raw(map('1 = 1')).execute(db);
  await sql.raw(fts('1 = 1')).execute(db);
}
