import type { ColumnType, Generated } from 'kysely';

/** Row types of every table, as stored (timestamps are ISO-8601 UTC text, flags are 0/1). */
export type UsersTable = {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
};
export type OidcLoginsTable = {
  id_hash: string;
  state: string;
  nonce: string;
  code_verifier: string;
  return_to: string;
  created_at: string;
  expires_at: string;
};
export type UserIdentitiesTable = { issuer: string; subject: string; user_id: string; created_at: string };
export type SessionsTable = {
  /** The hash of the cookie secret. */
  id_hash: string;
  /** The opaque public id (API, revocation); never the secret. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
  client_address: string | null;
};
export type ApiTokensTable = {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  /** read | ingest | responder | admin */
  scope: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
};
export type SetupLinksTable = { token_hash: string; user_id: string; created_at: string; expires_at: string; used_at: string | null };
export type TeamsTable = { id: string; name: string; description: string; created_at: string };
export type TeamMembersTable = { team_id: string; user_id: string };
export type ServicesTable = {
  id: string;
  name: string;
  description: string;
  owner_team_id: string | null;
  criticality: string;
  runbook_url: string | null;
  created_at: string;
  updated_at: string;
  /** The escalation policy its alerts page with (paging/, migration 0026). */
  escalation_policy_id: ColumnType<string | null, string | null | undefined, string | null>;
};
export type SeveritiesTable = {
  id: string;
  rank: number;
  name: string;
  description: string;
  color: string;
  update_cadence_minutes: number | null;
  retrospective_required: number;
  archived: Generated<number>;
  /** 1 on the severity the declare dialog starts at (an admin setting; at most one). */
  is_default: Generated<number>;
};
export type RoleTypesTable = { key: string; name: string; description: string; rank: number; archived: Generated<number> };
export type CountersTable = { name: string; value: number };
export type IncidentsTable = {
  id: string;
  number: number;
  title: string;
  summary: string;
  status: string;
  severity_id: string;
  private: number;
  source: string;
  original_request: string;
  reporter_id: string | null;
  reporter_name: string | null;
  created_by: string | null;
  symptoms: string;
  scope_customers: string;
  scope_regions: string;
  scope_user_share: number | null;
  customer_impact: string;
  root_causes: string;
  fixes_for_symptoms: string;
  root_cause_fix_state: string;
  root_cause_fix_description: string;
  root_cause_fix_reason: string | null;
  prevention: string;
  duplicate_of_id: string | null;
  created_at: string;
  updated_at: string;
  impact_started_at: string | null;
  detected_at: string | null;
  declared_at: string;
  acknowledged_at: string | null;
  identified_at: string | null;
  mitigated_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  last_update_at: string | null;
};
export type IncidentServicesTable = { incident_id: string; service_id: string };
export type IncidentRolesTable = { incident_id: string; role_key: string; user_id: string; assigned_at: string };
export type IncidentMembersTable = { incident_id: string; user_id: string; kind: string; added_at: string };
export type TimelineEntriesTable = {
  id: Generated<number>;
  incident_id: string;
  kind: string;
  actor_id: string | null;
  body: string | null;
  data: string;
  visibility: string;
  occurred_at: string;
  recorded_at: string;
  pinned: number;
};
export type WhysTable = {
  id: string;
  incident_id: string;
  question: string;
  answer: string | null;
  asked_by: string | null;
  answered_by: string | null;
  created_at: string;
  answered_at: string | null;
  /** The retrospective why this question became (carried into its five whys); null while only on the ticket. */
  retro_why_id: Generated<string | null>;
};
export type ActionsTable = {
  id: string;
  incident_id: string;
  kind: string;
  title: string;
  description: string;
  owner_id: string | null;
  due_at: string | null;
  priority: string;
  status: string;
  status_reason: string | null;
  addresses: string;
  horizon: string;
  external_url: string | null;
  draft: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
};

