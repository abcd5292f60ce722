import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Browser, chromium as playwright } from 'playwright-core';

// The one place that decides which Chromium the e2e specs and `npm run bench` drive:
//   1. FIREBREAK_CHROMIUM=/path/to/chromium (FIREBREAK_CHROMIUM=npm skips straight to 3; CI sets that),
//   2. /usr/bin/chromium when it exists (Debian's package),
//   3. the headless Chromium shipped inside the @sparticuz/chromium dev dependency (Linux x64 only),
//      unpacked once into node_modules/.cache/firebreak-chromium/<version>/.
// So a machine with only Node.js and npm runs the whole suite after `npm ci`.

const repoRoot = join(import.meta.dirname, '..', '..');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const NPM_PACKAGE = '@sparticuz/chromium';

/** Flags for every Chromium: headless, no sandbox (CI runs as root), nothing phoning home. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

/**
 * Flags @sparticuz/chromium recommends for AWS Lambda that the tests must not use: --single-process is
 * only needed for Lambda's seccomp rules and makes several contexts in one browser fragile; the other two
 * switch off browser security the app relies on (same-origin policy, mixed content); Playwright passes
 * its own --headless.
 */
const NPM_ARGS_LEFT_OUT = ['--single-process', '--disable-web-security', '--allow-running-insecure-content', '--headless'];

export type ChromiumChoice = { kind: 'env' | 'system'; path: string } | { kind: 'npm'; packageDir: string; version: string };

/**
 * Which Chromium would be used, without unpacking or starting anything; `missing` (with the reason) when
 * there is none on this machine. A FIREBREAK_CHROMIUM that points nowhere is a mistake and throws.
 */
export function findChromium(): { chromium: ChromiumChoice } | { missing: string } {
  const wanted = process.env.FIREBREAK_CHROMIUM?.trim();
  if (wanted && wanted !== 'npm') {
    if (!existsSync(wanted)) throw new Error(`FIREBREAK_CHROMIUM=${wanted}: no such file`);
    return { chromium: { kind: 'env', path: wanted } };
  }
  if (!wanted && existsSync(SYSTEM_CHROMIUM)) return { chromium: { kind: 'system', path: SYSTEM_CHROMIUM } };
  let packageDir: string;
  try {
    // build/index.js → the package directory
    packageDir = dirname(dirname(createRequire(import.meta.url).resolve(NPM_PACKAGE)));
  } catch {
    const others = wanted ? '' : `, no ${SYSTEM_CHROMIUM}, FIREBREAK_CHROMIUM not set`;
    return { missing: `${NPM_PACKAGE} is not installed (run npm ci)${others}` };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      missing: `${NPM_PACKAGE} has a Chromium for Linux x64 only (this is ${process.platform}-${process.arch}); set FIREBREAK_CHROMIUM to a Chromium or Chrome`,
    };
  }
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { chromium: { kind: 'npm', packageDir, version } };
}

/** Why the browser specs cannot run here (they are skipped, or fail under FIREBREAK_TEST_STRICT=1), or undefined. */
export function chromiumMissing(): string | undefined {
  const found = findChromium();
  return 'missing' in found ? found.missing : undefined;
}

/** One line for the test log: which browser this run uses. */
export function describeChromium(c: ChromiumChoice): string {
  if (c.kind === 'npm') return `${NPM_PACKAGE} ${c.version} (unpacked in ${npmCacheDir(c.version)})`;
  return c.kind === 'env' ? `${c.path} (FIREBREAK_CHROMIUM)` : c.path;
}

function npmCacheDir(version: string): string {
  return join(repoRoot, 'node_modules', '.cache', 'firebreak-chromium', version);
}

/**
 * Unpacks the npm Chromium (binary, its NSS libraries, SwiftShader, Open Sans) into its cache dir, once:
 * into a fresh temp dir first, then renamed into place, so a run killed halfway or two test workers at
 * the same time never leave a half-written browser behind.
 */
