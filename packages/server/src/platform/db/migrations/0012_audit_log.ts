import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * The audit log: who did what to which thing, when and from where (audit/). Append-only: a trigger
 * refuses every UPDATE, and every DELETE except the retention job's, which may delete only rows
 * older than the cut-off it declared in its own transaction — on PostgreSQL through the
 * transaction-local setting `firebreak.audit_prune_before`, on SQLite (no session settings) through
 * a row in `audit_log_prune` that the job inserts and removes inside the same transaction.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer';
  await db.schema
    .createTable('audit_log')
    .addColumn('id', serial, (c) => c.primaryKey().$call((col) => (dialect === 'sqlite' ? col.autoIncrement() : col)))
    .addColumn('at', 'text', (c) => c.notNull())
    // No foreign key: the log outlives whatever it names, and keeps a snapshot of who it was.
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('target_label', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'at', 'id']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'at', 'id']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id', 'at', 'id']).execute();

  if (dialect === 'postgres') {
    await sql`
      create function audit_log_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.at < coalesce(current_setting('firebreak.audit_prune_before', true), '') then
            return old;
          end if;
        end if;
        raise exception 'audit_log is append-only (% refused)', tg_op using errcode = 'P0001';
      end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
  } else {
    await db.schema
      .createTable('audit_log_prune')
      .addColumn('before', 'text', (c) => c.notNull())
      .execute();
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only (UPDATE refused)'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      when not exists (select 1 from audit_log_prune where old.at < audit_log_prune.before)
      begin select raise(abort, 'audit_log is append-only (DELETE refused)'); end`.execute(db);
  }
}
