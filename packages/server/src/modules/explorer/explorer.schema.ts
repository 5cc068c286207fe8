import { z } from 'zod';
import { DOMAINS, FACT_SOURCES, GRANTING, LANGS, LEVELS, MEMBER_ROLES } from '@springplank/rules';

const value = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);
const factInput = z.union([
  value,
  z.object({ value, source: z.enum(FACT_SOURCES).optional(), observed: z.iso.date().optional() }).strict(),
]);
const facts = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), factInput);

/** The engine's input (see docs/rules.md): a household and its members with their facts. */
export const situationSchema = z
  .object({
    household: z.object({ facts: facts.optional() }).strict().optional(),
    persons: z
      .array(z.object({ id: z.string().min(1).max(40), role: z.enum(MEMBER_ROLES), facts: facts.optional() }).strict())
      .max(30)
      .optional(),
  })
  .strict()
  .describe('A household and its members; a fact is a plain value or { value, source, observed }');

const lang = z.enum(LANGS as unknown as ['nl', 'fr', 'en']).default('nl');

/** Body of POST /api/evaluate (OpenFisca-style: situation + date → outcomes). */
export const evaluateBodySchema = z
  .object({
    situation: situationSchema,
    date: z.iso.date().optional().describe('Evaluation date (YYYY-MM-DD); default today'),
    lang,
    rights: z.array(z.string()).max(200).optional().describe('Only these rights (default: all)'),
  })
  .strict();

/** Body of POST /api/questions. */
export const questionsBodySchema = z.object({ situation: situationSchema, date: z.iso.date().optional(), lang }).strict();

const factRef = z.object({ entity: z.enum(['person', 'household']), fact: z.string(), person: z.string().optional() });

/** One explained condition (recursive: `children` are conditions too). */
export const conditionSchema = z.any().describe('Explained condition: { id, text, legal, status: met|not-met|unknown, detail, missing, confirm, children }');

/** Response of POST /api/evaluate. */
export const evaluationSchema = z.object({
  date: z.string(),
  catalog_version: z.string(),
  outcomes: z.array(
    z.object({
      right: z.string(),
      name: z.string(),
      status: z.enum(['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']),
      amount: z.number().nullable(),
      period: z.enum(['month', 'year', 'once']).nullable(),
      missing: z.array(factRef),
      confirm: z.array(factRef),
      near_miss: z.object({ entity: z.enum(['person', 'household']), fact: z.string(), person: z.string().optional(), from: z.number(), to: z.number(), change: z.number() }).nullable(),
      uncertain: z.boolean(),
      explanation: z.string().describe('The explanation in plain text, in the requested language'),
      explanation_tree: conditionSchema.nullable(),
      members: z.array(z.object({ person: z.string(), status: z.string(), amount: z.number().nullable(), explanation_tree: conditionSchema.nullable() })).nullable(),
    }),
  ),
});

/** Response of POST /api/questions. */
export const questionsSchema = z.object({
  questions: z.array(
    factRef.extend({
      rights: z.array(z.string()),
      question: z.string().nullable(),
      help: z.string().nullable(),
      type: z.string(),
      unit: z.string().nullable(),
      values: z.array(z.string()).nullable(),
      sensitive: z.boolean(),
    }),
  ),
});

/** Query of GET /api/rights. */
export const rightsQuerySchema = z
  .object({
    lang,
    q: z.string().max(100).optional().describe('Words in the name'),
    domain: z.enum(DOMAINS).optional(),
    level: z.enum(LEVELS).optional(),
    granting: z.enum(GRANTING).optional(),
  })
  .strict();

const rightSummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  level: z.enum(LEVELS),
  municipality: z.string().nullable(),
  domain: z.enum(DOMAINS),
  granting: z.enum(GRANTING),
  provider: z.string(),
  subject: z.enum(['household', 'person']),
});

/** Response of GET /api/rights. */
export const rightListSchema = z.object({ catalog_version: z.string(), items: z.array(rightSummary) });

/** Params and query of GET /api/rights/:id. */
export const rightParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9-]+$/) });
/** Query of GET /api/rights/:id. */
export const rightQuerySchema = z.object({ lang }).strict();

/** Response of GET /api/rights/:id: everything the rule file says, in one language. */
export const rightDetailSchema = rightSummary.extend({
  catalog_version: z.string(),
  legal_basis: z.string(),
  sources: z.array(z.object({ url: z.string(), verified_on: z.string() })),
  valid_from: z.string().nullable(),
  valid_until: z.string().nullable(),
  uncertain: z.boolean(),
  uncertain_note: z.string().nullable(),
  apply: z.object({ how: z.string(), documents: z.array(z.string()) }).nullable(),
  parameters: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      period: z.string().nullable(),
      values: z.array(z.object({ from: z.string(), value: z.any(), source: z.string(), uncertain: z.boolean(), note: z.string().nullable() })),
    }),
  ),
  depends_on: z.array(z.string()),
  opens: z.array(z.string()),
  conditions: conditionSchema.nullable(),
});