// ---- follow-ups in teams' trackers (trackers/) ----
export type TrackerConnectionsTable = {
  id: string;
  team_id: string;
  kind: string;
  /** JSON: the non-secret fields (owner/repo, base URL, project…). */
  settings: string;
  token_sealed: string;
  token_last4: string;
  webhook_secret_sealed: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  disconnected_at: string | null;
};
export type TrackerLinksTable = {
  action_id: string;
  connection_id: string;
  /** pending | created | failed */
  state: string;
  /** 1: a private incident's follow-up, pushed with its title and a link only. */
  minimal: number;
  external_id: string | null;
  external_key: string | null;
  external_url: string | null;
  /** open | closed, as the tracker last said */
  external_status: string | null;
  last_error: string | null;
  requested_by: string | null;
  requested_at: string;
  synced_at: string | null;
};

// ---- chat-ops (chatops/) ----
export type ChatConnectionsTable = {
  id: string;
  platform: string;
  name: string;
  external_team_id: string | null;
  /** ChatSettings as JSON */
  settings: string;
  api_base_url: string | null;
  /** seal(JSON of the secrets, `${id}:secrets`) */
  secrets_sealed: string;
  /** JSON array of the secret names stored */
  secret_names: string;
  /** JSON {ok, message, at} of the last "test the connection" */
  last_test: string | null;
  /** JSON ChatCapabilities, as the adapter said when saved or tested */
  capabilities: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
};
export type ChatIncidentChannelsTable = {
  connection_id: string;
  incident_id: string;
  channel_id: string;
  channel_name: string;
  mirror: number;
  /** JSON array of Firebreak user ids invited so far */
  invited: string;
  topic: string | null;
  created_at: string;
  archived_at: string | null;
};
export type ChatReplayKeysTable = { connection_id: string; key: string; seen_at: string };
export type ChatMessageMarksTable = {
  connection_id: string;
  channel_id: string;
  message_id: string;
  kind: string;
  incident_id: string;
  entry_id: number | null;
  created_at: string;
};
export type ChatOutboxTable = {
  id: Generated<number>;
  connection_id: string;
  /** The stream: an incident's calls, or (incident null) a handover's (migration 0034). */
  incident_id: string | null;
  handover_id: ColumnType<string | null, string | null | undefined, string | null>;
  op: string;
  payload: string;
  dedupe_key: string | null;
  state: string;
  attempts: number;
  next_attempt_at: string | null;
  lease_until: string | null;
  last_error: string | null;
  result: string | null;
  created_at: string;
  done_at: string | null;
};

/** Where a team's on-call handovers are posted, per connection (migration 0034). */
export type ChatTeamChannelsTable = {
  team_id: string;
  connection_id: string;
  channel_id: string;
  set_by: string | null;
  updated_at: string;
};

// ---- similar and recurring incidents (learning/) ----
/** Precomputed sentence embeddings of the language review, keyed by a hash only (language/precompute.ts, migration 0045). */
export type ReviewVectorsTable = {
  /** Base64url SHA-256 of the encoder's id and the masked sentence. */
  key: string;
  /** Base64 of the float32 embedding. */
  vector: string;
  used_at: string;
};
export type IncidentVectorsTable = {
  incident_id: string;
  /** JSON: stemmed term → weighted count over the incident's text. */
  terms: string;
  /** Base64 of the float32 sentence embedding; null when the encoder is off. */
  embedding: string | null;
  /** Hash of the text the vectors came from (unchanged text is not recomputed). */
  source_hash: string;
  /** The recurring group (its earliest incident's id); null when the incident recurs with nothing. */
  group_id: string | null;
  computed_at: string;
  /** The `learning.revision` of the write that last changed this row (processes reload only newer rows). */
  revision: Generated<number>;
};

/** Incidents whose text changed after their vectors were computed (learning/ brings them up to date). */
export type LearningPendingTable = {
  incident_id: string;
  since: string;
};

