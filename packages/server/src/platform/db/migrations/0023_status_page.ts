import type { Kysely } from 'kysely';
import type { Dialect } from '../index.ts';

/**
 * The public status page (issue 15): its settings (one row), the components customers see, the
 * incidents published there (public title, impact, component impacts, public updates), the history
 * of impacts as intervals (the 90-day uptime bars), and scheduled maintenances with their updates.
 * Nothing here is copied from an incident but what a responder chose to publish.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('status_page_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('page_id', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('organisation_name', 'text', (c) => c.notNull())
    .addColumn('logo_url', 'text')
    .addColumn('brand_color', 'text')
    .addColumn('support_url', 'text')
    .addColumn('support_contact', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('status_components')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('group_name', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('service_id', 'text', (c) => c.references('services.id'))
    .addColumn('manual_status', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('status_components_service').on('status_components').column('service_id').unique().execute();
  await db.schema.createIndex('status_components_name').on('status_components').column('name').unique().execute();
  await db.schema
    .createTable('status_incidents')
    .addColumn('incident_id', 'text', (c) => c.primaryKey().references('incidents.id'))
    .addColumn('public_title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('impact_override', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('monitoring_at', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  await db.schema.createIndex('status_incidents_resolved').on('status_incidents').columns(['resolved_at', 'published_at']).execute();
  await db.schema
    .createTable('status_incident_impacts')
    .addColumn('incident_id', 'text', (c) => c.notNull().references('status_incidents.incident_id'))
    .addColumn('component_id', 'text', (c) => c.notNull().references('status_components.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('status_incident_impacts_pk', ['incident_id', 'component_id'])
    .execute();
  await db.schema
    .createTable('status_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('incident_id', 'text', (c) => c.notNull().references('status_incidents.incident_id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('affected_components', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('timeline_entry_id', 'integer')
    .execute();
  await db.schema.createIndex('status_updates_incident').on('status_updates').columns(['incident_id', 'created_at']).execute();
  await db.schema
    .createTable('status_maintenances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scheduled_for', 'text', (c) => c.notNull())
    .addColumn('scheduled_until', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('auto_start', 'integer', (c) => c.notNull())
    .addColumn('auto_complete', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('status_maintenances_status').on('status_maintenances').columns(['status', 'scheduled_for']).execute();
  await db.schema
    .createTable('status_maintenance_components')
    .addColumn('maintenance_id', 'text', (c) => c.notNull().references('status_maintenances.id'))
    .addColumn('component_id', 'text', (c) => c.notNull().references('status_components.id'))
    .addPrimaryKeyConstraint('status_maintenance_components_pk', ['maintenance_id', 'component_id'])
    .execute();
  await db.schema
    .createTable('status_maintenance_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('maintenance_id', 'text', (c) => c.notNull().references('status_maintenances.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('status_maintenance_updates_maintenance')
    .on('status_maintenance_updates')
    .columns(['maintenance_id', 'created_at'])
    .execute();
  // What a component went through: one row per incident impact, maintenance or manual status while it
  // lasted (ended_at null: still going). The uptime bars are computed from these.
  await db.schema
    .createTable('status_impact_intervals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('status_components.id'))
    .addColumn('incident_id', 'text', (c) => c.references('status_incidents.incident_id'))
    .addColumn('maintenance_id', 'text', (c) => c.references('status_maintenances.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createIndex('status_impact_intervals_component')
    .on('status_impact_intervals')
    .columns(['component_id', 'started_at'])
    .execute();
  await db.schema.createIndex('status_impact_intervals_incident').on('status_impact_intervals').columns(['incident_id']).execute();
}
