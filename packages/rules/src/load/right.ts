import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { CoreNode } from '../core/nodes.ts';
import { MEMBER_ROLES, type MemberRole, type Text } from '../types.ts';
import { readCondition } from './conditions.ts';
import { readExpression, type ExpressionSite } from './expression.ts';
import { implicitConditions } from './implicit.ts';
import { readParameters } from './parameters.ts';
import type { Symbols } from './rewrite.ts';
import type { YamlSource } from './source.ts';
import { DOMAINS, GRANTING, LEVELS, PERIODS, type RightDefinition } from './types.ts';

const RIGHT_KEYS = [
  'id', 'name', 'description', 'level', 'municipality', 'provider', 'domain', 'granting', 'subject', 'applies_to',
  'legal_basis', 'sources', 'valid_from', 'valid_until', 'uncertain', 'uncertain_note', 'apply', 'parameters',
  'eligibility', 'amount', 'notes', 'tags',
];

/** A right after its first reading: everything but the expressions, which need all rights' names. */
export interface RightDraft {
  header: Omit<RightDefinition, 'eligibility' | 'amount' | 'dependsOn'>;
  src: YamlSource;
  map: YAMLMap<unknown, unknown>;
}

/** First pass over a right file: metadata and parameters. */
export function readRightHeader(src: YamlSource): RightDraft | null {
  const map = src.map(src.root, `${src.file.path}`);
  if (!map) return null;
  src.onlyKeys(map, RIGHT_KEYS, 'a right');
  const id = src.string(map, 'id', 'the right');
  if (id !== null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) src.fail('schema', src.get(map, 'id'), `right id "${id}" is not kebab-case`, 'lower-case words joined by hyphens, e.g. verhoogde-tegemoetkoming');
  const what = `right "${id ?? '?'}"`;
  const text = (key: string) => src.text(map, key, what);
  const [name, description, provider] = [text('name'), text('description'), text('provider')];
  const level = src.oneOf(map, 'level', LEVELS, what);
  const municipality = src.string(map, 'municipality', what, level === 'local');
  if (municipality !== null && level !== 'local') src.fail('schema', src.get(map, 'municipality'), `${what} has a municipality but level "${level}"`, 'a municipality only for level: local');
  if (municipality !== null && !/^\d{5}$/.test(municipality)) src.fail('schema', src.get(map, 'municipality'), `municipality "${municipality}" is not a NIS code`, 'five digits in quotes, e.g. "44021"');
  const domain = src.oneOf(map, 'domain', DOMAINS, what);
  const granting = src.oneOf(map, 'granting', GRANTING, what);
  const subject = src.oneOf(map, 'subject', ['household', 'person'] as const, what, false) ?? 'household';
  const appliesTo = readRoles(src, map, subject);
  const legalBasis = src.string(map, 'legal_basis', what);
  const sources = readSources(src, map, what);
  const validFrom = src.date(map, 'valid_from', what, false);
  const validUntil = src.date(map, 'valid_until', what, false);
  const uncertain = src.boolean(map, 'uncertain', what, false);
  const uncertainNote = src.string(map, 'uncertain_note', what, false);
  if (uncertain && !uncertainNote) src.fail('schema', src.get(map, 'uncertain'), `${what} is uncertain without a note`, 'uncertain_note saying what is uncertain');
  const apply = readApply(src, map, what);
  const parameters = readParameters(src, src.get(map, 'parameters'), id ?? '?');
  if (!src.get(map, 'eligibility')) src.fail('schema', map, `${what} has no "eligibility"`, 'an eligibility condition tree');
  if (id === null || !name || !description || !provider || !level || !domain || !granting || legalBasis === null) return null;
  const header = {
    id, name, description, level, municipality, provider, domain, granting, subject, appliesTo, legalBasis, sources,
    validFrom, validUntil, uncertain, uncertainNote, apply, parameters, file: src.file.path, pos: src.pos(map),
  };
  return { header, src, map };
}

