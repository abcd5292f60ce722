import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The declare form on Mattermost: an interactive dialog
 * (https://developers.mattermost.com/integrate/plugins/interactive-dialogs/) opened by
 * `/incident declare [title]` with `POST /api/v4/actions/dialogs/open` and the command's
 * `trigger_id`; Mattermost posts the submission to `/api/v1/chat/mattermost/dialog`. Fields as
 * Slack's modal: title, severity, service, private, what was reported. Mattermost selects pick one
 * value, so the form has one "Service affected"; more are added in Firebreak.
 *
 * Mattermost does not sign submissions, so the dialog's `state` carries who opened it where
 * (connection, channel, user), when, and an HMAC over them under the connection's `actionSecret`;
 * the route checks it and that the submitter is the person who opened the form, within an hour.
 */

export const DECLARE_DIALOG = 'firebreak_declare';
export const DIALOG_PATH = '/api/v1/chat/mattermost/dialog';
/** How long an opened form may be submitted. */
export const DIALOG_TTL_MS = 60 * 60 * 1000;

// Mattermost's limits on dialogs (server-side validation).
const TITLE_MAX = 150;
const REPORT_MAX = 3000;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

type Option = { id: string; name: string };

/** What the dialog's `state` holds: who opened the form where and when, signed. */
export type DialogState = { connection: string; channel: string; user: string; at: number; sig: string };

const stateSignature = (secret: string, s: Omit<DialogState, 'sig'>) =>
  createHmac('sha256', secret).update(`dialog\n${s.connection}\n${s.channel}\n${s.user}\n${s.at}`).digest('hex');

export function signDialogState(secret: string, s: Omit<DialogState, 'sig'>): string {
  return JSON.stringify({ ...s, sig: stateSignature(secret, s) });
}

/** The state as sent, or null when it is not one Firebreak made. */
export function readDialogState(state: string): DialogState | null {
  try {
    const s = JSON.parse(state) as Partial<DialogState>;
    if (
      typeof s.connection === 'string' &&
      typeof s.channel === 'string' &&
      typeof s.user === 'string' &&
      typeof s.at === 'number' &&
      typeof s.sig === 'string'
    )
      return s as DialogState;
  } catch {
    // not JSON: not ours
  }
  return null;
}

/** Whether the state was signed with this secret (constant time). */
export function dialogStateMatches(secret: string, s: DialogState): boolean {
  if (!/^[0-9a-f]{64}$/.test(s.sig)) return false;
  return timingSafeEqual(Buffer.from(stateSignature(secret, s), 'hex'), Buffer.from(s.sig, 'hex'));
}

export function declareDialog(opts: { severities: Option[]; services: Option[] }, title: string, state: string) {
  const option = (o: Option) => ({ text: cut(o.name, 150), value: o.id });
  const elements: Record<string, unknown>[] = [
    {
      display_name: 'Title',
      name: 'title',
      type: 'text',
      max_length: TITLE_MAX,
      placeholder: 'What is broken, for whom',
      ...(title.trim() ? { default: cut(title.trim(), TITLE_MAX) } : {}),
    },
  ];
  const severities = opts.severities.slice(0, 100);
  if (severities.length)
    elements.push({
      display_name: 'Severity',
      name: 'severity',
      type: 'select',
      optional: true,
      placeholder: 'Default severity',
      options: severities.map(option),
    });
  const services = opts.services.slice(0, 100);
  if (services.length)
    elements.push({
      display_name: 'Service affected',
      name: 'service',
      type: 'select',
      optional: true,
      placeholder: 'Choose a service',
      help_text: 'One here; add more services in Firebreak',
      options: services.map(option),
    });
  elements.push(
    {
      display_name: 'Private incident',
      name: 'private',
      type: 'bool',
      optional: true,
      placeholder: 'Only the people working it and admins see it',
    },
    {
      display_name: 'What was reported',
      name: 'report',
      type: 'textarea',
      optional: true,
      max_length: REPORT_MAX,
      help_text: 'Kept verbatim as the original report',
    },
  );
  return { callback_id: DECLARE_DIALOG, title: 'Declare an incident', submit_label: 'Declare', elements, state };
}

export type DialogForm = { title: string; severity: string | null; services: string[]; private: boolean; report: string };

/** The submitted fields; `errors` by field name when something must be fixed (Mattermost shows them in the form). */
export function readDeclareSubmission(submission: Record<string, unknown>): { form: DialogForm; errors: Record<string, string> | null } {
  const text = (k: string) => (typeof submission[k] === 'string' ? (submission[k] as string) : '');
  const title = text('title').trim();
  const form: DialogForm = {
    title,
    severity: text('severity') || null,
    services: text('service') ? [text('service')] : [],
    private: submission.private === true || submission.private === 'true',
    report: text('report'),
  };
  const errors: Record<string, string> = {};
  if (!title) errors.title = 'Give the incident a title: what is broken, for whom';
  else if (title.length > 200) errors.title = 'At most 200 characters';
  if (form.report.length > REPORT_MAX) errors.report = `At most ${REPORT_MAX} characters`;
  return { form, errors: Object.keys(errors).length ? errors : null };
}