// ---- retrospectives (retros/) ----
export type RetroTemplatesTable = {
  id: string;
  name: string;
  description: string;
  builtin: number;
  is_default: number;
  sections: string;
  archived: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
  /** 1: retrospectives drafted from it go through review before publishing. */
  review_required: Generated<number>;
};
export type RetrosTable = {
  id: string;
  incident_id: string;
  template_id: string;
  template_name: string;
  status: string;
  revision: number;
  required: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  first_published_at: string | null;
  depth_decision: string | null;
  depth_reason: string | null;
  depth_decided_by: string | null;
  depth_decided_at: string | null;
  meeting_starts_at: string | null;
  meeting_duration_minutes: number | null;
  meeting_location: string | null;
  meeting_attendees: string | null;
  meeting_sequence: number;
  meeting_notes: string;
  meeting_notes_revision: number;
  share_token_hash: string | null;
  share_created_at: string | null;
  share_created_by: string | null;
  share_allows_private: number;
  /** Copied from its template when drafted: 1 means no publishing straight from a draft. */
  review_required: Generated<number>;
};
export type RetroSectionsTable = {
  id: string;
  retro_id: string;
  key: string;
  position: number;
  title: string;
  kind: string;
  prompt: string;
  body: string;
  items: string | null;
  revision: number;
  updated_by: string | null;
  updated_at: string;
  logged_by: string | null;
  logged_at: string | null;
};
export type RetroRevisionsTable = {
  retro_id: string;
  revision: number;
  published_at: string;
  published_by: string | null;
  snapshot: string;
};
export type RetroWhysTable = {
  id: string;
  retro_id: string;
  parent_id: string | null;
  position: number;
  text: string;
  ending: string | null;
  action_id: string | null;
  accepted_reason: string | null;
  revision: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** 1: carried over from the ticket's whys and not yet reworded or kept by a person (stakeholders do not see it). */
  internal: Generated<number>;
};
export type RetroAnswersTable = {
  id: string;
  retro_id: string;
  author_key: string;
  user_id: string | null;
  anonymous: number;
  what_happened: string;
  surprised: string;
  stuck: string;
  would_have_helped: string;
  updated_on: string;
};
/** What happened to a retrospective, in order (retros/history.ts); the incident timeline keeps only its milestones. */
export type RetroHistoryTable = {
  id: Generated<number>;
  retro_id: string;
  kind: string;
  actor_id: string | null;
  body: string | null;
  data: string;
  at: string;
};
export type RetroFollowUpsTable = { retro_id: string; action_id: string; created_at: string };
export type ChatMessageKeysTable = { incident_id: string; key: string; entry_id: number };
export type JobsTable = {
  id: string;
  kind: string;
  payload: string;
  state: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  idempotency_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
};

/** Failed sign-ins per hashed key (account or client address) in a fixed window; see 0009_signin_throttle. */
export type SigninThrottleTable = {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
  updated_at: string;
};
/** One audited action (audit/): append-only, see migration 0012. */
export type AuditLogTable = {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  /** E-mail (or "anonymous", a token's name…) as it was when the action happened. */
  actor_label: string;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string;
  target_label: string | null;
  /** JSON object; never secrets. */
  details: string;
  ip: string | null;
  user_agent: string | null;
};
export type AuditLogPruneTable = { before: string };

export type WebhookDestinationsTable = {
  id: string;
  name: string;
  kind: string;
  url: string;
  signing_secret: string | null;
  audience: string;
  /** JSON list of timeline kinds. */
  events: string;
  /** JSON list of service ids; empty: all. */
  service_ids: string;
  min_severity_rank: number | null;
  enabled: number;
  disabled_reason: string | null;
  disabled_at: string | null;
  dead_in_a_row: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};
