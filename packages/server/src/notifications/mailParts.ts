/** Pieces every notification e-mail shares: escaping, the subject line, the unsubscribe headers. */

import { oneLine } from '../platform/html.ts';

export { esc, oneLine } from '../platform/html.ts';
export const statusLabel = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ') : s);

/** `[SEV1 · Investigating] INC-42 Checkout returns 500`: severity and status as they are when it is sent. */
export const incidentSubject = (severity: string | null | undefined, status: string, ref: string, title: string) =>
  `[${severity ?? 'SEV?'} · ${statusLabel(status)}] ${ref} ${oneLine(title)}`;

export const unsubscribeHeaders = (url: string) => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  'Auto-Submitted': 'auto-generated',
});
