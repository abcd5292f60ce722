import { z } from 'zod';

/** A file that came with an e-mail about an incident (a report or a comment). */
export const AttachmentSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().describe('Bytes'),
  sha256: z.string(),
  from: z.string().describe('The sender address, as it came'),
  createdAt: z.string(),
  url: z.string().describe('Where to download it (the same access as the incident)'),
});
export type AttachmentView = z.infer<typeof AttachmentSchema>;

/** An incident's e-mail: the address that comments on it, and the files e-mails brought. */
export const IncidentMailSchema = z.object({
  address: z
    .string()
    .nullable()
    .describe(
      'incident+INC-42.<token>@domain: mail to it from a person with an account becomes a comment; null for viewers or without the SMTP listener',
    ),
  attachments: z.array(AttachmentSchema),
});
export type IncidentMailView = z.infer<typeof IncidentMailSchema>;

export const AttachmentParams = z.object({
  ref: z.string().min(1).max(64).describe('INC-42, 42, or the incident id'),
  id: z.string().min(1).max(64),
});
