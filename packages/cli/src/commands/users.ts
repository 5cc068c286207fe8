import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createUser, listOrganisations, ROLES, type Role } from '@springplank/server';
import { addDatabaseOptions, openFromFlags, type DatabaseFlags } from '../database-options.ts';

interface CreateFlags extends DatabaseFlags {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  password?: string;
}

/** Registers `springplank users create`. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('user accounts');
  addDatabaseOptions(
    users
      .command('create')
      .description('create a user account; without --password a random password is generated and printed once')
      .requiredOption('--email <email>', 'e-mail address, used to sign in')
      .requiredOption('--name <name>', 'full name as colleagues see it')
      .addOption(new Option('--role <role>', 'role of the user').choices(ROLES).makeOptionMandatory())
      .requiredOption('--organisation <organisation>', 'organisation, by id or exact name (see GET /api/organisations)')
      .option('--password <password>', 'initial password (at least 12 characters); prefer the generated one'),
  ).action(async (flags: CreateFlags) => {
    const database = await openFromFlags(flags);
    try {
      const organisations = await listOrganisations(database);
      const organisation = organisations.find((o) => String(o.id) === flags.organisation || o.name === flags.organisation);
      if (!organisation) {
        const known = organisations.map((o) => `${o.id} (${o.name})`).join(', ') || 'none yet';
        throw new InvalidArgumentError(`unknown organisation "${flags.organisation}"; known: ${known}`);
      }
      const password = flags.password ?? randomBytes(12).toString('base64url');
      const user = await createUser(database, null, { email: flags.email, name: flags.name, role: flags.role, organisationId: organisation.id, password });
      console.log(`Created user ${user.id}: ${user.email} (${user.role}, ${user.organisation.name}).`);
      if (!flags.password) console.log(`Password (shown once): ${password}`);
    } finally {
      await database.close();
    }
  });
}
