import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TeamsWorkflowsMessage } from './chatFormats.ts';
import { documented, type Fake, type FakeAnswer, type FakeRequest, NotDocumented, startFake } from './server.ts';

/**
 * Microsoft Teams for the chat-ops tests:
 * - a Workflows webhook receiver ("Post to a channel when a webhook request is received"): a POST
 *   with `Content-Type: application/json` whose body is the documented envelope
 *   `{type:"message", attachments:[{contentType:"application/vnd.microsoft.card.adaptive", contentUrl, content}]}`
 *   with an Adaptive Card of schema ≤ 1.4 (chatFormats.ts validates strictly; anything else is a
 *   problem the test asserts away). It answers 202 Accepted like the Power Automate trigger, 429 with
 *   Retry-After when told to, and keeps the cards that "appeared in the channel".
 * - a sender of outgoing-webhook activities signed the way Teams signs them.
 */

export type FakeWorkflow = Fake & {
  /** The webhook URL to paste into a connection (the Power Automate trigger URL with its `sig` query). */
  workflowUrl: string;
  /** Cards posted to the channel, in order. */
  cards: Record<string, unknown>[];
  rateLimitNext: number;
};

const Query = z.strictObject({ 'api-version': z.literal('1'), sp: z.string(), sv: z.string(), sig: z.string().min(10) });

export async function startFakeWorkflow(): Promise<FakeWorkflow> {
  const sig = randomBytes(16).toString('base64url');
  let fake!: FakeWorkflow;
  const base = await startFake((req) => handle(fake, req, sig));
  const path = `/workflows/${randomBytes(8).toString('hex')}/triggers/manual/paths/invoke`;
  fake = Object.assign(base, {
    workflowUrl: `${base.url}${path}?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig}`,
    cards: [] as Record<string, unknown>[],
    rateLimitNext: 0,
  });
  return fake;
}

function handle(fake: FakeWorkflow, req: FakeRequest, sig: string): FakeAnswer {
  if (req.method !== 'POST') throw new NotDocumented(`${req.method}: the trigger takes POST only`);
  if (!fake.workflowUrl.includes(req.path)) return { status: 404, body: { error: { code: 'WorkflowNotFound', message: 'not found' } } };
  const q = documented(Query, Object.fromEntries(req.query), 'query');
  if (q.sig !== sig)
    return { status: 401, body: { error: { code: 'DirectApiAuthorizationRequired', message: 'The request must be authenticated' } } };
  if (fake.rateLimitNext > 0) {
    fake.rateLimitNext -= 1;
    return {
      status: 429,
      headers: { 'retry-after': '2' },
      body: { error: { code: 'WorkflowTriggeredTooFrequently', message: 'Rate limit is exceeded. Try again in 2 seconds.' } },
    };
  }
  const msg = documented(TeamsWorkflowsMessage, req.body, 'body') as { attachments: { content: { version: string } }[] };
  for (const a of msg.attachments)
    if (Number(a.content.version.split('.')[1]) > 4) throw new NotDocumented(`Adaptive Card ${a.content.version}: Teams needs ≤ 1.4`);
  for (const a of msg.attachments) fake.cards.push(a.content as unknown as Record<string, unknown>);
  return { status: 202 };
}

/** A fresh outgoing-webhook security token, as Teams shows it once (base64 of 32 bytes). */
export const teamsSecret = () => randomBytes(32).toString('base64');

/** Activities sent so far: each fresh id is distinct (a time plus a random number collided within a test). */
let activitiesSent = 0;

/** A message activity as a Teams outgoing webhook POSTs it after `@Firebreak <text>`, with its HMAC. */
export function teamsActivity(f: {
  secret: string;
  text: string;
  fromName: string;
  aadObjectId?: string;
  webhookName?: string;
  mentions?: { name: string; aadObjectId: string }[];
  id?: string;
}): { headers: Record<string, string>; payload: string; id: string } {
  const id = f.id ?? `${Date.now()}${String(++activitiesSent).padStart(6, '0')}`;
  const hook = f.webhookName ?? 'Firebreak';
  const teamId = '19:a2b3c4d5e6f7@thread.skype';
  const activity = {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: { id: `29:1${randomBytes(20).toString('base64url')}`, name: f.fromName, aadObjectId: f.aadObjectId ?? randomUUID() },
    conversation: { isGroup: true, id: `${teamId};messageid=${id}`, name: null, conversationType: 'channel', tenantId: randomUUID() },
    recipient: null,
    textFormat: 'plain',
    attachmentLayout: null,
    membersAdded: [],
    membersRemoved: [],
    topicName: null,
    historyDisclosed: null,
    locale: 'en-US',
    text: `<at>${hook}</at> ${f.text}\n`,
    speak: null,
    inputHint: null,
    summary: null,
    suggestedActions: null,
    attachments: [
      {
        contentType: 'text/html',
        content: `<div><span itemscope="" itemtype="http://schema.skype.com/Mention"><at>${hook}</at></span> ${f.text}</div>`,
      },
    ],
    entities: [
      { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' },
      { type: 'mention', mentioned: { id: `28:${randomUUID()}`, name: hook }, text: `<at>${hook}</at>` },
      ...(f.mentions ?? []).map((m) => ({
        type: 'mention',
        mentioned: { id: `29:1${randomBytes(8).toString('hex')}`, name: m.name, aadObjectId: m.aadObjectId },
        text: `<at>${m.name}</at>`,
      })),
    ],
    channelData: {
      teamsChannelId: teamId,
      teamsTeamId: teamId,
      channel: { id: teamId },
      team: { id: teamId },
      tenant: { id: randomUUID() },
    },
    action: null,
    replyToId: null,
    value: null,
    name: null,
    relatesTo: null,
    code: null,
  };
  const payload = JSON.stringify(activity);
  const mac = createHmac('sha256', Buffer.from(f.secret, 'base64')).update(Buffer.from(payload, 'utf8')).digest('base64');
  return { headers: { 'content-type': 'application/json; charset=utf-8', authorization: `HMAC ${mac}` }, payload, id };
}
