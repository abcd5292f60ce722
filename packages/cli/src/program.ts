import { Command, CommanderError } from 'commander';
import { registerAction } from './commands/action.ts';
import { registerAdmin } from './commands/admin.ts';
import { registerAlert } from './commands/alert.ts';
import { registerAuth } from './commands/auth.ts';
import { registerIncident } from './commands/incident.ts';
import { registerOncall } from './commands/oncall.ts';
import { registerOps } from './commands/ops.ts';
import { registerPage } from './commands/page.ts';
import { registerSearch } from './commands/search.ts';
import { registerServe } from './commands/serve.ts';
import { registerTimeline } from './commands/timeline.ts';
import { registerToken } from './commands/token.ts';
import { CliError, EXIT } from './errors.ts';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('firebreak')
    .description('Firebreak incident response from the command line')
    .version(VERSION)
    // Before any subcommand exists, so they all inherit it: usage errors come back to run()
    // as CommanderError instead of exiting with commander's code 1.
    .exitOverride()
    .showSuggestionAfterError();
  registerServe(program);
  registerAdmin(program);
  registerOps(program);
  registerAuth(program);
  registerToken(program);
  registerIncident(program);
  registerAction(program);
  registerTimeline(program);
  registerAlert(program);
  registerOncall(program);
  registerPage(program);
  registerSearch(program);
  return program;
}

/** Prints an error the documented way and returns the exit code for it. */
export function report(err: unknown): number {
  if (err instanceof CommanderError) {
    // commander has already printed its message (or the help); 0 for --help and --version.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof CliError) {
    process.stderr.write(`error: ${err.message} (${err.code})\n`);
    return err.exitCode;
  }
  process.stderr.write(`error: ${(err as Error)?.message ?? String(err)} (internal_error)\n`);
  return EXIT.failed;
}

/** Runs the CLI on argv and resolves to the exit code (long-running commands resolve when done). */
export async function run(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    return report(err);
  }
}
