import type { Command } from 'commander';
import { verifyAuditChain } from '@springplank/server';
import { addDatabaseOptions, openFromFlags, type DatabaseFlags } from '../database-options.ts';

/** Registers `springplank audit verify`. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the audit log of every read and write of personal data');
  addDatabaseOptions(
    audit
      .command('verify')
      .description('check the hash chain of the audit log; names the first broken record and exits with code 1 when tampered'),
  ).action(async (flags: DatabaseFlags) => {
    const database = await openFromFlags(flags);
    let verdict;
    try {
      verdict = await verifyAuditChain(database);
    } finally {
      // Before setting the exit code: PGlite's runtime resets process.exitCode when it shuts down.
      await database.close();
    }
    if (verdict.ok) {
      console.log(`Audit log intact: ${verdict.checked} records checked.`);
      // Kept elsewhere, these detect a later removal of the newest records.
      if (verdict.lastId !== null) console.log(`Last record: ${verdict.lastId}, hash ${verdict.lastHash}`);
    } else {
      console.error(`Audit log BROKEN at record ${verdict.brokenAt}: ${verdict.reason}.`);
      console.error(`${verdict.checked} records before it are intact.`);
      process.exitCode = 1;
    }
  });
}
