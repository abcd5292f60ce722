import type { UserView } from '@firebreak/shared';
import type { Command } from 'commander';
import { textArg } from '../args.ts';
import { createClient } from '../client.ts';
import { configPath, normalizeUrl, removeStored, resolveCredentials, saveStored } from '../credentials.ts';
import { usageError } from '../errors.ts';
import { block, note, out, printJson } from '../output.ts';

type LoginOpts = { url: string; token: string; json?: boolean };

async function login(opts: LoginOpts): Promise<void> {
  const token = textArg(opts.token).trim();
  if (!token) throw usageError('--token: empty token');
  let url: string;
  try {
    url = normalizeUrl(new URL(opts.url).toString());
  } catch {
    throw usageError(`--url: not a URL: ${opts.url}`);
  }
  // Verify first: a typo in the URL or token should fail here, not on the next command.
  const me = await createClient({ url, token }).get<UserView>('/me');
  const path = saveStored(process.env, { url, token });
  if (opts.json) return printJson(me);
  out(`Logged in to ${url} as ${me.name} <${me.email}> (${me.role})`);
  out(`Saved to ${path}`);
  if (process.env.FIREBREAK_TOKEN || process.env.FIREBREAK_URL)
    note('note: FIREBREAK_URL / FIREBREAK_TOKEN are set and take precedence over the saved login');
}

function logout(opts: { json?: boolean }): void {
  const path = configPath(process.env);
  const removed = removeStored(process.env);
  if (opts.json) {
    printJson({ loggedOut: removed, config: path });
    return;
  }
  out(removed ? `Logged out (removed ${path})` : `Not logged in (no ${path})`);
  if (process.env.FIREBREAK_TOKEN) note('note: FIREBREAK_TOKEN is still set in this environment');
}

async function whoami(opts: { json?: boolean }): Promise<void> {
  const creds = resolveCredentials(process.env);
  const me = await createClient(creds).get<UserView>('/me');
  if (opts.json) return printJson(me);
  block([
    ['User', `${me.name} <${me.email}>`],
    ['Role', me.role],
    ['Server', creds.url],
    ['Token from', creds.source],
  ]);
}

export function registerAuth(program: Command): void {
  program
    .command('login')
    .description('verify an API token against a server and save both (mode 0600)')
    .requiredOption('--url <url>', 'the server, e.g. https://firebreak.example.com')
    .requiredOption('--token <token>', 'an API token (- reads it from stdin)')
    .option('--json', 'print the signed-in user as JSON')
    .action(login);
  program.command('logout').description('forget the saved server and token').option('--json', 'print the result as JSON').action(logout);
  program
    .command('whoami')
    .description('show who the token belongs to and which server is used')
    .option('--json', 'print the user as JSON')
    .action(whoami);
}
