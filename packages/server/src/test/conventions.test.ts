import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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

  /** Every relative import of a non-test source file, resolved to a path under src/. */
  const imports = () =>
    files(src)
      .filter((f) => !relative(src, f).startsWith(`test${sep}`))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => ({
          from: relative(src, f),
          to: relative(src, resolve(dirname(f), m[1])),
        })),
      );
  const sliceOf = (path: string) => path.split(sep)[0];
  const slices = new Set(
    readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory() && readdirSync(join(src, d)).includes('index.ts')),
  );

  it("a slice uses another slice only through that slice's index.ts (its public surface), never its store or internals", () => {
    const offenders = imports()
      .filter(({ from, to }) => slices.has(sliceOf(to)) && sliceOf(to) !== sliceOf(from) && to !== join(sliceOf(to), 'index.ts'))
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(offenders).toEqual([]);
  });

  it('incidents never import retrospectives (retros registers its closing gate and reactions as hooks)', () => {
    const offenders = imports().filter(({ from, to }) => sliceOf(from) === 'incidents' && sliceOf(to) === 'retros');
    expect(offenders).toEqual([]);
  });
});
