import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { Bus } from '../platform/bus.ts';
import { systemClock } from '../platform/clock.ts';
import { type Database, openDatabase } from '../platform/db/index.ts';
import { dropSchema } from '../platform/db/migrate.ts';
import { type FakeReceiver, startFakeReceiver } from '../test/fakes/receiver.ts';
import { killAllServers, type ServerProcess, startServer } from '../test/serverProcess.ts';
import { type SmtpCapture, startSmtpCapture } from '../test/smtpCapture.ts';
import { createUser } from '../users/createUser.ts';
import { issueToken } from '../users/tokens.ts';

/**
 * `kill -9` mid-escalation, with a real server process, real time, a local SMTP server and a local
 * HTTP receiver. Three pages follow a two-step policy (step 1: Ann by e-mail and Bob by webhook;
 * one minute later step 2: Cat by e-mail and Dan by webhook). The server is killed twice: while
 * Bob's webhook deliveries are in flight (the receiver holds its answers), and between the steps.
 * After each restart on the same data, every expected notification arrives: each e-mail exactly
 * once, each webhook at least once, and every copy of one webhook notification with the same
 * delivery id. Nothing else is sent. Time is never asserted: only polled for, generously.
 * SQLite always; PostgreSQL too when FIREBREAK_TEST_DATABASE_URL is set.
 */
