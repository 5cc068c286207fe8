import { Command } from 'commander';
import { registerCatalog } from './commands/catalog.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEvaluate } from './commands/evaluate.ts';
import { registerGrant } from './commands/grant.ts';
import { registerAudit } from './commands/audit.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerScreen } from './commands/screen.ts';
import { registerServe } from './commands/serve.ts';
import { registerUsers } from './commands/users.ts';

/** The `springplank` command; every sub-command registers itself from ./commands/. */
const program = new Command('springplank').description('Springplank: proactive social rights for everyone');

registerCatalog(program);
registerDemo(program);
registerEvaluate(program);
registerServe(program);
registerScreen(program);
registerGrant(program);
registerMigrate(program);
registerAudit(program);
registerUsers(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Expected failures (a locked data directory, a duplicate e-mail…) carry a message written
  // for the person at the terminal; a stack trace would only hide it.
  console.error(`springplank: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