export type WebhookBatchesTable = { incident_id: string; first_id: number; last_id: number };
export type WebhookStreamsTable = { destination_id: string; stream: string; next_seq: number; scheduled: number };
export type WebhookDeliveriesTable = {
  id: string;
  destination_id: string;
  stream: string;
  seq: number;
  incident_id: string | null;
  entry_id: number | null;
  event: string;
  body: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  last_status: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: string;
  finished_at: string | null;
};
export type WebhookAttemptsTable = {
  id: Generated<number>;
  delivery_id: string;
  attempt: number;
  started_at: string;
  duration_ms: number;
  status: number | null;
  error: string | null;
  response_body: string | null;
};

export type NotificationSubscriptionsTable = { user_id: string; target: string; target_id: string; created_at: string };
export type ServiceStakeholdersTable = { id: string; service_id: string; email: string; added_by: string | null; created_at: string };
export type NotificationSettingsTable = {
  user_id: string;
  channels: string;
  quiet_start: string | null;
  quiet_end: string | null;
  time_zone: string;
  updated_at: string;
};
export type NotificationsTable = {
  id: Generated<number>;
  user_id: string;
  incident_id: string;
  /** The timeline entry it is about; null for reminders, which have a notice_key instead. */
  entry_id: number | null;
  kind: string;
  title: string;
  body: string | null;
  created_at: string;
  read_at: string | null;
  notice_key: string | null;
  /** The list's order: the entry id, or for a reminder the newest entry id when it was sent. */
  seq: number;
};
export type NotificationNoticesTable = {
  key: string;
  kind: string;
  incident_id: string;
  subject_id: string;
  due_at: string;
  stage: string;
  user_id: string | null;
  at: string;
};
export type CommsSettingsTable = { key: string; value: string; updated_by: string | null; updated_at: string };
export type NotificationMailItemsTable = {
  id: Generated<number>;
  recipient: string;
  user_id: string | null;
  incident_id: string;
  entry_id: number;
  kind: string;
  line: string;
  detail: string | null;
  stakeholder_only: number;
  not_before: string;
  created_at: string;
  sent_at: string | null;
};
export type MailUnsubscribesTable = { email: string; at: string };
/** A status page subscriber: an e-mail address (double opt-in) or a webhook URL; see 0024_status_subscribers. */
export type StatusSubscribersTable = {
  id: string;
  kind: 'email' | 'webhook';
  address: string;
  /** JSON array of component ids; null: every component. */
  component_ids: string | null;
  confirmed_at: string | null;
  confirmation_sent_at: string | null;
  created_at: string;
  updated_at: string;
  /** Webhooks: deliveries given up in a row; turned off (disabled_at, disabled_reason) after a few. */
  dead_in_a_row: Generated<number>;
  disabled_at: Generated<string | null>;
  disabled_reason: Generated<string | null>;
};
/** Subscribe requests per hashed key in a fixed window (status page abuse protection). */
export type StatusSubscribeThrottleTable = { key: string; count: number; window_start: string; updated_at: string };
export type IntegrationsTable = {
  id: string;
  name: string;
  format: string;
  service_id: string | null;
  key_hash: string;
  previous_key_hash: string | null;
  previous_key_expires_at: string | null;
  signing_secret: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  rate_limit_per_minute: number | null;
};
export type AlertsTable = {
  id: string;
  integration_id: string;
  service_id: string | null;
  scope: string;
  dedup_key: string;
  status: string;
  title: string;
  description: string;
  source: string;
  severity: string;
  count: number;
  details: string;
  incident_id: string | null;
  first_seen_at: string;
  last_seen_at: string;
  acknowledged_at: string | null;
  resolved_at: string | null;
  /** The Firebreak severity a routing rule chose (null: mapped from `severity` when declaring). */
  severity_id: string | null;
  /** The maintenance window the alert arrived in (status `suppressed`). */
  maintenance_window_id: string | null;
};
export type MaintenanceWindowsTable = {
  id: string;
  service_id: string | null;
  /** JSON object of field → value, all equal. */
  match: string;
  starts_at: string;
  ends_at: string;
  ended_early_at: string | null;
  reason: string;
  created_by: string | null;
  created_at: string;
};
export type HeartbeatsTable = {
  id: string;
  name: string;
  period_seconds: number;
  grace_seconds: number;
  severity: string;
  service_id: string | null;
  integration_id: string | null;
  key_hash: string;
  last_ping_at: string | null;
  /** last check-in + period + grace: past it, the heartbeat is down. Null until the first check-in. */
  due_at: string | null;
  down_at: string | null;
  paused_at: string | null;
  /** When the job sent `/start` and has not finished since (a check-in or failure report clears it). */
  started_at: string | null;
  /** How long the last run that sent `/start` took. */
  last_run_ms: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};
