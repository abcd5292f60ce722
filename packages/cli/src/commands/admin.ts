import { CreateUserBody, scopesForRole, type TokenScope, USER_ROLES } from '@firebreak/shared';
import { type Command, Option } from 'commander';
import { checkBody, textArg } from '../args.ts';
import { CliError, EXIT, usageError } from '../errors.ts';
import { note, out, printJson } from '../output.ts';
import { expiresOption, scopeOption } from './token.ts';

type CreateOpts = {
  email: string;
  name?: string;
  role: (typeof USER_ROLES)[number];
  password?: string;
  token?: boolean;
  scope?: TokenScope;
  expiresIn?: number | 'never';
  json?: boolean;
};

/**
 * Creates a user straight in the configured database, without a running server or a login: how
 * the first admin (and a token for scripts) is made on a headless install.
 */
async function createUserOffline(opts: CreateOpts): Promise<void> {
  const password = opts.password !== undefined ? textArg(opts.password).replace(/\r?\n$/, '') : undefined;
  checkBody(CreateUserBody, { email: opts.email, name: opts.name, role: opts.role, password });
  if ((opts.scope || opts.expiresIn !== undefined) && !opts.token) throw usageError('--scope and --expires-in go with --token');
  if (opts.scope && !scopesForRole(opts.role).includes(opts.scope))
    throw usageError(`--scope: a ${opts.role} may have a token with scope ${scopesForRole(opts.role).join(', ')}`);
  if (opts.expiresIn === 'never' && opts.role !== 'admin') throw usageError('--expires-in never: only for admins');
  // Server modules load only here, so the HTTP commands stay quick to start.
  const { loadConfig, openDatabase, Bus, systemClock, ensureDefaults, createUser, issueToken, presentUser, AppError } = await import(
    '../offline.ts'
  );
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    throw new CliError((err as Error).message, 'invalid_config', EXIT.usage);
  }
  const database = await openDatabase(config.database);
  try {
    const deps = { db: database.db, dialect: database.dialect, clock: systemClock, bus: new Bus(), config };
    await ensureDefaults(deps);
    const user = await createUser(deps, { email: opts.email, name: opts.name, role: opts.role, password });
    const expiresAt =
      opts.expiresIn === undefined
        ? undefined
        : opts.expiresIn === 'never'
          ? null
          : new Date(Date.now() + opts.expiresIn * 86_400_000).toISOString();
    const token = opts.token
      ? (await issueToken(deps, user.id, { name: 'firebreak admin create-user', scope: opts.scope, expiresAt })).secret
      : undefined;
    const view = presentUser({ id: user.id, email: user.email, name: user.name, role: opts.role }, user);
    if (opts.json) printJson(token ? { ...view, token } : view);
    else if (token) {
      note(`Created ${user.role} ${user.name} <${user.email}>; API token on stdout (shown once)`);
      out(token);
    } else out(`Created ${user.role} ${user.name} <${user.email}> (${user.id})`);
  } catch (err) {
    // Same wording and code as the API would give (e.g. user_exists).
    if (err instanceof AppError) throw new CliError(err.message, err.code, EXIT.failed);
    throw err;
  } finally {
    await database.close();
  }
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('administer the database directly (no server needed)');
  admin
    .command('create-user')
    .description('create a user in the configured database (FIREBREAK_DATABASE_URL or FIREBREAK_DATA_DIR)')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .option('--name <name>', 'display name (default: the part before @)')
    .addOption(new Option('--role <role>', 'what they may do').choices(USER_ROLES).makeOptionMandatory())
    .option('--password <password>', 'password for the web sign-in (at least 10 characters; - reads stdin)')
    .option('--token', 'also issue an API token and print it (alone on stdout, for TOKEN=$(…))')
    .addOption(scopeOption())
    .addOption(expiresOption())
    .option('--json', 'print the user (and token) as JSON')
    .action(createUserOffline);
}