const pgUrl = process.env.FIREBREAK_TEST_DATABASE_URL;
const targets = [{ name: 'sqlite', pg: false }, ...(pgUrl ? [{ name: 'postgres', pg: true }] : [])];
const PAGES = 3;

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(targets)('kill -9 in the middle of an escalation on $name', ({ pg }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-paging-crash-'));
  const schema = `pgcrash_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const dbUrl = pg
    ? `${pgUrl}${pgUrl?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    : `file:${join(dataDir, 'firebreak.sqlite')}`;
  let database: Database | undefined;
  let smtp: SmtpCapture | undefined;
  let rx: FakeReceiver | undefined;

  afterAll(async () => {
    killAllServers();
    await rx?.close();
    await smtp?.close();
    if (database && pg) await dropSchema(database.db as Kysely<unknown>, schema).catch(() => {});
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('every page notification arrives after restarts: e-mail exactly once, webhooks at least once under one delivery id', async () => {
    // The test's own connection: SQLite by its plain path (the server reads the file: URL).
    database = await openDatabase(pgUrl && pg ? pgUrl : join(dataDir, 'firebreak.sqlite'), pg ? { schema } : {});
    const db = database.db;
    const deps = { db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config: loadConfig({ FIREBREAK_DATA_DIR: dataDir }) };
    const person = async (name: string, role: 'admin' | 'responder') => {
      const u = await createUser(deps, { email: `${name.toLowerCase()}@example.com`, role, name });
      return { id: u.id, name, token: (await issueToken(deps, u.id, { name: 'crash test' })).secret };
    };
    const admin = await person('Ops', 'admin');
    const [ann, bob, cat, dan] = [
      await person('Ann', 'responder'),
      await person('Bob', 'responder'),
      await person('Cat', 'responder'),
      await person('Dan', 'responder'),
    ];
    smtp = await startSmtpCapture();
    rx = await startFakeReceiver('/pager');
    // Until the first kill, the receiver holds every answer: those deliveries are in flight when the server dies.
    let holding = true;
    rx.answer = () => (holding ? { status: 200, delayMs: 120_000 } : { status: 200 });

    const env = {
      FIREBREAK_DATABASE_URL: dbUrl,
      FIREBREAK_DATA_DIR: dataDir,
      FIREBREAK_SMTP_URL: smtp.url,
      FIREBREAK_WEBHOOKS_ALLOW_PRIVATE: 'on',
      // Claims of a killed worker run out quickly, so the restarted one takes them over soon.
      FIREBREAK_JOB_LEASE_SECONDS: '4',
    };
    let server: ServerProcess = await startServer(env);
    const call = async (as: { token: string }, path: string, body: unknown) => {
      const res = await fetch(`${server.base}/api/v1${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${as.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { data: { id: string; ref: string } };
      expect(res.status, JSON.stringify(json)).toBe(201);
      return json.data;
    };
    const addresses = new Map<string, string>(); // e-mail address or receiver path → person
    for (const [p, kind] of [
      [ann, 'email'],
      [bob, 'webhook'],
      [cat, 'email'],
      [dan, 'webhook'],
    ] as const) {
      const address = kind === 'email' ? `${p.name.toLowerCase()}@pager.example.com` : `${rx.url}/${p.name.toLowerCase()}`;
      addresses.set(kind === 'email' ? address : `/pager/${p.name.toLowerCase()}`, p.name);
      await call(p, '/me/contact-methods', { kind, address });
    }
    const policy = await call(admin, '/escalation-policies', {
      name: 'Crash policy',
      repeat: 0,
      steps: [
        {
          delayMinutes: 1,
          targets: [
            { kind: 'user', id: ann.id },
            { kind: 'user', id: bob.id },
          ],
        },
        {
          delayMinutes: 1,
          targets: [
            { kind: 'user', id: cat.id },
            { kind: 'user', id: dan.id },
          ],
        },
      ],
    });
    for (let i = 0; i < PAGES; i++) {
      const incident = await call(admin, '/incidents', { title: `Crash ${i}`, severity: 'SEV2' });
      await call(admin, `/incidents/${incident.ref}/pages`, { target: { kind: 'policy', id: policy.id } });
    }
    const pages = await db.selectFrom('pages').select(['id', 'next_step_at']).execute();
    expect(pages).toHaveLength(PAGES);

    /** Page e-mails as "<person> <page id>", one entry per copy received. */
    const mails = () =>
      smtp?.messages
        .filter((m) => m.headers.get('x-firebreak-page'))
        .map((m) => `${addresses.get(m.envelope.to[0]) ?? m.envelope.to[0]} ${m.headers.get('x-firebreak-page')}`) ?? [];
    /** Page webhooks as "<person> <page id> <delivery id>", one entry per copy received. */
    const hooks = () =>
      rx?.received.map((r) => {
        const body = JSON.parse(r.body) as { page?: { id: string; notificationId: string } };
        return `${addresses.get(r.path) ?? r.path} ${body.page?.id} ${r.headers['x-firebreak-delivery']}`;
      }) ?? [];
    const pagingJobsNotDone = async () =>
      (
        await db
          .selectFrom('jobs')
          .select('id')
          .where((eb) => eb.or([eb('kind', 'like', 'paging.%'), eb('idempotency_key', 'like', 'paging.mail:%')]))
          .where('kind', '!=', 'paging.step') // step 2 waits, queued, for its time
          .where('state', '!=', 'done')
          .execute()
      ).length;

    // Kill 1, deliveries in flight: Bob's webhooks have reached the receiver, which has not answered;
    // Ann's e-mails are out and their mail jobs done (so no e-mail is in the middle of its SMTP exchange).
    await until('step 1 is out (e-mails done, webhooks in flight)', async () => {
      if (hooks().filter((h) => h.startsWith('Bob ')).length < PAGES || mails().length < PAGES) return false;
      const mailJobs = await db.selectFrom('jobs').select('state').where('idempotency_key', 'like', 'paging.mail:%').execute();
      return mailJobs.length === PAGES && mailJobs.every((j) => j.state === 'done');
    });
    const inFlight = await db.selectFrom('page_notifications').select('status').where('user_id', '=', bob.id).execute();
    expect(inFlight.map((n) => n.status)).toEqual(Array(PAGES).fill('sending'));
    await server.kill();
    holding = false;

    // Restart: the webhook sends the dead server held are taken over once their lease ends, and sent again.
    server = await startServer(env);
    await until(
      'Bob has every page again',
      () => new Set(hooks().filter((h) => h.startsWith('Bob '))).size === PAGES && hooks().length >= 2 * PAGES,
    );
    await until('step 1 is settled', async () => (await pagingJobsNotDone()) === 0);
    // Kill 2, between the steps: step 1 settled, step 2 queued for its time.
    const between = await db.selectFrom('pages').select(['step', 'status']).execute();
    expect(between).toEqual(Array(PAGES).fill({ step: 0, status: 'open' }));
    expect(mails().filter((m) => m.startsWith('Cat '))).toEqual([]);
    await server.kill();

    server = await startServer(env);
    await until(
      'step 2 is out',
      () => mails().filter((m) => m.startsWith('Cat ')).length >= PAGES && hooks().filter((h) => h.startsWith('Dan ')).length >= PAGES,
    );
    await until('step 2 is settled', async () => (await pagingJobsNotDone()) === 0);
    await new Promise((r) => setTimeout(r, 2000)); // strays would show up here
    await server.kill();

    const ids = pages.map((p) => p.id).sort();
    // E-mail: exactly once per (person, page).
    expect(mails().sort()).toEqual([...ids.map((id) => `Ann ${id}`), ...ids.map((id) => `Cat ${id}`)].sort());
    // Webhooks: Bob's held deliveries came again, Dan's once or more; per notification one delivery id.
    const byNotification = new Map<string, Set<string>>();
    for (const h of hooks()) {
      const [who, page, delivery] = h.split(' ');
      byNotification.set(`${who} ${page}`, (byNotification.get(`${who} ${page}`) ?? new Set()).add(delivery));
    }
    expect([...byNotification.keys()].sort()).toEqual([...ids.map((id) => `Bob ${id}`), ...ids.map((id) => `Dan ${id}`)].sort());
    expect([...byNotification.values()].map((s) => s.size)).toEqual(Array(2 * PAGES).fill(1));
    for (const id of ids) expect(hooks().filter((h) => h.startsWith(`Bob ${id} `)).length).toBeGreaterThanOrEqual(2);
    // The delivery id is the notification's id; every notification was sent, none twice in the database.
    const rows = await db.selectFrom('page_notifications').select(['id', 'user_id', 'page_id', 'status', 'step']).execute();
    expect(rows.map((r) => r.status)).toEqual(Array(4 * PAGES).fill('sent'));
    for (const r of rows.filter((r) => r.user_id === bob.id || r.user_id === dan.id))
      expect(byNotification.get(`${r.user_id === bob.id ? 'Bob' : 'Dan'} ${r.page_id}`)).toEqual(new Set([r.id]));
    const mailIds = smtp.messages.filter((m) => m.headers.get('x-firebreak-page')).map((m) => m.messageId);
    expect(new Set(mailIds).size).toBe(2 * PAGES);
  }, 300_000);
});
