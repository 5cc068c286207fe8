import { loadError, type LoadError } from '../errors.ts';
import { parseFactsYaml, type FactsVocabulary } from '../facts/vocabulary.ts';
import { buildRight, readRightHeader, type RightDraft } from './right.ts';
import type { Symbols } from './rewrite.ts';
import { YamlSource, type SourceFile } from './source.ts';
import type { Catalog, RightDefinition } from './types.ts';

/** The result of loading a catalogue: all of it, or every error and nothing else. */
export type LoadResult = { ok: true; catalog: Catalog } | { ok: false; errors: LoadError[] };

/** Options of {@link loadCatalog}. */
export interface LoadOptions {
  /** The facts vocabulary; when absent, a file named facts.yaml among the files is used. */
  vocabulary?: FactsVocabulary;
}

const isFacts = (path: string) => /(^|\/)facts\.ya?ml$/.test(path);
const isTest = (path: string) => /\.test\.ya?ml$/.test(path);

/**
 * Loads and checks a catalogue from files given as { path, text }: schema, unknown facts,
 * types, references to missing rights, dependency cycles. Right files are every YAML file
 * except facts.yaml and *.test.yaml. A catalogue with any error never loads partially.
 */
export function loadCatalog(files: SourceFile[], options: LoadOptions = {}): LoadResult {
  const errors: LoadError[] = [];
  let vocabulary = options.vocabulary;
  if (!vocabulary) {
    const factsFile = files.find((f) => isFacts(f.path));
    if (!factsFile) {
      const first = files[0]?.path ?? 'facts.yaml';
      return { ok: false, errors: [loadError('schema', { file: first, line: 1, column: 1 }, 'no facts vocabulary was given and there is no facts.yaml', 'a facts.yaml file or options.vocabulary')] };
    }
    const parsed = parseFactsYaml(factsFile);
    errors.push(...parsed.errors);
    vocabulary = parsed.vocabulary;
  }
  const drafts: RightDraft[] = [];
  const symbols: Symbols = { vocabulary, rights: new Map() };
  const sources: YamlSource[] = [];
  for (const file of files.filter((f) => !isFacts(f.path) && !isTest(f.path) && /\.ya?ml$/.test(f.path))) {
    const src = new YamlSource(file);
    sources.push(src);
    const draft = src.root ? readRightHeader(src) : null;
    if (!draft) continue;
    const { id } = draft.header;
    if (symbols.rights.has(id)) {
      const other = drafts.find((d) => d.header.id === id)!;
      src.fail('duplicate', src.get(draft.map, 'id'), `right "${id}" is also defined in ${other.header.file}`, 'one file per right id');
      continue;
    }
    symbols.rights.set(id, { subject: draft.header.subject, parameters: draft.header.parameters });
    drafts.push(draft);
  }
  const rights = new Map<string, RightDefinition>();
  const refs = new Map<string, { id: string; file: string; line: number; column: number }[]>();
  for (const draft of drafts) {
    const built = buildRight(draft, symbols);
    refs.set(draft.header.id, built.refs);
    if (built.right) rights.set(built.right.id, built.right);
  }
  for (const src of sources) errors.push(...src.errors);
  const order = orderRights(drafts.map((d) => d.header.id), refs, errors);
  if (errors.length) return { ok: false, errors };
  return { ok: true, catalog: { rights, order, vocabulary } };
}

/** Orders rights so each comes after the rights it reads; reports every cycle once. */
function orderRights(ids: string[], refs: Map<string, { id: string; file: string; line: number; column: number }[]>, errors: LoadError[]): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    state.set(id, 'visiting');
    for (const ref of refs.get(id) ?? []) {
      if (state.get(ref.id) === 'visiting') {
        const cycle = [...path.slice(path.indexOf(ref.id)), id, ref.id];
        const key = [...new Set(cycle)].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          const chain = path.includes(ref.id) ? [...path.slice(path.indexOf(ref.id)), id, ref.id] : [id, ref.id];
          errors.push(loadError('cycle', ref, `right "${id}" depends on itself: ${chain.join(' → ')}`, 'derived rights that do not refer back to themselves'));
        }
        continue;
      }
      if (refs.has(ref.id)) visit(ref.id, [...path, id]);
    }
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of ids) visit(id, []);
  return order;
}