/** Second pass: the eligibility tree and the amount, rewritten into core nodes. */
export function buildRight(draft: RightDraft, symbols: Symbols): { right: RightDefinition | null; refs: ExpressionSite['rightRefs'] } {
  const { header, src, map } = draft;
  const site: ExpressionSite = { src, self: header.id, subject: header.subject, symbols, rightRefs: [] };
  const tree = readCondition(src.get(map, 'eligibility'), site, new Set(['van-kracht', 'woont-in-gemeente']));
  let amount: RightDefinition['amount'] = null;
  const amountNode = src.get(map, 'amount');
  if (amountNode) {
    const a = isMap(amountNode) ? amountNode : null;
    const expr = readExpression(a ? src.get(a, 'expr') : amountNode, site, 'money', `the amount of "${header.id}"`);
    const period = a ? (src.oneOf(a, 'period', PERIODS, 'the amount', false) ?? 'once') : 'once';
    if (a) src.onlyKeys(a, ['expr', 'period'], 'the amount');
    if (expr) amount = { expr, period };
  }
  if (!tree) return { right: null, refs: site.rightRefs };
  const implicit = implicitConditions(header, symbols.vocabulary, header.pos);
  if (header.municipality && !symbols.vocabulary.facts.has('municipality_nis')) {
    src.fail('unknown-fact', src.get(map, 'municipality'), 'a local right needs the household fact "municipality_nis"', 'municipality_nis declared in facts.yaml');
  }
  const eligibility: CoreNode = implicit.length ? { kind: 'logic', op: 'all', args: [...implicit, tree], type: 'boolean', pos: header.pos } : tree;
  const dependsOn = [...new Set(site.rightRefs.map((r) => r.id))];
  return { right: { ...header, eligibility, amount, dependsOn }, refs: site.rightRefs };
}

function readRoles(src: YamlSource, map: YAMLMap<unknown, unknown>, subject: string): MemberRole[] | null {
  const raw = src.string(map, 'applies_to', 'the right', false);
  if (raw === null || raw === '*') return null;
  if (subject !== 'person') src.fail('schema', src.get(map, 'applies_to'), 'applies_to is only for person rights', 'subject: person, or no applies_to');
  const roles = raw.split('|').map((r) => r.trim());
  for (const r of roles) {
    if (!(MEMBER_ROLES as readonly string[]).includes(r)) src.fail('schema', src.get(map, 'applies_to'), `"${r}" is not a member role`, `roles joined by |: ${MEMBER_ROLES.join(', ')}, or *`);
  }
  return roles as MemberRole[];
}

function readSources(src: YamlSource, map: YAMLMap<unknown, unknown>, what: string): RightDefinition['sources'] {
  const seq = src.seq(src.get(map, 'sources'), `sources of ${what}`);
  const out: RightDefinition['sources'] = [];
  for (const item of seq?.items ?? []) {
    const s = src.map(item as Node, `a source of ${what}`);
    if (!s) continue;
    src.onlyKeys(s, ['url', 'verified_on', 'title'], `a source of ${what}`);
    const url = src.string(s, 'url', `a source of ${what}`);
    const verified = src.date(s, 'verified_on', `a source of ${what}`);
    if (url && verified) out.push({ url, verified_on: verified });
  }
  if (seq && !out.length && !seq.items.length) src.fail('schema', seq, `${what} has no sources`, 'at least one source with url and verified_on');
  return out;
}

function readApply(src: YamlSource, map: YAMLMap<unknown, unknown>, what: string): RightDefinition['apply'] {
  const node = src.get(map, 'apply');
  if (!node) return null;
  const a = src.map(node, `apply of ${what}`);
  if (!a) return null;
  src.onlyKeys(a, ['how', 'documents'], `apply of ${what}`);
  const how = src.text(a, 'how', `apply of ${what}`);
  const documents: Text[] = [];
  const docs = src.get(a, 'documents');
  const seq = docs && !(isScalar(docs) && docs.value === null) ? src.seq(docs, `documents of ${what}`) : null;
  for (const item of seq?.items ?? []) {
    const d = src.map(item as Node, `a document of ${what}`);
    if (!d) continue;
    const t: Partial<Text> = {};
    for (const l of ['nl', 'fr', 'en'] as const) t[l] = src.string(d, l, `a document of ${what}`) ?? '';
    documents.push(t as Text);
  }
  return how ? { how, documents } : null;
}
