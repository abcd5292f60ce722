import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * Escalation and paging (paging/, issue 13): escalation policies (ordered steps, each with its
 * targets and a delay before the next), the policy a service pages with, each person's contact
 * methods and paging rules ("after N minutes by this method"), pages (one escalation: from an
 * alert or a human, with a snapshot of the steps it follows) and every notification a page sent,
 * keyed so a step that runs twice (a retried job after `kill -9`) notifies nobody twice.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('escalation_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    // further rounds through every step after the last (0: once)
    .addColumn('repeat', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('escalation_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('escalation_policies.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('delay_minutes', 'integer', (c) => c.notNull())
    .addUniqueConstraint('escalation_steps_order', ['policy_id', 'position'])
    .execute();
  await db.schema
    .createTable('escalation_targets')
    .addColumn('step_id', 'text', (c) => c.notNull().references('escalation_steps.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // user | schedule | team; target_id is their id (not a foreign key: a deleted one shows as a warning)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('escalation_targets_pk', ['step_id', 'position'])
    .execute();
  await db.schema
    .alterTable('services')
    .addColumn('escalation_policy_id', 'text', (c) => c.references('escalation_policies.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('contact_methods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // email | webhook | slack | mattermost | teams
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // an e-mail address or an http(s) URL
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('last_test_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_methods_user').on('contact_methods').column('user_id').execute();
  await db.schema
    .createTable('paging_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_method_id', 'text', (c) => c.notNull().references('contact_methods.id').onDelete('cascade'))
    .addColumn('delay_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('paging_rules_once', ['contact_method_id', 'delay_minutes'])
    .execute();
  await db.schema.createIndex('paging_rules_user').on('paging_rules').column('user_id').execute();

  await db.schema
    .createTable('pages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.references('incidents.id').onDelete('cascade'))
    .addColumn('alert_id', 'text')
    .addColumn('service_id', 'text', (c) => c.references('services.id').onDelete('set null'))
    .addColumn('policy_id', 'text', (c) => c.references('escalation_policies.id').onDelete('set null'))
    // a human page's target: {kind, id} JSON; null for pages from alerts
    .addColumn('target', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    // alert | human
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // open | acknowledged | resolved
    .addColumn('status', 'text', (c) => c.notNull())
    // the steps this page follows, fixed when it starts (or is reassigned): {repeat, steps:[{delayMinutes, targets}]}
    .addColumn('plan', 'text', (c) => c.notNull())
    // bumped by reassign, so the old plan's step jobs and notifications are told apart
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('next_step_at', 'text')
    .addColumn('acked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('acked_at', 'text')
    // web | api | cli | link | email
    .addColumn('acked_via', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pages_status').on('pages').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('pages_incident').on('pages').column('incident_id').execute();
  await db.schema.createIndex('pages_alert').on('pages').column('alert_id').execute();

  await db.schema
    .createTable('page_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('page_id', 'text', (c) => c.notNull().references('pages.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('contact_method_id', 'text', (c) => c.references('contact_methods.id').onDelete('set null'))
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    // pending | sent | failed | held | summarized | cancelled | no_contact
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    // page:generation:round:step:user:rule — the same step run twice inserts nothing new
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('page_notifications_page').on('page_notifications').column('page_id').execute();
  await db.schema.createIndex('page_notifications_user').on('page_notifications').columns(['user_id', 'due_at']).execute();
  await db.schema.createIndex('page_notifications_method').on('page_notifications').columns(['contact_method_id', 'sent_at']).execute();
}
