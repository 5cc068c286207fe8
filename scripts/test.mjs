// `npm test`: type-check every package, then run the whole Vitest suite
// (unit, PGlite, PostgreSQL and browser projects, see vitest.config.ts).
import { spawnSync } from 'node:child_process';

const steps = [
  ['npx', ['tsc', '-p', 'packages/rules']],
  ['npx', ['tsc', '-p', 'packages/server']],
  ['npx', ['tsc', '-p', 'packages/cli']],
  ['npx', ['tsc', '-p', 'packages/web']],
  ['npx', ['tsc', '-p', 'e2e']],
  ['npx', ['vitest', 'run', ...process.argv.slice(2)]],
];

for (const [command, args] of steps) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
