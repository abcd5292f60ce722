import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { Deps } from '../platform/context.ts';
import { mailDomain } from '../platform/mail.ts';
import { targetOf } from './address.ts';
import { MailRefusal, receiveMail } from './receive.ts';

export type MailListenerLog = { info(msg: string): void; warn(msg: string): void; error(msg: string): void };
export type MailListener = { host: string; port: number; close(): Promise<void> };

/** At most this many recipients per message (a report is one address). */
const MAX_RECIPIENTS = 10;

const smtpError = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

/** Reads the DATA stream, keeping at most `max` bytes; `null` when the message was larger (the rest is drained). */
function readLimited(stream: SMTPServerDataStream, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(stream.sizeExceeded || size > max ? null : Buffer.concat(chunks)));
  });
}

/**
 * The built-in SMTP listener (FIREBREAK_SMTP_LISTEN; docs/email-in.md). Unknown recipients are
 * refused at RCPT TO; the message is read up to FIREBREAK_MAIL_MAX_BYTES (552 past it), parsed, and
 * acted on; 250 is answered only after that is committed. A refusal of the message is a 5xx with
 * its reason; anything else (the database away) is 451, so the sending server retries later.
 */
export async function startMailListener(deps: Deps, log: MailListenerLog): Promise<MailListener> {
  const mailIn = deps.config.mailIn;
  if (!mailIn) throw new Error('FIREBREAK_SMTP_LISTEN is not set');
  const server = new SMTPServer({
    name: mailDomain(deps.config),
    banner: 'Firebreak',
    size: mailIn.maxBytes,
    authOptional: true,
    // No TLS of its own: it sits behind the organisation's mail server (docs/email-in.md).
    disabledCommands: ['AUTH', 'STARTTLS'],
    maxClients: 100,
    // On shutdown, a sender still talking gets dropped after 5 s (it has no 250, so it retries).
    closeTimeout: 5_000,
    logger: false,
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, `4.5.3 At most ${MAX_RECIPIENTS} recipients`));
      if (!targetOf(address.address, deps.config))
        return callback(smtpError(550, `5.1.1 <${address.address}>: no such address here (report@, incident+INC-42@, alert+<key>@)`));
      callback();
    },
    onData(stream, session, callback) {
      const rcptTo = session.envelope.rcptTo.map((r) => r.address);
      (async () => {
        const raw = await readLimited(stream, mailIn.maxBytes);
        if (!raw) throw new MailRefusal(552, `5.3.4 The message is larger than ${mailIn.maxBytes} bytes, the limit here`);
        let parsed: Awaited<ReturnType<typeof simpleParser>>;
        try {
          parsed = await simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: 2 * 1024 * 1024 });
        } catch {
          throw new MailRefusal(554, '5.6.0 The message could not be read as e-mail (malformed MIME)');
        }
        return receiveMail(deps, parsed, rcptTo);
      })().then(
        (result) => {
          log.info(`mail in: ${result.outcome}${result.ref ? ` ${result.ref}` : ''}${result.reason ? ` (${result.reason})` : ''}`);
          callback(null, result.ref ? `Accepted for ${result.ref}` : 'Accepted');
        },
        (err: unknown) => {
          if (err instanceof MailRefusal) {
            log.info(`mail in: refused ${err.smtpCode} ${err.message}`);
            return callback(smtpError(err.smtpCode, err.message));
          }
          log.error(`mail in: temporary failure: ${(err as Error).message}`);
          callback(smtpError(451, '4.3.0 Temporary failure, try again later'));
        },
      );
    },
  });
  server.on('error', (err) => log.warn(`mail in: ${err.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(mailIn.port, mailIn.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    host: mailIn.host,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
