// The API's JSON shapes, taken from the server's presenters at type-check time only (erased at
// runtime), so the CLI cannot drift from what the server sends. Relative paths: see offline.ts.
import type { presentAction } from '../../server/src/actions/present.ts';
import type { IncidentView, presentIncidentSummary } from '../../server/src/incidents/present.ts';
import type { TimelineEntryView } from '../../server/src/timeline/present.ts';
import type { presentUser } from '../../server/src/users/present.ts';

export type { IncidentView, TimelineEntryView };
export type IncidentSummary = ReturnType<typeof presentIncidentSummary>;
export type ActionView = ReturnType<typeof presentAction>;
export type UserView = ReturnType<typeof presentUser>;
