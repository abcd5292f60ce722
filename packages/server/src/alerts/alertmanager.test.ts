import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp, testDatabases } from '../test/harness.ts';

/**
 * The real Prometheus Alertmanager (Debian package `prometheus-alertmanager`, installed by .ci/run)
 * with a generated config whose webhook receiver points at Firebreak, authorised by the integration
 * key as a bearer token (`http_config.authorization`). Alerts posted to it with amtool and its v2 API
 * arrive grouped, and resolve.
 */
const BIN = '/usr/bin/prometheus-alertmanager';
const AMTOOL = '/usr/bin/amtool';
const present = existsSync(BIN) && existsSync(AMTOOL);
if (!present && process.env.FIREBREAK_TEST_STRICT === '1') throw new Error(`${BIN} or ${AMTOOL} is missing (FIREBREAK_TEST_STRICT=1)`);
if (!present) console.warn(`skipping the Alertmanager test: ${BIN} is not installed (apt-get install prometheus-alertmanager)`);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });

const until = async (what: string, pred: () => Promise<boolean>, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!(await pred().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe.skipIf(!present).each(testDatabases())('the real Prometheus Alertmanager sending to Firebreak on %s', (kind) => {
  let t: TestApp;
  let am: ChildProcess;
  let amUrl = '';
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-am-'));
  const amLog: string[] = [];
  const received: { alerts: number; groupKey: string; status: string }[] = [];

  beforeAll(async () => {
    t = await makeTestApp(kind);
    // Count what Alertmanager sends (after the route answered), to see its grouping.
    t.app.addHook('onResponse', async (req, reply) => {
      if (req.url.startsWith('/api/v1/ingest/alertmanager') && reply.statusCode === 200) {
        const body = JSON.parse((req.body as Buffer).toString('utf8'));
        received.push({ alerts: body.alerts.length, groupKey: body.groupKey, status: body.status });
      }
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const firebreak = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const res = await t.call(t.admin, 'POST', '/api/v1/integrations', { name: 'prometheus', format: 'alertmanager' });
    const key = res.json().data.key as string;
    const port = await freePort();
    amUrl = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(dir, 'alertmanager.yml'),
      [
        'global:',
        '  resolve_timeout: 5s',
        'route:',
        '  receiver: firebreak',
        "  group_by: ['alertname']",
        '  group_wait: 1s',
        '  group_interval: 1s',
        '  repeat_interval: 1h',
        'receivers:',
        '  - name: firebreak',
        '    webhook_configs:',
        `      - url: ${firebreak}/api/v1/ingest/alertmanager`,
        '        send_resolved: true',
        '        http_config:',
        '          authorization:',
        `            credentials: ${key}`,
        '',
      ].join('\n'),
    );
    am = spawn(
      BIN,
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--cluster.listen-address=',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    am.stdout?.on('data', (d: Buffer) => amLog.push(d.toString()));
    am.stderr?.on('data', (d: Buffer) => amLog.push(d.toString()));
    await until('Alertmanager to be ready', async () => (await fetch(`${amUrl}/-/ready`)).ok).catch((e) => {
      throw new Error(`${e.message}\n${amLog.join('')}`);
    });
  }, 60_000);

  afterAll(async () => {
    am?.kill('SIGKILL');
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () =>
    (
      (await t.call(t.admin, 'GET', '/api/v1/alerts?limit=200&source=alertmanager&status=open')).json().data as {
        dedupKey: string;
        title: string;
        severity: string;
      }[]
    ).sort((a, b) => (a.title < b.title ? -1 : 1));

  it('alerts posted with amtool and the v2 API arrive grouped, keyed by fingerprint, and resolve', async () => {
    const startsAt = new Date().toISOString();
    const alert = (instance: string, endsAt?: string) => ({
      labels: { alertname: 'DiskFull', instance, severity: instance === 'db-1' ? 'critical' : 'warning', job: 'node' },
      annotations: { summary: `Disk full on ${instance}` },
      startsAt,
      ...(endsAt ? { endsAt } : {}),
      generatorURL: 'http://prometheus.example/graph',
    });
    const posted = await fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([alert('db-1'), alert('db-2')]),
    });
    expect(posted.status).toBe(200);
    await promisify(execFile)(AMTOOL, [
      'alert',
      'add',
      'alertname=DiskFull',
      'instance=db-3',
      'severity=warning',
      'job=node',
      '--annotation=summary=Disk full on db-3',
      `--start=${startsAt}`,
      `--alertmanager.url=${amUrl}`,
    ]);

    await until('three open alerts in Firebreak', async () => (await open()).length === 3);
    const alerts = await open();
    expect(alerts.map((a) => [a.title, a.severity])).toEqual([
      ['Disk full on db-1', 'critical'],
      ['Disk full on db-2', 'warning'],
      ['Disk full on db-3', 'warning'],
    ]);
    // Keyed by Alertmanager's own fingerprints.
    const amAlerts = (await (await fetch(`${amUrl}/api/v2/alerts`)).json()) as { fingerprint: string }[];
    expect(alerts.map((a) => a.dedupKey).sort()).toEqual(amAlerts.map((a) => a.fingerprint).sort());
    // Grouped by alertname: every request carried the one group.
    expect(new Set(received.map((r) => r.groupKey)).size).toBe(1);
    expect(received[0].groupKey).toContain('DiskFull');

    // Resolve all three (endsAt now): Alertmanager sends them resolved at the next group interval.
    const endsAt = new Date().toISOString();
    const resolved = await fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(['db-1', 'db-2', 'db-3'].map((i) => alert(i, endsAt))),
    });
    expect(resolved.status).toBe(200);
    await until('no open alerts in Firebreak', async () => (await open()).length === 0);
    expect(received.some((r) => r.status === 'resolved' && r.alerts === 3)).toBe(true);
    const all = (await t.call(t.admin, 'GET', '/api/v1/alerts?limit=200&source=alertmanager')).json().data as {
      status: string;
      count: number;
    }[];
    expect(all.map((a) => a.status)).toEqual(['resolved', 'resolved', 'resolved']);
  }, 60_000);
});