export type AlertRulesTable = {
  id: string;
  position: number;
  name: string;
  enabled: number;
  integration_id: string | null;
  conditions: string;
  service_id: string | null;
  severity_id: string | null;
  drop_event: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};
export type AlertRoutingSettingsTable = {
  id: string;
  join_window_minutes: number;
  auto_declare: number;
  auto_declare_severity_id: string | null;
  auto_declare_criticalities: string;
  updated_by: string | null;
  updated_at: string;
};
export type AlertEventsTable = { id: Generated<number>; alert_id: string; action: string; received_at: string; payload: string };
export type ChangeEventsTable = {
  id: Generated<number>;
  integration_id: string;
  service_id: string | null;
  summary: string;
  source: string | null;
  occurred_at: string;
  received_at: string;
  payload: string;
};
export type OpsgenieRequestsTable = {
  request_id: string;
  integration_id: string;
  action: string;
  alert_id: string | null;
  alias: string | null;
  processed_at: string;
};
export type IncidentAttachmentsTable = {
  id: string;
  incident_id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content_base64: string;
  from_address: string;
  created_at: string;
};
/** Searchable texts, kept by triggers on their owners' tables (migration 0027, search/). */
export type SearchDocsTable = {
  id: Generated<number>;
  source: string;
  kind: string;
  source_id: string;
  incident_id: string | null;
  parent_id: string | null;
  service_id: string | null;
  audience: string;
  label: string;
  title: string;
  body: string;
  at: string;
};
/** What a search reads of an incident, one row per incident kept by triggers (migration 0044). */
export type SearchIncidentFieldsTable = {
  incident_id: string;
  private: number;
  status: string;
  severity_id: string | null;
  /** Service ids, comma-separated; null when none. */
  services: string | null;
  /** 0 no retrospective, 1 one not yet published, 2 one published at least once. */
  retro: Generated<number>;
};
export type MailReceivedTable = { message_id: string; outcome: string; received_at: string };

// ---- the public status page (status/) ----
export type StatusPageSettingsTable = {
  id: string;
  page_id: string;
  enabled: number;
  organisation_name: string;
  logo_url: string | null;
  brand_color: string | null;
  support_url: string | null;
  support_contact: string | null;
  updated_by: string | null;
  updated_at: string;
};
export type StatusComponentsTable = {
  id: string;
  name: string;
  description: string | null;
  group_name: string | null;
  position: number;
  service_id: string | null;
  manual_status: string | null;
  created_at: string;
  updated_at: string;
};
export type StatusIncidentsTable = {
  incident_id: string;
  public_title: string;
  status: string;
  impact: string;
  impact_override: string | null;
  published_at: string;
  published_by: string | null;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
};
/** The customer-facing summary of a published incident's retrospective (published_at null: not public). */
export type StatusIncidentSummariesTable = {
  incident_id: string;
  body: string;
  published_at: string | null;
  first_published_at: string | null;
  retro_id: string | null;
  retro_revision: number | null;
  updated_at: string;
  updated_by: string | null;
};
export type StatusIncidentImpactsTable = { incident_id: string; component_id: string; status: string };
export type StatusUpdatesTable = {
  id: string;
  incident_id: string;
  status: string;
  body: string;
  affected_components: string;
  created_at: string;
  created_by: string | null;
  timeline_entry_id: number | null;
};
export type StatusMaintenancesTable = {
  id: string;
  title: string;
  body: string;
  status: string;
  scheduled_for: string;
  scheduled_until: string;
  started_at: string | null;
  completed_at: string | null;
  auto_start: number;
  auto_complete: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
};
export type StatusMaintenanceComponentsTable = { maintenance_id: string; component_id: string };
export type StatusMaintenanceUpdatesTable = {
  id: string;
  maintenance_id: string;
  status: string;
  body: string;
  created_at: string;
  created_by: string | null;
};
export type StatusImpactIntervalsTable = {
  id: string;
  component_id: string;
  incident_id: string | null;
  maintenance_id: string | null;
  status: string;
  started_at: string;
  ended_at: string | null;
};

