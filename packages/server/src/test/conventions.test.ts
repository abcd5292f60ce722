import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('house rules of the server code', () => {
  it('errors are made from the classes in platform/errors.ts, never `new AppError(status, …)` elsewhere', () => {
    const offenders = files(src)
      .filter((f) => !f.endsWith(join('platform', 'errors.ts')))
      .filter((f) => /new AppError\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });

  it('domain code takes time from the injected clock, never Date.now() or new Date() without an argument', () => {
    const allowed = ['platform/clock.ts'];
    const offenders = files(src)
      .filter((f) => !f.includes(`${join('src', 'test')}`) && !allowed.some((a) => f.endsWith(a)))
      .filter((f) => /Date\.now\(\)|new Date\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});
