import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * SQLite only: the full-text index (`search_fts`, migration 0027) is brought up to date once per
 * group commit instead of once per row. FTS5 writes its pending terms to a new segment at every
 * savepoint, and group commit runs each transaction of a batch in its own savepoint, so a
 * trigger-fed FTS5 wrote one segment (and ran its merges) per new alert, incident or timeline entry:
 * most of the cost of opening an alert.
 *
 * `search_fts_state` (one row) says whether the writer is inside a batch (`deferring`), and which
 * `search_docs` ids existed when the batch began (`from_id`). While deferring, new documents are not
 * indexed by their trigger; the batch indexes every document past `from_id` in one statement just
 * before its COMMIT and clears `deferring` (platform/db/groupCommit.ts), so the index still commits
 * with the rows it describes and a committed state never has `deferring` set. Deleting or updating a
 * document already indexed acts at once, as before; one written in this batch is simply indexed (or
 * not) by the batch's flush with what it holds then. Writes outside a batch (migrations, tools,
 * autocommit statements) index at once, as before.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`create table search_fts_state (id integer primary key check (id = 1), deferring integer not null, from_id integer not null)`.execute(
    db,
  );
  await sql`insert into search_fts_state (id, deferring, from_id) values (1, 0, 0)`.execute(db);
  await sql`drop trigger search_fts_ins`.execute(db);
  await sql`drop trigger search_fts_del`.execute(db);
  await sql`drop trigger search_fts_upd`.execute(db);
  // Indexed already: not deferring, or a document that existed before the batch began.
  const indexed = (id: string) => sql.raw(`(select deferring = 0 or ${id} <= from_id from search_fts_state)`);
  await sql`create trigger search_fts_ins after insert on search_docs when (select deferring = 0 from search_fts_state) begin
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
  await sql`create trigger search_fts_del after delete on search_docs when ${indexed('old.id')} begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body); end`.execute(db);
  await sql`create trigger search_fts_upd after update on search_docs when ${indexed('old.id')} begin
      insert into search_fts (search_fts, rowid, title, body) values ('delete', old.id, old.title, old.body);
      insert into search_fts (rowid, title, body) values (new.id, new.title, new.body); end`.execute(db);
}
