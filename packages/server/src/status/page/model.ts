/**
 * What the public page shows, as the renderers and feeds read it: built from the status slice's
 * cached public snapshot (`fromSnapshot.ts`), which holds only what responders chose to publish.
 */
export type ComponentStatus = 'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';
export type Indicator = 'none' | 'minor' | 'major' | 'critical' | 'maintenance';

export type DayModel = { date: string; status: ComponentStatus; note: string | null };
export type ComponentModel = {
  id: string;
  name: string;
  description: string | null;
  status: ComponentStatus;
  /** Percent over the days shown, or null when not known. */
  uptime: number | null;
  days: DayModel[];
};
export type GroupModel = { id: string | null; name: string | null; description: string | null; components: ComponentModel[] };
export type UpdateModel = { id: string; status: string; body: string; at: string };
export type IncidentModel = {
  kind: 'incident' | 'maintenance';
  id: string;
  title: string;
  status: string;
  impact: string;
  createdAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  components: { id: string; name: string }[];
  /** Newest first. */
  updates: UpdateModel[];
  /** The customer-facing summary of the retrospective, when published for the public (limited markdown). */
  summary: { body: string; publishedAt: string; updatedAt: string } | null;
  /** Maintenance only: what the work is, and when. */
  body?: string | null;
  scheduledFor?: string | null;
  scheduledUntil?: string | null;
};
export type PageModel = {
  name: string;
  logoUrl: string | null;
  brandColor: string | null;
  indicator: Indicator;
  description: string;
  groups: GroupModel[];
  incidents: IncidentModel[];
  maintenances: IncidentModel[];
  /** Resolved incidents and completed maintenance, newest first (history and feeds). */
  history: IncidentModel[];
  updatedAt: string;
};

export const allComponents = (m: PageModel): ComponentModel[] => m.groups.flatMap((g) => g.components);
