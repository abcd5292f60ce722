import type {
  ActionAddresses,
  ActionStatus,
  IncidentSource,
  IncidentStatus,
  Milestone,
  RootCauseFixState,
  ServiceCriticality,
} from '@firebreak/shared';
import type { SeverityColor } from '../api/types.ts';

export const STATUS_LABEL: Record<IncidentStatus, string> = {
  triage: 'Triage',
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  closed: 'Closed',
  declined: 'Declined',
  duplicate: 'Duplicate',
};

/** What a transition button says: the step, not the state name alone. */
export const TRANSITION_LABEL: Record<IncidentStatus, string> = {
  triage: 'Back to triage',
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Mitigated · monitoring',
  resolved: 'Resolve',
  closed: 'Close',
  declined: 'Decline',
  duplicate: 'Mark duplicate',
};

export const STATUS_COLOR: Record<IncidentStatus, string> = {
  triage: 'gray',
  investigating: 'orange',
  identified: 'yellow',
  monitoring: 'blue',
  resolved: 'green',
  closed: 'gray',
  declined: 'gray',
  duplicate: 'gray',
};

/** Plain words for stakeholders: what the status means to them. */
export const STATUS_FOR_STAKEHOLDERS: Record<IncidentStatus, string> = {
  triage: 'We are looking into a report.',
  investigating: 'We are investigating the cause.',
  identified: 'We have found the cause and are working on a fix.',
  monitoring: 'A fix is in place and we are watching that it holds.',
  resolved: 'This is resolved.',
  closed: 'This is resolved and closed.',
  declined: 'This turned out not to be an incident.',
  duplicate: 'This is tracked in another incident.',
};

export const SEVERITY_MANTINE_COLOR: Record<SeverityColor, string> = {
  red: 'red',
  orange: 'orange',
  yellow: 'yellow',
  blue: 'blue',
  grey: 'gray',
  violet: 'violet',
  green: 'green',
};

export const MILESTONE_LABEL: Record<Milestone, string> = {
  impactStarted: 'Impact started',
  detected: 'Detected',
  declared: 'Declared',
  acknowledged: 'Acknowledged',
  identified: 'Identified',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const FIX_STATE_LABEL: Record<RootCauseFixState, string> = {
  unknown: 'Not decided',
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  waived: 'Waived',
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  wont_do: "Won't do",
};

export const ADDRESSES_LABEL: Record<ActionAddresses, string> = {
  symptom: 'Symptom',
  root_cause: 'Root cause',
  prevention: 'Prevention',
  process: 'Process',
};

/** "1 person", "3 people": a count with its noun, singular when it is one. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How an incident was reported, as the declare dialog and the ticket say it. */
export const SOURCE_LABEL: Record<IncidentSource, string> = {
  manual: 'Declared by hand',
  email: 'E-mail',
  chat: 'Chat',
  phone: 'Phone',
  alert: 'Alert',
  monitoring: 'Monitoring',
  api: 'API',
  other: 'Other',
};

export const CRITICALITY_COLOR: Record<ServiceCriticality, string> = { critical: 'red', high: 'orange', medium: 'blue', low: 'gray' };
