import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { Bus } from '../packages/server/src/platform/bus.ts';
import type { Clock } from '../packages/server/src/platform/clock.ts';
import type { Deps } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/index.ts';
import { Worker } from '../packages/server/src/platform/jobs/worker.ts';
import { ensureDefaults } from '../packages/server/src/severities/configure.ts';
import { createUser } from '../packages/server/src/users/createUser.ts';
import { issueToken } from '../packages/server/src/users/tokens.ts';
import { type BenchRow, fmt, row } from './lib.ts';

const STAKEHOLDERS = 1000;
const CONCURRENCY = 8;
const log = (msg: string) => process.stderr.write(`  mail: ${msg}\n`);

export const notes = `
What \`mail.bench.ts\` measures: the real app (SQLite, WAL, synchronous=FULL, group commit) and the
real job \`Worker\` (concurrency ${CONCURRENCY}) in the bench process, a local SMTP sink (smtp-server,
counting messages, no parsing) on the loopback, and one incident on a service whose stakeholder list
holds ${fmt(STAKEHOLDERS)} external addresses.

- **status change, commit**: one \`POST /incidents/{ref}/status\` to *identified* with a stakeholder
  update in the same transaction: the request's latency, i.e. the commit of the change with its
  timeline entries and the one \`notify.fanout\` job written in that transaction (the outbox).
- **fan-out**: that job's run: ${fmt(STAKEHOLDERS)} e-mail lines and ${fmt(STAKEHOLDERS)} \`notify.digest\` jobs committed.
- **delivered**: e-mails per second from the digests becoming due (the one-minute coalescing window
  is skipped by moving the injected clock) until the sink has received all ${fmt(STAKEHOLDERS)}: per address one
  digest job and one \`mail.send\` job, each claimed, run and settled durably. Beside it, the same
  sink fed by bare nodemailer (${CONCURRENCY} sends in flight, a new connection per message as the job does): the
  ceiling of SMTP over loopback on this machine.
`;

/** A local SMTP sink that only counts. */
async function sink() {
  let received = 0;
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        for (const w of waiters.splice(0)) w();
        cb();
      });
    },
  });
  server.on('error', () => {}); // a client's reset connection, re-emitted by smtp-server
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received: () => received,
    async waitFor(n: number) {
      while (received < n) await new Promise<void>((r) => waiters.push(r));
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function bareNodemailer(): Promise<number> {
  const smtp = await sink();
  const transport = createTransport(smtp.url);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < STAKEHOLDERS) {
        const i = next++;
        await transport.sendMail({
          from: 'Firebreak <firebreak@localhost>',
          to: `p${i}@customer.example`,
          subject: `[SEV2 · Identified] INC-1 Checkout is slow`,
          text: 'We know what is causing the problem and are working on a fix.',
          html: '<p>We know what is causing the problem and are working on a fix.</p>',
        });
      }
    }),
  );
  const perSec = STAKEHOLDERS / ((performance.now() - t0) / 1000);
  transport.close();
  await smtp.close();
  return perSec;
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-mail-'));
  const smtp = await sink();
  const bare = await bareNodemailer();
  const config = loadConfig({ FIREBREAK_DATA_DIR: dir, FIREBREAK_LOG_LEVEL: 'silent', FIREBREAK_SMTP_URL: smtp.url });
  const database = await openDatabase(config.database);
  // The system clock plus an offset, so the coalescing window can be skipped without waiting a minute.
  let offset = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offset) };
  const deps: Deps = { db: database.db, dialect: database.dialect, clock, bus: new Bus(), config };
  await ensureDefaults(deps);
  const app = await buildApp(deps, { webDir: '/nonexistent' });
  const worker = new Worker(deps, { concurrency: CONCURRENCY });
  try {
    const u = await createUser(deps, { email: 'priya@example.com', role: 'responder', name: 'Priya' });
    const { secret } = await issueToken(deps, u.id, { name: 'bench', expiresAt: null });
    const call = async (method: 'POST', url: string, body: unknown) => {
      const res = await app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      return res.json().data;
    };
    const service = await call('POST', '/api/v1/services', { name: 'checkout', description: 'Takes payments' });
    const now = new Date().toISOString();
    for (let i = 0; i < STAKEHOLDERS; i += 250) {
      await database.db
        .insertInto('service_stakeholders')
        .values(
          Array.from({ length: Math.min(250, STAKEHOLDERS - i) }, (_, j) => ({
            id: `sh-${i + j}`,
            service_id: service.id,
            email: `p${i + j}@customer.example`,
            added_by: u.id,
            created_at: now,
          })),
        )
        .execute();
    }
    const incident = await call('POST', '/api/v1/incidents', { title: 'Checkout is slow', severity: 'SEV2', services: ['checkout'] });
    // The declaration's own e-mails first, so the measured run holds only the status change's.
    await worker.runDue();
    offset += 61_000;
    await worker.runDue();
    await smtp.waitFor(STAKEHOLDERS);
    const base = smtp.received();

    log(`status change of an incident with ${fmt(STAKEHOLDERS)} stakeholders`);
    const c0 = performance.now();
    await call('POST', `/api/v1/incidents/${incident.ref}/status`, {
      status: 'identified',
      update: 'We know what is causing the slow checkout and are working on a fix.',
    });
    const commitMs = performance.now() - c0;
    const f0 = performance.now();
    await worker.runDue(); // the fan-out (digests are not due yet)
    const fanOutMs = performance.now() - f0;
    offset += 61_000;
    const d0 = performance.now();
    worker.start();
    await smtp.waitFor(base + STAKEHOLDERS);
    const deliveredPerSec = STAKEHOLDERS / ((performance.now() - d0) / 1000);
    return [
      row('mail', `status change with ${fmt(STAKEHOLDERS)} stakeholders: commit`, commitMs, 'ms'),
      row('mail', `fan-out to ${fmt(STAKEHOLDERS)} stakeholders (lines + digest jobs)`, fanOutMs, 'ms'),
      row('mail', 'stakeholder e-mails delivered to a local SMTP sink', deliveredPerSec, 'mails/s', {
        baseline: { name: 'bare nodemailer → sink', value: bare },
      }),
    ];
  } finally {
    await worker.stop();
    await app.close();
    await database.close();
    await smtp.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
