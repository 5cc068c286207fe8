/**
 * @springplank/rules — the Springplank rule language: load and check a catalogue, evaluate
 * and explain one situation, rank the next questions, test rules, screen populations in
 * batch or inside PostgreSQL. Pure TypeScript without I/O (runs in the browser too); the
 * Node helpers that read directories are in `@springplank/rules/node`.
 */
export { loadCatalog, type LoadOptions, type LoadResult } from './load/catalog.ts';
export type { SourceFile } from './load/source.ts';
export type {
  Bracket, Catalog, Domain, Granting, Level, ParameterDefinition, ParameterUnit, ParameterValue, Period, RightDefinition,
} from './load/types.ts';
export { DOMAINS, GRANTING, LEVELS } from './load/types.ts';
export { formatLoadError, SituationError, UnreachableCaseError, type LoadError, type LoadErrorCode } from './errors.ts';
export {
  parseFactsYaml, vocabulary, FACT_TYPES, type FactDefinition, type FactEntity, type FactsVocabulary, type FactType,
} from './facts/vocabulary.ts';
export { evaluate, type EvaluateOptions, type Evaluation, type MemberOutcome, type Outcome } from './eval/evaluate.ts';
export { missingFacts } from './eval/missing.ts';
export type { ConditionDetail, ConditionStatus, ExplainedCondition } from './eval/explain.ts';
export type { FactRef } from './eval/context.ts';
export type { NearMiss } from './eval/near-miss.ts';
export type { NextQuestion } from './eval/questions.ts';
export { normalizeSituation, type FactInput, type FactValue, type NormalizedSituation, type Situation } from './eval/situation.ts';
export { valueInForce } from './eval/parameters.ts';
export { renderExplanation, statusWords } from './render/render.ts';
export { runTests, type TestCaseResult, type TestReport } from './testing/runner.ts';
export { rightFacts, dependentRights } from './analysis/dependencies.ts';
export { evaluatePopulation, type BatchOptions, type BatchResult } from './batch/evaluate.ts';
export { populationFromNormalized, populationFromSituations, type FactColumn, type Population } from './batch/population.ts';
export { compileSql, type CompiledSql, type SqlOptions } from './sql/compile.ts';
export { sqlSchema, DEFAULT_TABLES, type SqlTables } from './sql/schema.ts';
export { householdRanges, rangeParameters, runInRanges, type HouseholdRange } from './sql/ranges.ts';
export { situationInserts, situationRows, sqlInserts, type SqlRow } from './sql/rows.ts';
export {
  LANGS, MEMBER_ROLES, STATUS_CODE, STATUS_ORDER, FACT_SOURCES, type FactSource, type Lang, type MemberRole, type Position, type Status, type Text,
} from './types.ts';