async function unpackNpmChromium(c: Extract<ChromiumChoice, { kind: 'npm' }>): Promise<string> {
  const dir = npmCacheDir(c.version);
  if (existsSync(join(dir, 'chromium'))) return dir;
  mkdirSync(dirname(dir), { recursive: true });
  // Left by a run killed while unpacking (an hour is far longer than unpacking takes).
  for (const name of readdirSync(dirname(dir))) {
    const old = join(dirname(dir), name);
    if (name.startsWith(`${c.version}.unpacking-`) && statSync(old).mtimeMs < Date.now() - 3_600_000)
      rmSync(old, { recursive: true, force: true });
  }
  const staging = mkdtempSync(`${dir}.unpacking-`);
  try {
    const { default: Chromium, inflate } = await import('@sparticuz/chromium');
    // The package unpacks into os.tmpdir() (shared /tmp/chromium, whatever version got there first); point
    // it at our staging dir instead. It reads tmpdir() synchronously when called, so the override is brief.
    const before = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    let binary: Promise<string>;
    let libs: Promise<string>;
    try {
      binary = Chromium.executablePath(join(c.packageDir, 'bin'));
      libs = inflate(join(c.packageDir, 'bin', 'al2023.tar.br'));
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    const [path] = await Promise.all([binary, libs]);
    if (path !== join(staging, 'chromium')) throw new Error(`${NPM_PACKAGE} unpacked its Chromium to ${path}, expected ${staging}`);
    try {
      renameSync(staging, dir);
    } catch (err) {
      // Another worker finished first; use its copy.
      if (!existsSync(join(dir, 'chromium'))) throw err;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/**
 * A fontconfig file with only fonts from npm, so text renders on a machine without any fonts and
 * screenshots look the same everywhere: Open Sans (shipped with @sparticuz/chromium) for sans-serif, and
 * DejaVu (dejavu-fonts-ttf) for monospace, serif and the glyphs Open Sans lacks (→, ←, ✓ …). Rewritten
 * on each launch (atomically: several workers launch at once) as it names node_modules paths.
 */
function writeFontConfig(dir: string): string {
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const dirs = [join(dir, 'fonts')];
  try {
    dirs.push(join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // not installed: Open Sans alone still renders text
  }
  const alias = (generic: string, families: string[]) =>
    `  <alias binding="same"><family>${generic}</family><prefer>${families.map((f) => `<family>${f}</family>`).join('')}</prefer></alias>`;
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(join(dir, 'fonts-cache'))}</cachedir>`,
    alias('sans-serif', ['Open Sans', 'DejaVu Sans']),
    alias('serif', ['DejaVu Serif', 'DejaVu Sans']),
    alias('monospace', ['DejaVu Sans Mono', 'DejaVu Sans']),
    '</fontconfig>',
    '',
  ].join('\n');
  const file = join(dir, 'fonts.conf');
  if (existsSync(file) && readFileSync(file, 'utf8') === conf) return file;
  const tmp = `${file}.${process.pid}`;
  writeFileSync(tmp, conf);
  renameSync(tmp, file);
  return file;
}

export type ChromiumLaunch = { executablePath: string; args: string[]; env?: Record<string, string> };

/** Finds (and for the npm one, unpacks) the browser; throws when there is none, saying why. */
export async function chromiumLaunchOptions(): Promise<ChromiumLaunch> {
  const found = findChromium();
  if ('missing' in found) throw new Error(`No Chromium for the browser tests: ${found.missing}`);
  const c = found.chromium;
  if (c.kind !== 'npm') return { executablePath: c.path, args: BASE_ARGS };
  const dir = await unpackNpmChromium(c);
  const { default: Chromium } = await import('@sparticuz/chromium');
  const name = (arg: string) => arg.split('=')[0];
  const recommended = Chromium.args.filter((a) => !NPM_ARGS_LEFT_OUT.includes(name(a)) && !BASE_ARGS.some((b) => name(b) === name(a)));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // The binary needs NSS and expat; the package brings Amazon Linux's, so a bare machine without them works.
  env.LD_LIBRARY_PATH = [join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  env.FONTCONFIG_FILE = writeFontConfig(dir);
  delete env.FONTCONFIG_PATH;
  return { executablePath: join(dir, 'chromium'), args: [...BASE_ARGS, ...recommended], env };
}

/**
 * Launches the chosen Chromium headless with playwright-core. A start that crashes (the npm build
 * has died with SIGSEGV while starting on a loaded 2-core machine, once in ~170 launches) is tried
 * again, twice at most, and said so on stderr; a browser that cannot start at all still fails.
 */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args, env } = await chromiumLaunchOptions();
  for (let attempt = 1; ; attempt++) {
    try {
      return await playwright.launch({ executablePath, args, env, headless: true });
    } catch (err) {
      if (attempt >= 3) throw err;
      process.stderr.write(`Chromium did not start (attempt ${attempt} of 3): ${String(err).split('\n')[0]}; trying again\n`);
    }
  }
}
