// The web app's names for the API's response types. The shapes are the zod response schemas in
// @firebreak/shared (views.ts), which the server declares on its routes and serialises with: this
// file only re-exports them (types only, so zod stays out of the bundle), nothing is written here.
export type {
  ActionView as Action,
  AttachmentView as Attachment,
  IncidentEvent,
  IncidentMailView as IncidentMail,
  IncidentSummary,
  IncidentView as Incident,
  IncidentWhy as Why,
  One,
  Page,
  RoleHolder,
  RoleTypeView as RoleType,
  ServiceBrief,
  ServiceView as Service,
  SeverityColor,
  SeverityCount,
  SeverityView as Severity,
  TeamView as Team,
  Ticket,
  TimelineEntryView as TimelineEntry,
  TokenView as Token,
  UserBrief,
  UserView as User,
} from '@firebreak/shared';
