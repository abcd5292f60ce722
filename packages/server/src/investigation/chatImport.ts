import { hash } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  CHAT_IMPORT_MAX_MESSAGES,
  CHAT_IMPORT_MAX_TEXT,
  ChatFormatError,
  type ChatImportBody,
  dateIn,
  isTimeZone,
  looksLikeSlackMessage,
  type ParsedChatMessage,
  parseSlackExport,
  type SlackMessage,
  SlackMessageInput,
  type SlackUser,
  SlackUserInput,
  transcriptSteps,
} from '@firebreak/shared';
import type { z } from 'zod';
import { loadIncident } from '../incidents/index.ts';
import type { Actor, Ctx } from '../platform/context.ts';
import { reader, transaction } from '../platform/context.ts';
import { InputError, TooLargeError } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import { type EntryInput, record, recordMany } from '../timeline/index.ts';
import { insertChatKeys, knownChatKeys, matchUsers } from './store.ts';

export type ChatImportResult = {
  importId: string;
  source: 'slack' | 'transcript';
  received: number;
  imported: number;
  duplicates: number;
  skipped: number;
  firstEntryId: number | null;
  lastEntryId: number | null;
  authors: { name: string; user: { id: string; name: string } | null; messages: number }[];
};

const tooLarge = (message: string) => new TooLargeError(message, 'chat_import_too_large');

function invalid(where: string, message: string, issues?: unknown): InputError {
  return new InputError(`${where}: ${message}`, { where, ...(issues ? { issues } : {}) }, 'invalid_chat_export');
}

/**
 * How much work an import does between two turns of the event loop: a 100,000-line transcript is
 * read and written in slices, so every other request is answered while it runs (issue 9 finding 10).
 */
const SLICE = 1000;

const tooMany = (n: number | string) =>
  tooLarge(`An import holds at most ${CHAT_IMPORT_MAX_MESSAGES} messages; this one has ${n}. Split it (by day files, or in parts).`);

/** Validates and reads the export before anything is written: a bad export writes nothing. */
async function parse(
  input: z.output<typeof ChatImportBody>,
  declaredAt: string,
): Promise<{ messages: ParsedChatMessage[]; skipped: number }> {
  if (input.format === 'slack') {
    if (input.messages.length > CHAT_IMPORT_MAX_MESSAGES) throw tooMany(input.messages.length);
    const messages: SlackMessage[] = [];
    for (const [i, m] of input.messages.entries()) {
      if (i % SLICE === SLICE - 1) await nextTurn();
      if (looksLikeSlackMessage(m)) {
        messages.push(m);
        continue;
      }
      const r = SlackMessageInput.safeParse(m);
      if (!r.success)
        throw invalid(
          `messages.${i}`,
          `not a Slack message (${r.error.issues[0].path.join('.') || 'value'}: ${r.error.issues[0].message})`,
          r.error.issues.slice(0, 5),
        );
      messages.push(r.data);
    }
    const users: SlackUser[] = [];
    for (const [i, u] of (input.users ?? []).entries()) {
      const r = SlackUserInput.safeParse(u);
      if (!r.success)
        throw invalid(`users.${i}`, `not a Slack user (${r.error.issues[0].path.join('.') || 'value'}: ${r.error.issues[0].message})`);
      users.push(r.data);
    }
    await nextTurn();
    const parsed = parseSlackExport(messages, users);
    // Mentions are spelled out when read: the message as it will be stored is held to the comment limit.
    for (const m of parsed.messages)
      if (m.text.length > CHAT_IMPORT_MAX_TEXT) {
        const i = messages.findIndex((x) => x.ts === m.ts);
        throw invalid(`messages.${i}`, `message longer than ${CHAT_IMPORT_MAX_TEXT} characters (the limit of a war-room comment)`);
      }
    return parsed;
  }
  if (!isTimeZone(input.timezone)) throw invalid('timezone', `unknown time zone ${input.timezone}`);
  try {
    const steps = transcriptSteps(input.text, { date: input.date ?? dateIn(declaredAt, input.timezone), timezone: input.timezone });
    for (;;) {
      const step = steps.next();
      if (step.done) {
        if (step.value.length > CHAT_IMPORT_MAX_MESSAGES) throw tooMany(step.value.length);
        return { messages: step.value, skipped: 0 };
      }
      // Over the limit already: stop reading (and holding) more of it.
      if (step.value > CHAT_IMPORT_MAX_MESSAGES) throw tooMany(`more than ${CHAT_IMPORT_MAX_MESSAGES}`);
      await nextTurn();
    }
  } catch (err) {
    if (err instanceof ChatFormatError) throw invalid(err.where, err.message.slice(err.where.length + 2));
    throw err;
  }
}

