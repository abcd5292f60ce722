import { DeclareIncidentBody, INCIDENT_STATUSES, type IncidentStatus, TRANSITIONS } from '@firebreak/shared';
import { ZodError } from 'zod';
import { createAction } from '../actions/index.ts';
import { plainWarnings } from '../comms/index.ts';
import {
  askWhy,
  assignRole,
  changeStatus,
  declareIncident,
  formatRef,
  getIncident,
  type IncidentRow,
  loadIncident,
  tellStakeholders,
  updateIncidentCommand,
} from '../incidents/index.ts';
import { acknowledgeHandover } from '../oncall/index.ts';
import { acknowledgePage, pageAboutIncident, pageSuggestions, suggestionsFor } from '../paging/index.ts';
import type { Actor, Ctx, Deps } from '../platform/context.ts';
import { reader } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { getService, listServices } from '../services/index.ts';
import { listRoleTypes, listSeverities } from '../severities/index.ts';
import { getUserByEmail } from '../users/index.ts';
import { getConnection } from './connections.ts';
import { incidentUrl, statusLabel } from './messages.ts';
import { summaryOf } from './outbound.ts';
import { clientFor } from './platforms.ts';
import { channelById } from './store.ts';
import {
  ChatApiError,
  type ChatButtonPress,
  type ChatClient,
  type ChatConnection,
  type ChatDeclaration,
  type ChatInvocation,
  type ChatMessage,
  type ChatOutcome,
  type ChatReply,
} from './types.ts';

/**
 * Commands typed in chat. The person is the Firebreak account with the e-mail the platform gives
 * for them; every command runs the same incident, paging and on-call commands the API runs, as that
 * person, so the same policy checks apply. Mistakes (unknown command, no incident here, not allowed,
 * invalid transition) become replies only the person sees; nothing here throws for them.
 */

const ephemeral = (text: string, more: Partial<ChatMessage> = {}): ChatReply => ({ visibility: 'ephemeral', message: { text, ...more } });
const inChannel = (text: string, more: Partial<ChatMessage> = {}): ChatReply => ({ visibility: 'channel', message: { text, ...more } });

export function helpText(commandName: string): ChatMessage {
  const c = `/${commandName}`;
  return {
    text: `${c} commands`,
    title: `${c} — run incidents from chat`,
    body: [
      `${c} declare [title] — declare an incident (opens the form where there is one)`,
      'In an incident channel (or name the incident first, e.g. `status INC-42`):',
      `${c} status [triage|investigating|identified|monitoring|resolved|closed] — show or change the status`,
      `${c} severity [name] — show the severities or change it`,
      `${c} role [role] @person — give someone a role (commander when no role is named)`,
      `${c} update <text> — post a stakeholder update (checked for plain language)`,
      `${c} action <text> — add a next action`,
      `${c} why <question> — ask a why for the retrospective`,
      `${c} page [@person] — page someone, or who is on call for the incident's services`,
      `${c} resolve — mark the incident resolved`,
      `${c} summary — the incident at a glance`,
      '/oncall [service] — who is on call for a service',
      `${c} help — this list`,
    ].join('\n'),
  };
}

/** How long the e-mail of a chat user is remembered (a chat user's address rarely changes). */
const EMAIL_TTL_MS = 10 * 60 * 1000;
const emails = new Map<string, { email: string | null; at: number }>();

/** The Firebreak account of a chat user (by e-mail); null when there is none or it is disabled. */
export async function actorFor(deps: Deps, conn: ChatConnection, client: ChatClient, userId: string): Promise<Actor | null> {
  const key = `${conn.id}:${userId}`;
  const now = deps.clock.now().getTime();
  let cached = emails.get(key);
  if (!cached || now - cached.at > EMAIL_TTL_MS) {
    cached = { email: await client.emailOfUser(userId), at: now };
    emails.set(key, cached);
    if (emails.size > 5000) emails.delete(emails.keys().next().value as string);
  }
  if (!cached.email) return null;
  const user = await getUserByEmail(reader(deps), cached.email);
  if (!user || user.disabled_at) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Actor['role'] };
}

