import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * SQLite only: `incident_fts` (migration 0036, the incident list's `?q=`) rebuilt with FTS5 prefix
 * indexes for stems of 2 to 12 characters. The list reads every word as a prefix ("data" finds
 * "database"); without a prefix index FTS5 answers `word*` by merging the whole doclist of every
 * term the word starts before handing out the first match (0.85 ms for "certificate", ~10,000
 * incident texts, against 0.09 ms for the exact term), with one it walks a single doclist newest
 * first and stops after a page like an exact term (0.15 ms). Longer stems and one-letter words still
 * merge, as before. Same columns, tokenizer and rowids (incident_fts_map is kept), so migration
 * 0036's triggers write the new table unchanged; the texts are re-indexed from search_docs.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`drop table incident_fts`.execute(db);
  await sql`create virtual table incident_fts using fts5(title, body, rbody, content='', contentless_delete=1,
    prefix='2 3 4 5 6 7 8 9 10 11 12', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into incident_fts (rowid, title, body, rbody)
    select m.fts_rowid, case when d.audience = 'all' then d.title else '' end, case when d.audience = 'all' then d.body else '' end,
      case when d.audience = 'all' then '' else d.title || ' ' || d.body end
    from search_docs d join incident_fts_map m on m.doc_id = d.id where d.kind = 'incident'`.execute(db);
}
