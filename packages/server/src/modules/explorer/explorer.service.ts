import {
  evaluate, renderExplanation, SituationError,
  type Catalog, type ExplainedCondition, type Lang, type MemberRole, type RightDefinition, type Situation,
} from '@springplank/rules';
import { Errors } from '../../platform/errors/problem.ts';
import type { VersionedCatalog } from './explorer.catalog.ts';

/** Today as YYYY-MM-DD (UTC): the default evaluation date. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Runs the engine, turning a situation the vocabulary refuses into a 422 naming each field. */
export function evaluateOrFail(catalog: Catalog, situation: Situation, date: string, rights?: string[]) {
  const unknown = rights?.find((id) => !catalog.rights.has(id));
  if (unknown) throw Errors.invalidField('body.rights', 'unknown-right', `${unknown} is not a right of the catalogue.`);
  try {
    return evaluate(catalog, situation, date, rights ? { rights } : {});
  } catch (error) {
    if (error instanceof SituationError) {
      const first = error.problems[0];
      throw Errors.invalidField(`body.situation.${first?.path ?? ''}`, 'invalid-situation', error.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    }
    throw error;
  }
}

/** A condition tree as plain JSON (the engine keeps its core node out of serialisation already). */
function plainTree(tree: ExplainedCondition | null): unknown {
  return tree ? JSON.parse(JSON.stringify(tree)) : null;
}

/** The answer of POST /api/evaluate: outcomes with plain-text and tree explanations in one language. */
export function presentEvaluation(loaded: VersionedCatalog, situation: Situation, date: string, lang: Lang, rights?: string[]) {
  const { catalog } = loaded;
  const evaluation = evaluateOrFail(catalog, situation, date, rights);
  return {
    date,
    catalog_version: loaded.version,
    outcomes: evaluation.outcomes.map((o) => ({
      right: o.right,
      name: catalog.rights.get(o.right)?.name[lang] ?? o.right,
      status: o.status,
      amount: o.amount,
      period: o.period,
      missing: o.missing,
      confirm: o.confirm,
      near_miss: o.nearMiss && { entity: o.nearMiss.entity, fact: o.nearMiss.fact, ...(o.nearMiss.person ? { person: o.nearMiss.person } : {}), from: o.nearMiss.from, to: o.nearMiss.to, change: o.nearMiss.change },
      uncertain: o.uncertain,
      explanation: renderExplanation(o, lang, catalog),
      explanation_tree: plainTree(o.explanation),
      members: o.members && o.members.map((m) => ({ person: m.person, status: m.status, amount: m.amount, explanation_tree: plainTree(m.explanation) })),
    })),
  };
}

/** The answer of POST /api/questions: the engine's ranked missing inputs, asked in one language. */
export function presentQuestions(loaded: VersionedCatalog, situation: Situation, date: string, lang: Lang) {
  const { catalog } = loaded;
  const evaluation = evaluateOrFail(catalog, situation, date);
  return {
    questions: evaluation.nextQuestions.map((q) => {
      const def = catalog.vocabulary.facts.get(q.fact);
      return {
        entity: q.entity,
        fact: q.fact,
        ...(q.person ? { person: q.person } : {}),
        rights: q.rights,
        question: q.question?.[lang] ?? null,
        help: def?.help?.[lang] ?? null,
        type: def?.type ?? 'string',
        unit: def?.unit ?? null,
        values: def?.values ?? null,
        sensitive: q.sensitive,
      };
    }),
  };
}

function summary(right: RightDefinition, lang: Lang) {
  return {
    id: right.id,
    name: right.name[lang],
    description: right.description[lang],
    level: right.level,
    municipality: right.municipality,
    domain: right.domain,
    granting: right.granting,
    provider: right.provider[lang],
    subject: right.subject,
  };
}

/** Filters for GET /api/rights. */
export interface RightFilter {
  lang: Lang;
  q?: string | undefined;
  domain?: string | undefined;
  level?: string | undefined;
  granting?: string | undefined;
}

/** The rights of the catalogue, searched by name and filtered by domain, level and granting mode. */
export function listRights(loaded: VersionedCatalog, filter: RightFilter) {
  const words = (filter.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const items = [...loaded.catalog.rights.values()]
    .filter((r) => (!filter.domain || r.domain === filter.domain) && (!filter.level || r.level === filter.level) && (!filter.granting || r.granting === filter.granting))
    .filter((r) => words.every((w) => `${r.name[filter.lang]} ${r.id}`.toLocaleLowerCase().includes(w)))
    .sort((a, b) => a.name[filter.lang].localeCompare(b.name[filter.lang], filter.lang))
    .map((r) => summary(r, filter.lang));
  return { catalog_version: loaded.version, items };
}

/**
 * The conditions of a right without anyone's data: the explanation tree of an empty situation,
 * where every condition is still open (a member of a role the right applies to stands in).
 */
function conditionTree(catalog: Catalog, right: RightDefinition, date: string): ExplainedCondition | null {
  const role: MemberRole = right.appliesTo?.[0] ?? 'aanvrager';
  const persons = role === 'aanvrager' ? [{ id: 'p1', role }] : [{ id: 'p1', role: 'aanvrager' }, { id: 'p2', role }];
  const outcome = evaluate(catalog, { household: { facts: {} }, persons }, date, { rights: [right.id], nearMiss: false }).outcomes[0];
  return outcome?.explanation ?? outcome?.members?.find((m) => m.person === persons.at(-1)?.id)?.explanation ?? null;
}

/** Everything the rule file of one right says, in one language; 404 for an unknown id. */
export function readRight(loaded: VersionedCatalog, id: string, lang: Lang) {
  const { catalog } = loaded;
  const right = catalog.rights.get(id);
  if (!right) throw Errors.notFound('right', id);
  return {
    ...summary(right, lang),
    catalog_version: loaded.version,
    legal_basis: right.legalBasis,
    sources: right.sources,
    valid_from: right.validFrom,
    valid_until: right.validUntil,
    uncertain: right.uncertain,
    uncertain_note: right.uncertainNote,
    apply: right.apply && { how: right.apply.how[lang], documents: right.apply.documents.map((d) => d[lang]) },
    parameters: [...right.parameters.values()].map((p) => ({ name: p.name, unit: p.unit, period: p.period, values: p.values })),
    depends_on: right.dependsOn,
    opens: [...catalog.rights.values()].filter((r) => r.dependsOn.includes(id)).map((r) => r.id),
    conditions: plainTree(conditionTree(catalog, right, todayIso())),
  };
}
