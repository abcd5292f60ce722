import type {
  ActionAddresses,
  ActionHorizon,
  ActionKind,
  ActionPriority,
  ActionStatus,
  IncidentStatus,
  Milestone,
  RootCauseFixState,
  ServiceCriticality,
  TimelineKind,
  UserRole,
} from '@firebreak/shared';

// Response shapes of the API, mirroring packages/server/src/*/present.ts (requests use the shared zod schemas).

export type Page<T> = { data: T[]; nextCursor: string | null };
export type One<T> = { data: T };

export type SeverityColor = 'red' | 'orange' | 'yellow' | 'blue' | 'grey' | 'violet' | 'green';
export type Severity = {
  id: string;
  rank: number;
  name: string;
  description: string;
  color: SeverityColor;
  updateCadenceMinutes: number | null;
  retrospectiveRequired: boolean;
};
export type RoleType = { key: string; name: string; description: string; rank: number };
export type UserBrief = { id: string; name: string; email: string };
export type RoleHolder = { role: string; roleName: string; user: UserBrief; assignedAt: string };
export type ServiceBrief = { id: string; name: string; criticality: ServiceCriticality };

export type IncidentSummary = {
  id: string;
  ref: string;
  number: number;
  title: string;
  status: IncidentStatus;
  severity: Severity | null;
  private: boolean;
  services: ServiceBrief[];
  roles: RoleHolder[];
  critical: boolean;
  milestones: Record<Milestone, string | null>;
  stakeholderUpdates: { cadenceMinutes: number | null; lastAt: string | null; nextDueAt: string | null };
  createdAt: string;
  updatedAt: string;
  abilities: { update: boolean };
};

export type Why = {
  id: string;
  question: string;
  answer: string | null;
  askedBy: string | null;
  answeredBy: string | null;
  createdAt: string;
  answeredAt: string | null;
};

export type Ticket = {
  symptoms: string;
  scope: { customers: string; regions: string; userShare: number | null };
  customerImpact: string;
  rootCauses: string;
  fixesForSymptoms: string;
  rootCauseFix: { state: RootCauseFixState; description: string; reason: string | null };
  prevention: string;
  whys: Why[];
  openWhys: number;
};

export type Incident = Omit<IncidentSummary, 'abilities'> & {
  summary: string;
  source: string;
  originalRequest: string;
  reporter: string | null;
  reporterId: string | null;
  duplicateOf: string | null;
  ticket: Ticket;
  members: { user: UserBrief; kind: 'participant' | 'watcher'; addedAt: string }[];
  allowedTransitions: IncidentStatus[];
  closingBlockers: string[];
  abilities: {
    update: boolean;
    changeStatus: boolean;
    close: boolean;
    assignRoles: boolean;
    comment: boolean;
    postUpdate: boolean;
    addActions: boolean;
  };
};

export type TimelineEntry = {
  id: number;
  kind: TimelineKind;
  actor: { id: string; name: string } | null;
  body: string | null;
  data: Record<string, unknown>;
  visibility: 'internal' | 'stakeholders';
  occurredAt: string;
  recordedAt: string;
  pinned: boolean;
};

export type Action = {
  id: string;
  incidentRef: string;
  kind: ActionKind;
  title: string;
  description: string;
  owner: UserBrief | null;
  dueAt: string | null;
  overdue: boolean;
  priority: ActionPriority;
  status: ActionStatus;
  statusReason: string | null;
  addresses: ActionAddresses;
  horizon: ActionHorizon;
  externalUrl: string | null;
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  completedAt: string | null;
  abilities: { update: boolean };
};

export type Service = {
  id: string;
  name: string;
  description: string;
  ownerTeam: { id: string; name: string | null } | null;
  criticality: ServiceCriticality;
  critical: boolean;
  runbookUrl: string | null;
  createdAt: string;
  updatedAt: string;
};

export type Team = { id: string; name: string; description: string; createdAt: string; members: UserBrief[] };

export type User = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  hasPassword: boolean;
  createdAt: string;
  abilities: { update: boolean; changeRole: boolean };
};

export type Token = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revoked: boolean;
  active: boolean;
};

export type SeverityCount = { severity: Severity; active: number };

/** What /api/v1/events sends as event "incident". */
export type IncidentEvent = { ref: string; kind: TimelineKind; entry: TimelineEntry };
