import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliError, EXIT } from './errors.ts';

export type Env = Record<string, string | undefined>;
export type Credentials = { url: string; token: string; source: string };
type Stored = { url?: string; token?: string };

/** Where the server default listens; used when only a token is configured. */
export const DEFAULT_URL = 'http://127.0.0.1:4400';

/** $FIREBREAK_CONFIG, else $XDG_CONFIG_HOME/firebreak/config.json, else ~/.config/firebreak/config.json. */
export function configPath(env: Env): string {
  if (env.FIREBREAK_CONFIG) return env.FIREBREAK_CONFIG;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'firebreak', 'config.json');
}

export function readStored(env: Env): Stored {
  let text: string;
  try {
    text = readFileSync(configPath(env), 'utf8');
  } catch {
    return {};
  }
  try {
    const v: unknown = JSON.parse(text);
    if (!v || typeof v !== 'object') return {};
    const o = v as Record<string, unknown>;
    return { url: typeof o.url === 'string' ? o.url : undefined, token: typeof o.token === 'string' ? o.token : undefined };
  } catch {
    throw new CliError(`${configPath(env)} is not valid JSON; fix it or run \`firebreak logout\``, 'bad_config', EXIT.failed);
  }
}

/** Writes the file readable by its owner only: it holds a bearer token. */
export function saveStored(env: Env, value: { url: string; token: string }): string {
  const path = configPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600); // `mode` applies only on creation; a leftover temp file keeps its old mode
  renameSync(tmp, path);
  return path;
}

export function removeStored(env: Env): boolean {
  const path = configPath(env);
  try {
    readFileSync(path);
  } catch {
    return false;
  }
  rmSync(path, { force: true });
  return true;
}

export const normalizeUrl = (url: string) => url.trim().replace(/\/+$/, '');

/** FIREBREAK_URL and FIREBREAK_TOKEN win over the config file, each on its own. */
export function resolveCredentials(env: Env): Credentials {
  const stored = readStored(env);
  const token = env.FIREBREAK_TOKEN || stored.token;
  if (!token) {
    throw new CliError(
      'not logged in: run `firebreak login --url URL --token TOKEN` or set FIREBREAK_URL and FIREBREAK_TOKEN',
      'not_logged_in',
      EXIT.unauthenticated,
    );
  }
  const url = normalizeUrl(env.FIREBREAK_URL || stored.url || DEFAULT_URL);
  const source = env.FIREBREAK_TOKEN ? 'FIREBREAK_TOKEN' : configPath(env);
  return { url, token, source };
}
