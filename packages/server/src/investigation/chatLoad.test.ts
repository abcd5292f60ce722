import { CHAT_IMPORT_MAX_TEXT, TRANSCRIPT_STEP_LINES, transcriptSteps } from '@firebreak/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declare, makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

const api = (path: string) => `/api/v1${path}`;

/** A transcript of `n` lines, one message each, a minute apart within one day (dated lines). */
function transcript(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = i % 86_400;
    const hh = String(Math.floor(s / 3600)).padStart(2, '0');
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    lines.push(
      `[2026-02-${String(1 + Math.floor(i / 86_400)).padStart(2, '0')} ${hh}:${mm}:${ss}] person${i % 7}: message number ${i} about the checkout`,
    );
  }
  return lines.join('\n');
}

describe('the transcript parser pauses', () => {
  it('every TRANSCRIPT_STEP_LINES lines, reporting the messages read so far', () => {
    const steps = transcriptSteps(transcript(TRANSCRIPT_STEP_LINES * 3 + 10), { date: '2026-02-01', timezone: 'UTC' });
    const pauses: number[] = [];
    for (;;) {
      const s = steps.next();
      if (s.done) {
        expect(s.value).toHaveLength(TRANSCRIPT_STEP_LINES * 3 + 10);
        break;
      }
      pauses.push(s.value);
    }
    expect(pauses).toEqual([TRANSCRIPT_STEP_LINES - 1, TRANSCRIPT_STEP_LINES * 2 - 1, TRANSCRIPT_STEP_LINES * 3 - 1]);
  });
});

/** Issue 9 finding 10: one large chat import must not freeze the server, and each message is held to the comment limit. */
describe.each(testDatabases())('large chat imports on %s', (kind) => {
  let t: TestApp;
  let base = '';
  beforeAll(async () => {
    t = await makeTestApp(kind);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = t.app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(() => t.close());

  it('answers other requests while a large transcript is imported', async () => {
    const inc = await declare(t, t.responder, { title: 'Big war room' });
    const other = await declare(t, t.responder, { title: 'Another incident' });
    const LINES = 20_000;
    let finished = false;
    const importing = t
      .call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), { format: 'transcript', text: transcript(LINES) })
      .finally(() => {
        finished = true;
      });
    // Sequential reads of another incident over real HTTP for as long as the import runs: each
    // arrives on a socket, so it is answered only when the import gives the event loop back.
    let answered = 0;
    while (!finished) {
      const res = await fetch(`${base}${api(`/incidents/${other.ref}`)}`, { headers: { authorization: `Bearer ${t.viewer.token}` } });
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      if (!finished) answered++;
    }
    const res = await importing;
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.imported).toBe(LINES);
    // The import pauses at least every 1,000 lines read and 1,000 entries written: many reads got in.
    expect(answered).toBeGreaterThanOrEqual(LINES / 1000);
  }, 120_000);

  it('holds every imported message to the war-room comment limit, naming the line or message', async () => {
    const inc = await declare(t, t.responder, { title: 'Long messages' });
    const post = (body: unknown) => t.call(t.responder, 'POST', api(`/incidents/${inc.ref}/chat-imports`), body);
    const long = 'x'.repeat(CHAT_IMPORT_MAX_TEXT + 1);
    expect(CHAT_IMPORT_MAX_TEXT).toBe(20_000);

    const oneLine = await post({ format: 'transcript', text: `[12:00] ana: hi\n[12:01] bo: ok\n[12:02] ana: ${long}` });
    expect(oneLine.statusCode, oneLine.body).toBe(400);
    expect(oneLine.json().error).toMatchObject({ code: 'invalid_chat_export', details: { where: 'line 3' } });
    expect(oneLine.json().error.message).toMatch(/^line 3: message longer than 20000 characters/);

    // A message continued over several lines crosses the limit on the line that adds too much.
    const part = 'y'.repeat(8_000);
    const continued = await post({ format: 'transcript', text: `[12:00] ana: ${part}\n${part}\n${part}` });
    expect(continued.statusCode).toBe(400);
    expect(continued.json().error.details.where).toBe('line 3');

    const slack = await post({
      format: 'slack',
      messages: [
        { type: 'message', user: 'U1', text: 'fine', ts: '1772366400.000100' },
        { type: 'message', user: 'U1', text: long, ts: '1772366460.000100' },
      ],
    });
    expect(slack.statusCode, slack.body).toBe(400);
    expect(slack.json().error.message).toMatch(/^messages\.1/);

    const atLimit = await post({ format: 'transcript', text: `[12:00] ana: ${'z'.repeat(CHAT_IMPORT_MAX_TEXT)}` });
    expect(atLimit.statusCode, atLimit.body).toBe(201);
    const entries = (await t.call(t.responder, 'GET', api(`/incidents/${inc.ref}/timeline?kind=chat`))).json().data as { body: string }[];
    expect(entries.map((e) => e.body.length)).toEqual([CHAT_IMPORT_MAX_TEXT]);
  });
});
