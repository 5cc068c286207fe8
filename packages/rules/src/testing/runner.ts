import { isMap, isSeq, parseDocument, LineCounter, type Node } from 'yaml';
import { SituationError } from '../errors.ts';
import { evaluate, type Outcome } from '../eval/evaluate.ts';
import type { ExplainedCondition } from '../eval/explain.ts';
import type { Situation } from '../eval/situation.ts';
import type { SourceFile } from '../load/source.ts';
import type { Catalog } from '../load/types.ts';
import { conditionLines } from '../render/render.ts';
import { STATUS_ORDER, type Status } from '../types.ts';

/** The result of one YAML test case. */
export interface TestCaseResult {
  file: string;
  line: number;
  name: string;
  right: string;
  passed: boolean;
  /** Readable differences: expected vs actual, and the conditions that differ. */
  diff: string[];
}

/** The results of every test case of a catalogue. */
export interface TestReport {
  cases: TestCaseResult[];
  passed: number;
  failed: number;
}

/** What a test case expects (see docs/rules.md, "Tests"). */
interface Expectation {
  status?: Status;
  amount?: number | null;
  unknown?: string[];
  confirm?: string[];
}

/**
 * Runs YAML test files (`<right-id>.test.yaml`, a list of cases with name, date, situation
 * and expect) against a loaded catalogue. A case may name its right with `right:` when the
 * file name does not.
 */
export function runTests(catalog: Catalog, files: SourceFile[]): TestReport {
  const cases: TestCaseResult[] = [];
  for (const file of files) cases.push(...runFile(catalog, file));
  const passed = cases.filter((c) => c.passed).length;
  return { cases, passed, failed: cases.length - passed };
}

function runFile(catalog: Catalog, file: SourceFile): TestCaseResult[] {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines });
  const fileRight = (file.path.split('/').pop() ?? '').replace(/\.test\.ya?ml$/, '');
  const fail = (line: number, name: string, message: string): TestCaseResult => ({ file: file.path, line, name, right: fileRight, passed: false, diff: [message] });
  if (doc.errors.length) return [fail(lines.linePos(doc.errors[0]!.pos[0]).line, '(file)', `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0]}`)];
  if (!isSeq(doc.contents)) return [fail(1, '(file)', 'a test file is a list of test cases')];
  return doc.contents.items.map((item, i) => {
    const line = lines.linePos((item as Node).range?.[0] ?? 0).line;
    if (!isMap(item)) return fail(line, `case ${i + 1}`, 'a test case is a mapping with name, date, situation and expect');
    const c = item.toJSON() as { name?: string; right?: string; date?: string; situation?: Situation; expect?: Expectation };
    const name = c.name ?? `case ${i + 1}`;
    const right = c.right ?? fileRight;
    if (!catalog.rights.has(right)) return { ...fail(line, name, `there is no right "${right}" (name the file <right-id>.test.yaml or give "right:")`), right };
    if (!c.date || !c.expect || !c.situation) return { ...fail(line, name, 'a test case needs date, situation and expect'), right };
    try {
      const result = evaluate(catalog, c.situation, String(c.date), { rights: [right] });
      const diff = compare(c.expect, result.outcomes[0]!, catalog);
      return { file: file.path, line, name, right, passed: diff.length === 0, diff };
    } catch (e) {
      if (e instanceof SituationError) return { ...fail(line, name, e.message), right };
      throw e;
    }
  });
}

function compare(expect: Expectation, outcome: Outcome, catalog: Catalog): string[] {
  const diff: string[] = [];
  if (expect.status && expect.status !== outcome.status) {
    diff.push(`status: expected ${expect.status}, got ${outcome.status}`);
    diff.push(...differing(outcome, expect.status, catalog).map((l) => `  ${l.trim()}`));
  }
  if (expect.amount !== undefined) {
    const same = expect.amount === null ? outcome.amount === null : outcome.amount !== null && Math.abs(outcome.amount - expect.amount) < 0.005;
    if (!same) diff.push(`amount: expected ${expect.amount}, got ${outcome.amount}`);
  }
  const conditions = allConditions(outcome);
  for (const id of expect.unknown ?? []) {
    const found = conditions.filter((c) => c.id === id);
    if (!found.length) diff.push(`unknown: there is no condition "${id}"`);
    else if (!found.some((c) => c.status === 'unknown')) diff.push(`unknown: expected condition "${id}" to be unknown, it is ${found[0]!.status}`);
  }
  if (expect.confirm) {
    const got = outcome.confirm.map((r) => r.fact).sort();
    if (JSON.stringify([...expect.confirm].sort()) !== JSON.stringify(got)) diff.push(`confirm: expected [${expect.confirm.join(', ')}], got [${got.join(', ')}]`);
  }
  return diff;
}

function allConditions(outcome: Outcome): ExplainedCondition[] {
  const roots = outcome.explanation ? [outcome.explanation] : (outcome.members ?? []).flatMap((m) => (m.explanation ? [m.explanation] : []));
  const walk = (c: ExplainedCondition): ExplainedCondition[] => [c, ...c.children.flatMap(walk)];
  return roots.flatMap(walk);
}

/** The named leaf conditions that explain why the outcome is not the expected one. */
function differing(outcome: Outcome, expected: Status, catalog: Catalog): string[] {
  const better = STATUS_ORDER.indexOf(expected) < STATUS_ORDER.indexOf(outcome.status);
  const wanted = better ? (outcome.status === 'undetermined' ? 'unknown' : 'not-met') : expected === 'undetermined' ? null : 'met';
  const leaves = allConditions(outcome).filter((c) => c.id !== null && c.children.length === 0);
  const shown = leaves.filter((c) => (wanted ? c.status === wanted : c.status !== 'unknown'));
  const lines: string[] = [];
  for (const c of shown) lines.push(...conditionLines({ ...c, children: [], node: c.node }, 'en', catalog, 0));
  return lines;
}
