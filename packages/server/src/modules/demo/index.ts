/**
 * The demo municipality: a deterministic, seeded synthetic population for the fictitious
 * Kansendonk (99001) and Beekveld (99002), and its bulk loader.
 */
export { loadDemo, interruptedDemoLoad, DemoLoadError, type LoadDemoOptions, type LoadDemoResult } from './load.ts';
export {
  generateDemo,
  generateHouseholds,
  DEMO_DEFAULTS,
  type DemoOptions,
  type DemoHousehold,
  type DemoPerson,
  type DemoDossier,
} from './generate.ts';
export type { DemoFact, FactSource } from './facts.ts';
export { DEMO_SHARES, DEMO_TARGETS, DEMO_INCOME, KNOWN_SHARE } from './distributions.ts';
export {
  DEMO_MUNICIPALITIES,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_WERKINGSGEBIED,
} from './organisations.ts';
