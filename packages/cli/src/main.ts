import { Command } from 'commander';
import { registerCatalog } from './commands/catalog.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEvaluate } from './commands/evaluate.ts';

/** The `springplank` command; every sub-command registers itself from ./commands/. */
const program = new Command('springplank').description('Springplank: proactive social rights for everyone');

registerCatalog(program);
registerDemo(program);
registerEvaluate(program);

await program.parseAsync(process.argv);
