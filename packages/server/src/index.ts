/**
 * @springplank/server: the Fastify app, the platform (database, accounts, policies, audit)
 * and the domain modules.
 */
export { buildApp, DEFAULT_LOGIN_RATE_LIMIT, type AppOptions, type SpringplankApp } from './app.ts';
export { startServer, type RunningServer, type ServerOptions } from './server.ts';
export * from './platform/db/index.ts';
export { verifyAuditChain, recordAudit, PURPOSES, type AuditEntry, type ChainVerdict, type Purpose } from './platform/audit/audit.service.ts';
export { createUser, type CreateUserInput } from './modules/users/user.service.ts';
export { listOrganisations, type OrganisationRow } from './modules/organisations/organisation.repository.ts';
export { demoLogins, loadDemoOnFirstStart, type DemoLogin, type DemoStart } from './platform/startup/demo-on-first-start.ts';
export { isValidNationalRegisterNumber } from './platform/validation/national-register-number.ts';