const noAccount = (deps: Deps) =>
  ephemeral('Firebreak does not know you yet.', {
    body: `Your chat account's e-mail address must belong to a Firebreak account. Ask an admin to invite you (with the same e-mail address) at ${deps.config.publicUrl.replace(/\/+$/, '')}, then try again.`,
  });

/** The person, or a reply saying the platform could not be asked who they are. */
async function lookUp(deps: Deps, conn: ChatConnection, client: ChatClient, userId: string): Promise<Actor | null | ChatReply> {
  try {
    return await actorFor(deps, conn, client, userId);
  } catch (err) {
    if (err instanceof ChatApiError)
      return ephemeral(`Firebreak could not look you up in ${conn.name} just now (${err.message}); try again in a moment.`);
    throw err;
  }
}

/** A user mistake or refusal as a reply; anything else is a fault and is thrown. */
function mistake(err: unknown): ChatReply {
  if (err instanceof AppError) return ephemeral(err.message);
  if (err instanceof ZodError) return ephemeral(err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  throw err;
}

type Here = { conn: ChatConnection; client: ChatClient; ctx: Ctx };

const REF = /^inc-?(\d+)$/i;

/** The incident a command is about: named first (`INC-42`), else the incident channel it was typed in. */
async function incidentHere(h: Here, channelId: string, words: string[]): Promise<{ ref: string; rest: string[] } | ChatReply> {
  const m = words[0]?.match(REF);
  if (m) return { ref: formatRef(Number(m[1])), rest: words.slice(1) };
  const channel = await channelById(reader(h.ctx), h.conn.id, channelId);
  if (!channel)
    return ephemeral(
      'This is not an incident channel. Run the command in the incident’s channel, or name the incident first, e.g. `status INC-42`.',
    );
  const row = await getIncident(reader(h.ctx), channel.incident_id);
  if (!row) return ephemeral('The incident of this channel no longer exists.');
  return { ref: formatRef(row.number), rest: words };
}

const isReply = (x: unknown): x is ChatReply => !!x && typeof x === 'object' && 'visibility' in x;

/** Whether the change will be told in the channel it was typed in (the incident channel): then the person gets a short confirmation. */
async function toldInChannel(h: Here, channelId: string): Promise<boolean> {
  return h.client.capabilities.channels && !!(await channelById(reader(h.ctx), h.conn.id, channelId));
}
const confirm = async (h: Here, channelId: string, text: string) =>
  (await toldInChannel(h, channelId)) ? ephemeral(text) : inChannel(text);

/** Runs one command typed in chat; see `helpText` for the list. */
export async function runCommand(deps: Deps, inv: ChatInvocation): Promise<ChatOutcome> {
  const conn = await getConnection(deps, inv.connectionId);
  if (!conn) return ephemeral('This chat workspace is not connected to Firebreak (any more). Ask a Firebreak admin to connect it.');
  const client = clientFor(conn);
  const user = await lookUp(deps, conn, client, inv.userId);
  if (isReply(user)) return user;
  if (!user) return noAccount(deps);
  const h: Here = { conn, client, ctx: { ...deps, user } };
  const words = inv.text.trim().split(/\s+/).filter(Boolean);
  try {
    if (inv.command === 'oncall') return await oncall(h, inv, words);
    const [sub = 'help', ...args] = words;
    const rest = inv.text.trim().slice(sub.length).trim();
    switch (sub.toLowerCase()) {
      case 'help':
        return { visibility: 'ephemeral', message: helpText(conn.settings.commandName) };
      case 'declare':
        if (client.capabilities.modals) return { openDeclareForm: { title: rest } };
        if (!rest) return ephemeral(`Give the incident a title: /${conn.settings.commandName} declare <title>`);
        return await declare(h, { title: rest, channelId: inv.channelId, severity: null, services: [], private: false, report: '' });
      case 'status':
        return await status(h, inv, args);
      case 'resolve':
        return await status(h, inv, [...args, 'resolved']);
      case 'severity':
        return await severity(h, inv, args);
      case 'role':
        return await role(h, inv, args);
      case 'update':
        return await update(h, inv, args);
      case 'action':
        return await action(h, inv, args);
      case 'why':
        return await why(h, inv, args);
      case 'page':
        return await page(h, inv, args);
      case 'summary':
        return await summary(h, inv, args);
      default:
        return {
          visibility: 'ephemeral',
          message: { ...helpText(conn.settings.commandName), text: `Unknown command “${sub}”. The commands are:` },
        };
    }
  } catch (err) {
    return mistake(err);
  }
}

/** Text after the incident ref (when one was named), keeping the person's spacing. */
const textOf = (words: string[]) => words.join(' ').trim();

async function status(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const incident = await loadIncident(reader(h.ctx), h.ctx.user, here.ref);
  const wanted = here.rest[0]?.toLowerCase();
  if (!wanted) {
    const next = TRANSITIONS[incident.status as IncidentStatus];
    return ephemeral(`${here.ref} is ${statusLabel(incident.status)}.`, {
      body: next.length ? `Next: ${next.join(', ')} — e.g. /${h.conn.settings.commandName} status ${next[0]}` : 'It has ended.',
    });
  }
  if (!(INCIDENT_STATUSES as readonly string[]).includes(wanted))
    return ephemeral(`“${wanted}” is not a status. Statuses: ${INCIDENT_STATUSES.join(', ')}`);
  await changeStatus(h.ctx, here.ref, { status: wanted as IncidentStatus });
  return confirm(h, inv.channelId, `${here.ref} is now ${statusLabel(wanted)}.`);
}

async function severity(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const name = textOf(here.rest);
  if (!name) {
    const all = await listSeverities(reader(h.ctx));
    return ephemeral(`Severities: ${all.map((s) => s.name).join(', ')}`, {
      body: `e.g. /${h.conn.settings.commandName} severity ${all[0]?.name ?? 'SEV1'}`,
    });
  }
  await updateIncidentCommand(h.ctx, here.ref, { severity: name } as Parameters<typeof updateIncidentCommand>[2]);
  return confirm(h, inv.channelId, `${here.ref} severity is now ${name}.`);
}

async function role(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const named = here.rest.filter((w) => !w.startsWith('@') && !w.startsWith('<'));
  const roleName = named.join(' ') || 'commander';
  const mention = inv.mentions[0];
  const types = await listRoleTypes(reader(h.ctx));
  if (!mention)
    return ephemeral(`Name the person: /${h.conn.settings.commandName} role ${roleName} @person`, {
      body: `Roles: ${types.map((t) => t.key).join(', ')}`,
    });
  const person = await actorFor(h.ctx, h.conn, h.client, mention);
  if (!person) return ephemeral('That person has no Firebreak account with their chat e-mail address, so they cannot hold a role yet.');
  await assignRole(h.ctx, here.ref, { role: roleName, user: person.id });
  return confirm(h, inv.channelId, `${person.name} is now ${roleName} of ${here.ref}.`);
}

async function update(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const body = textOf(here.rest);
  if (!body) return ephemeral(`Write the update: /${h.conn.settings.commandName} update <what stakeholders need to know>`);
  await tellStakeholders(h.ctx, here.ref, body);
  const warnings = await plainWarnings(reader(h.ctx), body);
  return ephemeral(`Stakeholder update posted on ${here.ref}.`, {
    ...(warnings.length
      ? {
          title: 'Plain-language check',
          body: warnings.map((w) => `• “${w.match}”: ${w.suggestion}`).join('\n'),
          context: 'The update was posted anyway; correct it in Firebreak if needed.',
        }
      : {}),
  });
}

async function action(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const title = textOf(here.rest);
  if (!title) return ephemeral(`Describe the action: /${h.conn.settings.commandName} action <what needs doing>`);
  await createAction(h.ctx, here.ref, {
    title: title.slice(0, 300),
    kind: 'next',
    priority: 'p3',
    addresses: 'symptom',
    horizon: 'immediate',
  });
  return confirm(h, inv.channelId, `Action added to ${here.ref}: ${title}`);
}

async function why(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const question = textOf(here.rest);
  if (!question) return ephemeral(`Ask the question: /${h.conn.settings.commandName} why <why did …?>`);
  await askWhy(h.ctx, here.ref, question);
  return confirm(h, inv.channelId, `Why asked on ${here.ref}: ${question}`);
}

async function page(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const message = textOf(here.rest.filter((w) => !w.startsWith('@') && !w.startsWith('<'))) || undefined;
  if (inv.mentions[0]) {
    const person = await actorFor(h.ctx, h.conn, h.client, inv.mentions[0]);
    if (!person) return ephemeral('That person has no Firebreak account with their chat e-mail address, so Firebreak cannot page them.');
    await pageAboutIncident(h.ctx, here.ref, { target: { kind: 'user', id: person.id }, ...(message ? { message } : {}) });
    return confirm(h, inv.channelId, `Paged ${person.name} about ${here.ref}.`);
  }
  const suggestions = (await pageSuggestions(h.ctx, here.ref)).filter((s) => s.reachable);
  const first = suggestions[0];
  if (!first) return ephemeral(`Nobody is on call for ${here.ref}'s services. Name someone: /${h.conn.settings.commandName} page @person`);
  await pageAboutIncident(h.ctx, here.ref, { target: { kind: first.kind, id: first.id }, ...(message ? { message } : {}) });
  return confirm(h, inv.channelId, `Paged ${first.name}${first.service ? ` (on call for ${first.service.name})` : ''} about ${here.ref}.`);
}

async function summary(h: Here, inv: ChatInvocation, args: string[]): Promise<ChatReply> {
  const here = await incidentHere(h, inv.channelId, args);
  if (isReply(here)) return here;
  const row = await loadIncident(reader(h.ctx), h.ctx.user, here.ref);
  const s = await summaryOf(reader(h.ctx), row);
  const url = incidentUrl(h.ctx.config.publicUrl, s.ref);
  return ephemeral(`${s.ref}: ${s.title}`, {
    title: `${s.ref}: ${s.title}`,
    ...(row.summary ? { body: row.summary } : {}),
    fields: [
      { label: 'Status', value: statusLabel(s.status) },
      { label: 'Severity', value: s.severity?.name ?? 'Not set' },
      ...s.roles.map((r) => ({ label: r.roleName, value: r.user.name })),
      ...(s.services.length ? [{ label: 'Services', value: s.services.map((x) => x.name).join(', ') }] : []),
      { label: 'Last stakeholder update', value: s.stakeholderUpdates.lastAt ?? 'None yet' },
    ],
    link: { label: `Open ${s.ref} in Firebreak`, url },
  });
}

/** `/oncall [service]`: who is on call now in the service's escalation policy (first step). */
async function oncall(h: Here, inv: ChatInvocation, words: string[]): Promise<ChatReply> {
  const tx = reader(h.ctx);
  const name = textOf(words);
  let services: { id: string; name: string }[];
  if (name) {
    const svc = await getService(tx, name);
    if (!svc) {
      const some = await listServices(tx, { limit: 20 });
      return ephemeral(`No service “${name}”.`, { body: some.length ? `Services: ${some.map((s) => s.name).join(', ')}` : undefined });
    }
    services = [{ id: svc.id, name: svc.name }];
  } else {
    const channel = await channelById(tx, h.conn.id, inv.channelId);
    const incident = channel ? await getIncident(tx, channel.incident_id) : undefined;
    if (!incident) return ephemeral('Name a service: /oncall <service>');
    services = (await summaryOf(tx, incident)).services.map((s) => ({ id: s.id, name: s.name }));
    if (!services.length) return ephemeral('This incident has no services; name one: /oncall <service>');
  }
  const found = (await suggestionsFor(tx, services, h.ctx.clock.now())).filter((s) => s.reason === 'on_call');
  if (!found.length)
    return ephemeral(`Nobody is on call for ${services.map((s) => s.name).join(', ')} right now.`, {
      body: 'The service has no escalation policy, or nobody is on call in its first step’s schedules.',
    });
  return ephemeral(`On call for ${services.map((s) => s.name).join(', ')}:`, {
    fields: found.map((s) => ({
      label: s.service?.name ?? 'On call',
      value: `${s.name}${s.reachable ? '' : ' (no contact method: cannot be paged)'}`,
    })),
  });
}

/** What the declare form offers: the active severities and the services. */
export async function declareFormOptions(
  deps: Deps,
): Promise<{ severities: { id: string; name: string }[]; services: { id: string; name: string }[] }> {
  const tx = reader(deps);
  const severities = (await listSeverities(tx)).map((s) => ({ id: s.id, name: s.name }));
  const services = (await listServices(tx, { limit: 100 })).map((s) => ({ id: s.id, name: s.name }));
  return { severities, services };
}

async function declare(h: Here, d: Omit<ChatDeclaration, 'connectionId' | 'userId'>): Promise<ChatReply> {
  const input = DeclareIncidentBody.parse({
    title: d.title,
    ...(d.severity ? { severity: d.severity } : {}),
    services: d.services,
    private: d.private,
    originalRequest: d.report,
    source: 'chat',
  });
  const row: IncidentRow = await declareIncident(h.ctx, input);
  const ref = formatRef(row.number);
  const url = incidentUrl(h.ctx.config.publicUrl, ref);
  const channels = h.client.capabilities.channels;
  return inChannel(`${h.ctx.user.name} declared ${ref}: ${row.title}`, {
    title: `${ref}: ${row.title}`,
    body: channels ? 'Its incident channel is being created; you will be invited.' : 'Work it in Firebreak; updates are posted here.',
    link: { label: `Open ${ref} in Firebreak`, url },
  });
}

/** The declare form submitted (Slack modal, Mattermost dialog). */
export async function declareFromChat(deps: Deps, d: ChatDeclaration): Promise<ChatReply> {
  const conn = await getConnection(deps, d.connectionId);
  if (!conn) return ephemeral('This chat workspace is not connected to Firebreak (any more).');
  const client = clientFor(conn);
  const user = await lookUp(deps, conn, client, d.userId);
  if (isReply(user)) return user;
  if (!user) return noAccount(deps);
  try {
    return await declare({ conn, client, ctx: { ...deps, user } }, d);
  } catch (err) {
    return mistake(err);
  }
}

/** A button on a message Firebreak posted: `page_ack` (value: page id), `handover_ack` (value: handover id). */
export async function pressButton(deps: Deps, p: ChatButtonPress): Promise<ChatReply | null> {
  const conn = await getConnection(deps, p.connectionId);
  if (!conn) return ephemeral('This chat workspace is not connected to Firebreak (any more).');
  const client = clientFor(conn);
  const user = await lookUp(deps, conn, client, p.userId);
  if (isReply(user)) return user;
  if (!user) return noAccount(deps);
  const ctx: Ctx = { ...deps, user };
  try {
    switch (p.actionId) {
      case 'page_ack':
        await acknowledgePage(ctx, p.value, 'chat');
        return ephemeral('Acknowledged: the page stops escalating.');
      case 'handover_ack': {
        // Said in the channel, so the team sees who has read the handover.
        const h = await acknowledgeHandover(ctx, p.value);
        return {
          visibility: 'channel',
          message: {
            text: `${user.name} acknowledged the handover from ${h.outgoing?.name ?? 'nobody'} for ${h.schedule.name}. Have a calm shift.`,
          },
        };
      }
      default:
        return null;
    }
  } catch (err) {
    return mistake(err);
  }
}
