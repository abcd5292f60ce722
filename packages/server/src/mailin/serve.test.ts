import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { afterAll, describe, expect, it } from 'vitest';

/** `firebreak serve` with FIREBREAK_SMTP_LISTEN: the listener starts with the server and stops with it. */
const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

describe('the SMTP listener in `firebreak serve`', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firebreak-mail-serve-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts with the server when FIREBREAK_SMTP_LISTEN is set, takes a report, and closes on SIGTERM', async () => {
    const [port, smtpPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ['packages/server/src/main.ts'], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        FIREBREAK_DATA_DIR: dataDir,
        FIREBREAK_PORT: String(port),
        FIREBREAK_LOG_LEVEL: 'warn',
        FIREBREAK_MAIL_FROM: 'Firebreak <firebreak@firebreak.test>',
        FIREBREAK_SMTP_LISTEN: `127.0.0.1:${smtpPort}`,
        FIREBREAK_MAIL_ALLOWED_DOMAINS: 'example.com',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: string[] = [];
    child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listener:\n${out.join('')}`)), 80_000);
        child.stdout.on('data', (d: Buffer) => {
          out.push(d.toString());
          if (out.join('').includes(`Firebreak receives e-mail on 127.0.0.1:${smtpPort} (SMTP)`)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out.join('')}`)));
      });
      const peer = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
      const info = await peer.sendMail({
        from: 'desk@example.com',
        to: 'report@firebreak.test',
        subject: 'Login fails',
        text: 'Since 9:00',
      });
      peer.close();
      expect(info.response).toMatch(/^250 .*Accepted for INC-1/);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
    const refused = await new Promise<string>((resolve) => {
      const peer = createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true, connectionTimeout: 2000 });
      peer.sendMail({ from: 'desk@example.com', to: 'report@firebreak.test', text: 'x' }).then(
        () => resolve('sent'),
        (err: { code?: string }) => resolve(err.code ?? 'error'),
      );
    });
    expect(refused).toBe('ESOCKET');
  }, 120_000);
});
