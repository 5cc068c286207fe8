import { Ajv, type ErrorObject } from 'ajv';
import { FACT_SOURCES, MEMBER_ROLES } from '@springplank/rules';
import type { FactEntry } from './facts-file.ts';

/** A JSON Schema document (draft-07), as plain data. */
export type JsonSchema = Record<string, unknown>;

/** One problem in a situation: where it is, which fact (if any), and what was expected. */
export interface SituationProblem {
  path: string;
  fact: string | null;
  message: string;
}

const ISO_DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** What a fact's value must look like, in words, for error messages and docs. */
export function expectedValue(fact: FactEntry): string {
  switch (fact.type) {
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'boolean':
      return 'true or false';
    case 'money':
      return `an amount in euro${fact.unit ? ` (${fact.unit})` : ''}`;
    case 'number':
      return `a number${fact.unit ? ` (${fact.unit})` : ''}`;
    case 'enum':
      return `one of ${fact.values.join(', ')}`;
    case 'string':
      return fact.pattern ? `text matching ${fact.pattern}` : 'text';
  }
}

function plainValue(fact: FactEntry): JsonSchema {
  switch (fact.type) {
    case 'date':
      return { type: 'string', pattern: ISO_DATE };
    case 'boolean':
      return { type: 'boolean' };
    case 'money':
    case 'number':
      return { type: 'number' };
    case 'enum':
      return { type: 'string', enum: fact.values };
    case 'string':
      return fact.pattern ? { type: 'string', pattern: fact.pattern } : { type: 'string' };
  }
}

/** A fact value is plain, null (not known), or `{ value, source, observed }` with provenance. */
function factValue(fact: FactEntry): JsonSchema {
  const plain = plainValue(fact);
  return {
    title: fact.id,
    description: fact.question.en,
    anyOf: [
      plain,
      { type: 'null' },
      {
        type: 'object',
        required: ['value'],
        additionalProperties: false,
        properties: {
          value: { anyOf: [plain, { type: 'null' }] },
          source: { type: 'string', enum: [...FACT_SOURCES] },
          observed: { type: 'string', pattern: ISO_DATE },
        },
      },
    ],
  };
}

function factsObject(facts: FactEntry[], entity: FactEntry['entity']): JsonSchema {
  const own = facts.filter((f) => f.entity === entity);
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(own.map((f) => [f.id, factValue(f)])),
  };
}

/**
 * The JSON Schema of a situation, generated from facts.yaml: a household with its facts and a
 * list of persons, each with an id, a role and person facts. Unknown fact ids are errors, so a
 * typo never silently becomes a missing fact.
 */
export function situationSchema(facts: FactEntry[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Springplank situation',
    type: 'object',
    additionalProperties: false,
    required: ['persons'],
    properties: {
      description: { type: 'string' },
      household: { type: 'object', additionalProperties: false, properties: { facts: factsObject(facts, 'household') } },
      persons: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'role'],
          properties: {
            id: { type: 'string', minLength: 1 },
            role: { type: 'string', enum: [...MEMBER_ROLES] },
            facts: factsObject(facts, 'person'),
          },
        },
      },
    },
  };
}

/** Compiles the schema once; the returned function lists every problem of a situation. */
export function situationValidator(facts: FactEntry[]): (input: unknown) => SituationProblem[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(situationSchema(facts));
  const byId = new Map(facts.map((f) => [f.id, f]));
  return (input) => {
    if (validate(input)) return [];
    return describeErrors(validate.errors ?? [], byId);
  };
}

function plainMessage(e: ErrorObject): string {
  if (e.keyword === 'enum') return `invalid value; expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (e.keyword === 'required') return `missing "${(e.params as { missingProperty: string }).missingProperty}"`;
  return e.message ?? 'is invalid';
}

/** Writes a path the way the engine does: `persons[0].facts.date_of_birth`. */
function formatPath(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(root)';
}

/** Turns Ajv errors into one problem per path, naming the fact and what it expects. */
function describeErrors(errors: ErrorObject[], facts: Map<string, FactEntry>): SituationProblem[] {
  const out = new Map<string, SituationProblem>();
  for (const e of errors) {
    const segments = e.instancePath.split('/').slice(1);
    const factsAt = segments.lastIndexOf('facts');
    if (e.keyword === 'additionalProperties') {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const path = formatPath([...segments, extra]);
      const inFacts = segments[segments.length - 1] === 'facts';
      const message = inFacts
        ? `unknown fact "${extra}" for ${segments[0] === 'household' ? 'the household' : 'a person'}; expected a fact from catalog/facts.yaml (see docs/situation.md)`
        : `unexpected field "${extra}"`;
      out.set(path, { path, fact: inFacts ? extra : null, message });
      continue;
    }
    const factId = factsAt >= 0 ? segments[factsAt + 1] : undefined;
    const fact = factId ? facts.get(factId) : undefined;
    const path = formatPath(fact ? segments.slice(0, factsAt + 2) : segments);
    if (fact) out.set(path, { path, fact: fact.id, message: `fact "${fact.id}" has an invalid value; expected ${expectedValue(fact)}` });
    else if (!out.has(path)) out.set(path, { path, fact: null, message: plainMessage(e) });
  }
  return [...out.values()];
}