export type OncallSchedulesTable = {
  id: string;
  name: string;
  description: string;
  team_id: string | null;
  time_zone: string;
  /** JSON: the engine's LayerSchema[], lowest first. */
  layers: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** How far the handover job has looked for shift changes. */
  handovers_through: string;
};
export type OncallOverridesTable = {
  id: string;
  schedule_id: string;
  user_id: string;
  replaces_user_id: string | null;
  start_at: string;
  end_at: string;
  note: string;
  created_by: string | null;
  created_at: string;
};
export type OncallFeedsTable = {
  id: string;
  /** schedule:<id> | user:<id> */
  scope: string;
  schedule_id: string | null;
  user_id: string | null;
  token_hash: string;
  created_by: string | null;
  created_at: string;
};
export type OncallHandoversTable = {
  id: string;
  schedule_id: string;
  changed_at: string;
  shift_start: string;
  outgoing_user_id: string | null;
  incoming_user_id: string | null;
  /** JSON: HandoverSummary */
  summary: string;
  notes: string;
  created_at: string;
  updated_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
};
export type EscalationPoliciesTable = {
  id: string;
  name: string;
  description: string;
  repeat: number;
  created_at: string;
  updated_at: string;
};
export type EscalationStepsTable = { id: string; policy_id: string; position: number; delay_minutes: number };
export type EscalationTargetsTable = { step_id: string; position: number; kind: string; target_id: string };
export type ContactMethodsTable = {
  id: string;
  user_id: string;
  kind: string;
  label: string;
  address: string;
  enabled: number;
  last_test_at: string | null;
  created_at: string;
};
export type PagingRulesTable = { id: string; user_id: string; contact_method_id: string; delay_minutes: number; created_at: string };
export type PagesTable = {
  id: string;
  incident_id: string | null;
  alert_id: string | null;
  service_id: string | null;
  policy_id: string | null;
  target: string | null;
  title: string;
  message: string | null;
  source: string;
  created_by: string | null;
  status: string;
  plan: string;
  generation: number;
  step: number;
  round: number;
  next_step_at: string | null;
  acked_by: string | null;
  acked_at: string | null;
  acked_via: string | null;
  ended_at: string | null;
  end_reason: string | null;
  created_at: string;
};
export type PageNotificationsTable = {
  id: string;
  page_id: string;
  user_id: string;
  contact_method_id: string | null;
  generation: number;
  round: number;
  step: number;
  status: string;
  due_at: string;
  sent_at: string | null;
  error: string | null;
  dedupe_key: string;
  created_at: string;
};
export type DB = {
  escalation_policies: EscalationPoliciesTable;
  escalation_steps: EscalationStepsTable;
  escalation_targets: EscalationTargetsTable;
  contact_methods: ContactMethodsTable;
  paging_rules: PagingRulesTable;
  pages: PagesTable;
  page_notifications: PageNotificationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  oidc_logins: OidcLoginsTable;
  user_identities: UserIdentitiesTable;
  api_tokens: ApiTokensTable;
  setup_links: SetupLinksTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  services: ServicesTable;
  severities: SeveritiesTable;
  role_types: RoleTypesTable;
  counters: CountersTable;
  incidents: IncidentsTable;
  incident_services: IncidentServicesTable;
  incident_roles: IncidentRolesTable;
  incident_members: IncidentMembersTable;
  timeline_entries: TimelineEntriesTable;
  whys: WhysTable;
  actions: ActionsTable;
  retro_templates: RetroTemplatesTable;
  retros: RetrosTable;
  retro_sections: RetroSectionsTable;
  retro_revisions: RetroRevisionsTable;
  retro_whys: RetroWhysTable;
  retro_answers: RetroAnswersTable;
  retro_follow_ups: RetroFollowUpsTable;
  retro_history: RetroHistoryTable;
  chat_message_keys: ChatMessageKeysTable;
  jobs: JobsTable;
  signin_throttle: SigninThrottleTable;
  audit_log: AuditLogTable;
  /** SQLite only: the retention job's cut-off while it prunes (see migration 0012). */
  audit_log_prune: AuditLogPruneTable;
  notification_subscriptions: NotificationSubscriptionsTable;
  service_stakeholders: ServiceStakeholdersTable;
  notification_settings: NotificationSettingsTable;
  notifications: NotificationsTable;
  notification_mail_items: NotificationMailItemsTable;
  mail_unsubscribes: MailUnsubscribesTable;
  notification_notices: NotificationNoticesTable;
  comms_settings: CommsSettingsTable;
  integrations: IntegrationsTable;
  alerts: AlertsTable;
  alert_events: AlertEventsTable;
  change_events: ChangeEventsTable;
  opsgenie_requests: OpsgenieRequestsTable;
  maintenance_windows: MaintenanceWindowsTable;
  heartbeats: HeartbeatsTable;
  incident_attachments: IncidentAttachmentsTable;
  mail_received: MailReceivedTable;
  alert_rules: AlertRulesTable;
  alert_routing_settings: AlertRoutingSettingsTable;
  webhook_destinations: WebhookDestinationsTable;
  webhook_streams: WebhookStreamsTable;
  webhook_batches: WebhookBatchesTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  tracker_connections: TrackerConnectionsTable;
  tracker_links: TrackerLinksTable;
  status_page_settings: StatusPageSettingsTable;
  status_components: StatusComponentsTable;
  status_incidents: StatusIncidentsTable;
  status_incident_impacts: StatusIncidentImpactsTable;
  status_incident_summaries: StatusIncidentSummariesTable;
  status_updates: StatusUpdatesTable;
  status_maintenances: StatusMaintenancesTable;
  status_maintenance_components: StatusMaintenanceComponentsTable;
  status_maintenance_updates: StatusMaintenanceUpdatesTable;
  status_impact_intervals: StatusImpactIntervalsTable;
  oncall_schedules: OncallSchedulesTable;
  oncall_overrides: OncallOverridesTable;
  oncall_feeds: OncallFeedsTable;
  oncall_handovers: OncallHandoversTable;
  incident_vectors: IncidentVectorsTable;
  review_vectors: ReviewVectorsTable;
  learning_pending: LearningPendingTable;
  search_docs: SearchDocsTable;
  search_incident_fields: SearchIncidentFieldsTable;
  status_subscribers: StatusSubscribersTable;
  status_subscribe_throttle: StatusSubscribeThrottleTable;
  chat_connections: ChatConnectionsTable;
  chat_incident_channels: ChatIncidentChannelsTable;
  chat_replay_keys: ChatReplayKeysTable;
  chat_message_marks: ChatMessageMarksTable;
  chat_outbox: ChatOutboxTable;
  chat_team_channels: ChatTeamChannelsTable;
};