// 128 bits of SHA-256 are plenty to tell messages apart, and keep the key index small.
const keyOf = (m: ParsedChatMessage) => hash('sha256', m.dedupe, 'base64url').slice(0, 22);

/**
 * Imports an incident's chat log (a Slack channel export or a plain transcript) into its timeline
 * as `chat` entries, all or nothing in one transaction. Re-importing adds nothing: each message is
 * keyed by source, timestamp and author. Authors are matched to Firebreak users by e-mail, then by
 * name; unknown ones are kept under their chat name.
 */
export async function importChat(ctx: Ctx, ref: string, input: z.output<typeof ChatImportBody>): Promise<ChatImportResult> {
  const pre = await loadIncident(reader(ctx), ctx.user, ref, 'update');
  const { messages, skipped } = await parse(input, pre.declared_at);
  const importId = newId();
  return transaction(ctx, async (tx) => {
    const incident = await loadIncident(tx, ctx.user, ref, 'update', { forUpdate: true });
    const keyed: { m: ParsedChatMessage; key: string }[] = [];
    for (const [i, m] of messages.entries()) {
      if (i % SLICE === SLICE - 1) await nextTurn();
      keyed.push({ m, key: keyOf(m) });
    }
    const known = await knownChatKeys(tx, incident.id);
    const fresh: typeof keyed = [];
    for (const k of keyed) {
      if (known.has(k.key)) continue;
      known.add(k.key); // the same message twice in one export counts once
      fresh.push(k);
    }
    const matched = await matchUsers(
      tx,
      fresh.map((k) => k.m.author),
    );
    const authors = new Map<string, ChatImportResult['authors'][number]>();
    const inputs: EntryInput[] = fresh.map(({ m }) => {
      const user: Actor | null = matched.get(m.author.email ?? '') ?? matched.get(`name:${m.author.name.toLowerCase()}`) ?? null;
      const a = authors.get(m.author.name) ?? { name: m.author.name, user: user ? { id: user.id, name: user.name } : null, messages: 0 };
      a.messages++;
      authors.set(m.author.name, a);
      return {
        kind: 'chat' as const,
        actor: user ? { id: user.id, name: user.name } : null,
        body: m.text,
        occurredAt: m.at,
        data: {
          source: m.source,
          importId,
          ts: m.ts,
          author: { name: m.author.name, externalId: m.author.externalId },
          ...(m.threadTs ? { threadTs: m.threadTs } : {}),
          ...(m.subtype ? { subtype: m.subtype } : {}),
          ...(input.format === 'slack' && input.channel ? { channel: input.channel } : {}),
        },
      };
    });
    // Written in slices with a turn of the event loop between them (same transaction: all or nothing).
    const entries: Awaited<ReturnType<typeof recordMany>> = [];
    for (let start = 0; start < inputs.length; start += SLICE) {
      entries.push(...(await recordMany(tx, ctx, incident, inputs.slice(start, start + SLICE))));
      await nextTurn();
    }
    const keys = entries.map((e, i) => ({ incident_id: incident.id, key: fresh[i].key, entry_id: e.id }));
    const first = entries[0]?.id ?? null;
    const last = entries.at(-1)?.id ?? null;
    await insertChatKeys(tx, keys);
    const result: ChatImportResult = {
      importId,
      source: input.format,
      received: messages.length + skipped,
      imported: fresh.length,
      duplicates: messages.length - fresh.length,
      skipped,
      firstEntryId: first,
      lastEntryId: last,
      authors: [...authors.values()].sort((a, b) => b.messages - a.messages),
    };
    await record(tx, ctx, incident, {
      kind: 'chat_imported',
      data: {
        importId,
        source: result.source,
        imported: result.imported,
        duplicates: result.duplicates,
        skipped,
        firstEntryId: first,
        lastEntryId: last,
        ...(input.format === 'slack' && input.channel ? { channel: input.channel } : {}),
        unmatchedAuthors: result.authors
          .filter((a) => !a.user)
          .map((a) => a.name)
          .slice(0, 100),
      },
    });
    return result;
  });
}
