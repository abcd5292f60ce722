import type { Tx } from '../platform/context.ts';
import type { IncidentAttachmentsTable } from '../platform/db/schema.ts';

export type AttachmentRow = IncidentAttachmentsTable;

export const insertAttachments = async (tx: Tx, rows: AttachmentRow[]) => {
  if (rows.length) await tx.db.insertInto('incident_attachments').values(rows).execute();
};

/** An incident's attachments, without their content, oldest first. */
export const attachmentsOf = (tx: Tx, incidentId: string) =>
  tx.db
    .selectFrom('incident_attachments')
    .select(['id', 'incident_id', 'filename', 'content_type', 'size', 'sha256', 'from_address', 'created_at'])
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const getAttachment = (tx: Tx, incidentId: string, id: string) =>
  tx.db.selectFrom('incident_attachments').selectAll().where('incident_id', '=', incidentId).where('id', '=', id).executeTakeFirst();

/** Whether a Message-ID was handled already (a sender retrying after a lost 250). */
export const seenMessage = async (tx: Tx, messageId: string) =>
  !!(await tx.db.selectFrom('mail_received').select('message_id').where('message_id', '=', messageId).executeTakeFirst());

export const markMessage = (tx: Tx, messageId: string, outcome: string, at: string) =>
  tx.db.insertInto('mail_received').values({ message_id: messageId, outcome, received_at: at }).execute();

export const pruneMessages = async (tx: Tx, before: string) =>
  Number((await tx.db.deleteFrom('mail_received').where('received_at', '<', before).executeTakeFirst()).numDeletedRows);
