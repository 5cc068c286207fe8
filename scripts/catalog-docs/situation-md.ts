import { MEMBER_ROLES, FACT_SOURCES } from '@springplank/rules';
import type { FactEntry } from '../../packages/cli/src/facts-file.ts';
import { expectedValue } from '../../packages/cli/src/situation-schema.ts';
import { table } from './markdown.ts';

const EXAMPLE = {
  household: { facts: { municipality_nis: '99001', tenure: 'huurder-privaat' } },
  persons: [
    {
      id: 'p1',
      role: 'aanvrager',
      facts: {
        date_of_birth: '1985-03-02',
        net_income_monthly: { value: 900, source: 'self-declared', observed: '2026-10-01' },
      },
    },
  ],
};

function factSection(f: FactEntry): string {
  const lines = [
    `### \`${f.id}\``,
    '',
    `- **Question:** ${f.question.nl}`,
    `  - fr: ${f.question.fr}`,
    `  - en: ${f.question.en}`,
    `- **Help:** ${f.help.nl}`,
    `- **Why:** ${f.why.nl}`,
    `- **Value:** ${expectedValue(f)}`,
  ];
  if (f.values.length) lines.push(...f.values.map((v) => `  - \`${v}\`: ${f.valueLabels[v]?.nl ?? v}`));
  return lines.join('\n');
}

function overview(facts: FactEntry[]): string {
  return table(
    ['Fact', 'Type', 'Unit', 'Values', 'Fresh for (days)', 'Sensitive'],
    facts.map((f) => [`\`${f.id}\``, f.type, f.unit, f.values.join(', ') || null, f.freshForDays, f.sensitive ? 'yes (GDPR art. 9)' : 'no']),
  );
}

/** docs/situation.md: the shape of a situation and every fact of catalog/facts.yaml. */
export function renderSituationDoc(facts: FactEntry[]): string {
  const person = facts.filter((f) => f.entity === 'person');
  const household = facts.filter((f) => f.entity === 'household');
  return [
    '# The situation: what Springplank knows about a household',
    '',
    '> Generated from `catalog/facts.yaml` by `npx tsx scripts/generate-catalog-docs.ts`. Do not edit by hand: a test',
    '> fails when this file differs from what the facts generate. Questions, help and reasons are shown in Dutch',
    '> (French and English are in facts.yaml).',
    '',
    'A situation is a JSON document with a household and its members (`persons`). It is the only input of the rules',
    'engine. Every member has an `id` and a role; the composition of the household follows from that list.',
    '',
    '```json',
    JSON.stringify(EXAMPLE, null, 2),
    '```',
    '',
    `- **Roles:** ${MEMBER_ROLES.map((r) => `\`${r}\``).join(', ')}.`,
    '- **Fact value:** a plain value, `null` (not known), or `{ value, source, observed }` with its provenance.',
    `- **Provenance (\`source\`):** ${FACT_SOURCES.map((s) => `\`${s}\``).join(', ')}. An outcome that rests on a`,
    '  self-declared fact, or on one observed longer ago than its freshness, is `eligible-if-confirmed`.',
    '- **Missing fact:** a fact that is not known makes a condition unknown, never false.',
    '- **Validation:** `catalog/situation.schema.json` (JSON Schema generated from these facts) checks every situation;',
    '  every error names the path, the fact and what was expected. Unknown facts are errors.',
    '- **Sensitive:** facts about health or disability are special-category data (GDPR art. 9), shown only to roles',
    '  that need them.',
    '',
    `## Person facts (${person.length})`,
    '',
    overview(person),
    '',
    `## Household facts (${household.length})`,
    '',
    overview(household),
    '',
    '## Every fact',
    '',
    [...person, ...household].map(factSection).join('\n\n'),
    '',
  ].join('\n');
}
