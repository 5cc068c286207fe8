import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  evaluate, formatLoadError, LANGS, renderExplanation, SituationError,
  type Catalog, type Lang, type Period, type Situation, type Status,
} from '@springplank/rules';
import { loadCatalogDirectory } from '@springplank/rules/node';
import { parseFactsFile } from '../facts-file.ts';
import { situationValidator, type SituationProblem } from '../situation-schema.ts';

/** The catalogue that ships with Springplank (the repository's `catalog/` directory). */
export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../../../../catalog', import.meta.url));

/** One right in the output of `springplank evaluate` (the contract of issue 4). */
export interface EvaluatedRight {
  id: string;
  name: string;
  status: Status;
  amount: number | null;
  period: Period | null;
  /** Fact ids whose absence leaves the right undetermined. */
  missing: string[];
  /** The right or a value it used is uncertain: check with the provider. */
  uncertain: boolean;
  explanation: string;
}

/** The JSON printed by `springplank evaluate`. */
export interface EvaluateOutput {
  date: string;
  rights: EvaluatedRight[];
}

/** Options of {@link evaluateSituation}. */
export interface EvaluateSituationOptions {
  date: string;
  lang: Lang;
  /** Overrides the household's municipality (NIS code), e.g. to explore another municipality's rights. */
  municipality?: string;
}

/** The result of checking and evaluating a situation: the output, or every problem found. */
export type EvaluateResult = { ok: true; output: EvaluateOutput } | { ok: false; problems: SituationProblem[] };

/**
 * Validates a situation against the schema generated from facts.yaml, then evaluates every
 * right of the catalogue on the date and explains each outcome in the chosen language.
 */
export function evaluateSituation(catalog: Catalog, factsText: string, input: unknown, options: EvaluateSituationOptions): EvaluateResult {
  const situation = withMunicipality(input, options.municipality);
  const problems = validatorFor(factsText)(situation);
  if (problems.length) return { ok: false, problems };
  try {
    const evaluation = evaluate(catalog, situation as Situation, options.date);
    const rights = evaluation.outcomes.map((o): EvaluatedRight => ({
      id: o.right,
      name: catalog.rights.get(o.right)?.name[options.lang] ?? o.right,
      status: o.status,
      amount: o.amount === null ? null : Math.round(o.amount * 100) / 100,
      period: o.period,
      missing: [...new Set(o.missing.map((m) => m.fact))],
      uncertain: o.uncertain,
      explanation: renderExplanation(o, options.lang, catalog),
    }));
    return { ok: true, output: { date: evaluation.date, rights } };
  } catch (error) {
    if (error instanceof SituationError) return { ok: false, problems: error.problems.map((p) => ({ ...p, fact: null })) };
    throw error;
  }
}

let cachedValidator: { factsText: string; validate: (input: unknown) => SituationProblem[] } | null = null;

/** Compiling the schema takes longer than evaluating, so the last one is kept. */
function validatorFor(factsText: string): (input: unknown) => SituationProblem[] {
  if (cachedValidator?.factsText !== factsText) cachedValidator = { factsText, validate: situationValidator(parseFactsFile(factsText)) };
  return cachedValidator.validate;
}

function withMunicipality(input: unknown, nis: string | undefined): unknown {
  if (nis === undefined || typeof input !== 'object' || input === null) return input;
  const s = input as Situation;
  return { ...s, household: { ...s.household, facts: { ...s.household?.facts, municipality_nis: nis } } };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

/** Adds `springplank evaluate [--date] [--lang] [--municipality NIS] <situation.json | ->`. */
export function registerEvaluate(program: Command): Command {
  return program
    .command('evaluate')
    .description('Evaluate every right of the catalogue for one situation (JSON file, or - for standard input) and print the outcomes as JSON.')
    .argument('<situation>', 'situation JSON file, or - to read standard input')
    .addOption(new Option('--date <YYYY-MM-DD>', 'evaluation date (default: today)').argParser(isoDate))
    .addOption(new Option('--lang <lang>', 'language of names and explanations').choices([...LANGS]).default('nl'))
    .option('--municipality <NIS>', 'evaluate as if the household lives in this municipality (5-digit NIS code)')
    .option('--catalog <dir>', 'catalogue directory', DEFAULT_CATALOG_DIR)
    .action((file: string, opts: { date?: string; lang: Lang; municipality?: string; catalog: string }) => {
      const loaded = loadCatalogDirectory(opts.catalog);
      if (!loaded.ok) {
        for (const e of loaded.errors) process.stderr.write(`${formatLoadError(e)}\n`);
        process.exitCode = 1;
        return;
      }
      let input: unknown;
      try {
        input = JSON.parse(readInput(file));
      } catch (error) {
        process.stderr.write(`${JSON.stringify({ errors: [{ path: '(root)', fact: null, message: `not readable JSON: ${(error as Error).message}` }] }, null, 2)}\n`);
        process.exitCode = 2;
        return;
      }
      const factsText = readFileSync(join(opts.catalog, 'facts.yaml'), 'utf8');
      const options: EvaluateSituationOptions = { date: opts.date ?? today(), lang: opts.lang };
      if (opts.municipality !== undefined) options.municipality = opts.municipality;
      const result = evaluateSituation(loaded.catalog, factsText, input, options);
      if (!result.ok) {
        process.stderr.write(`${JSON.stringify({ errors: result.problems }, null, 2)}\n`);
        process.exitCode = 2;
        return;
      }
      process.stdout.write(`${JSON.stringify(result.output, null, 2)}\n`);
    });
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`"${value}" is not a date; expected YYYY-MM-DD`);
  }
  return value;
}
