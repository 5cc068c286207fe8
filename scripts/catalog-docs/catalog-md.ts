import type { Catalog, ParameterDefinition, RightDefinition } from '@springplank/rules';
import { amount, table } from './markdown.ts';

const LEVEL_ORDER = ['federal', 'flemish', 'provincial', 'local'] as const;

function byLevelThenId(a: RightDefinition, b: RightDefinition): number {
  return LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || (a.municipality ?? '').localeCompare(b.municipality ?? '') || a.id.localeCompare(b.id);
}

/** The oldest verification date of a right's sources: how fresh the weakest source is. */
function verifiedOn(r: RightDefinition): string {
  return r.sources.map((s) => s.verified_on).sort()[0] ?? '–';
}

function level(r: RightDefinition): string {
  return r.municipality ? `${r.level} (${r.municipality})` : r.level;
}

function parameterValue(p: ParameterDefinition, value: ParameterDefinition['values'][number]['value']): string {
  if (Array.isArray(value)) {
    return value.map((b) => `above ${amount(b.above)}: ${b.amount !== undefined ? amount(b.amount) : `${amount((b.rate ?? 0) * 100)} %`}`).join('; ');
  }
  if (p.unit === 'percent') return `${amount(value * 100)} %`;
  if (p.unit === 'date') return new Date(value * 86_400_000).toISOString().slice(0, 10);
  return p.unit === 'EUR' ? `€ ${amount(value)}` : amount(value);
}

function parameterRows(r: RightDefinition): (string | null)[][] {
  return [...r.parameters.values()].flatMap((p) =>
    p.values.map((v) => [
      `\`${p.name}\``,
      v.from,
      parameterValue(p, v.value),
      [p.unit, p.period].filter(Boolean).join(' / '),
      v.source,
      v.uncertain ? `uncertain${v.note ? `: ${v.note}` : ''}` : (v.note ?? null),
    ]),
  );
}

function rightSection(r: RightDefinition): string {
  const lines = [
    `### ${r.name.nl} (\`${r.id}\`)`,
    '',
    r.description.nl,
    '',
    `- **Level:** ${level(r)} · **Domain:** ${r.domain} · **Granting:** ${r.granting} · **Evaluated for:** ${r.subject === 'person' ? `each member (${r.appliesTo?.join(', ') ?? 'every role'})` : 'the household'}`,
    `- **Provider:** ${r.provider.nl}`,
    `- **Legal basis:** ${r.legalBasis}`,
    `- **Valid:** ${r.validFrom ? `from ${r.validFrom}` : 'no start date given'}${r.validUntil ? ` up to and including ${r.validUntil}` : ''}`,
  ];
  if (r.dependsOn.length) lines.push(`- **Derived from:** ${r.dependsOn.map((d) => `\`${d}\``).join(', ')}`);
  lines.push('- **Sources:**', ...r.sources.map((s) => `  - <${s.url}> (verified on ${s.verified_on})`));
  if (r.uncertain) lines.push(`- **Check with the provider:** ${r.uncertainNote ?? 'not every figure is certain.'}`);
  const rows = parameterRows(r);
  if (rows.length) lines.push('', table(['Parameter', 'From', 'Value', 'Unit', 'Source', 'Note'], rows));
  return lines.join('\n');
}

/** docs/catalog.md: every right with level, domain, granting mode, sources and verified-on date. */
export function renderCatalogDoc(catalog: Catalog): string {
  const rights = [...catalog.rights.values()].sort(byLevelThenId);
  const count = (pred: (r: RightDefinition) => boolean) => rights.filter(pred).length;
  const domains = [...new Set(rights.map((r) => r.domain))].sort();
  return [
    '# Rights catalogue',
    '',
    '> Generated from `catalog/` by `npx tsx scripts/generate-catalog-docs.ts`. Do not edit by hand: a test fails when',
    '> this file differs from what the catalogue generates. Names, descriptions and notes are the Dutch texts of the rules.',
    '',
    `The catalogue holds **${rights.length} rights**: ${LEVEL_ORDER.map((l) => `${count((r) => r.level === l)} ${l}`).join(', ')}.`,
    `${count((r) => r.uncertain)} rights rest on a figure or rule that is not fully verified; Springplank shows "check with the provider" for them.`,
    '',
    '## Per life domain',
    '',
    table(['Domain', 'Rights'], domains.map((d) => [d, count((r) => r.domain === d)])),
    '',
    '## Overview',
    '',
    table(
      ['Right', 'Id', 'Level', 'Domain', 'Granting', 'Verified on', 'Uncertain'],
      rights.map((r) => [r.name.nl, `\`${r.id}\``, level(r), r.domain, r.granting, verifiedOn(r), r.uncertain ? 'yes' : 'no']),
    ),
    '',
    '## Rights',
    '',
    rights.map(rightSection).join('\n\n'),
    '',
  ].join('\n');
}
