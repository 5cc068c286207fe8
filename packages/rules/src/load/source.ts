import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { loadError, type LoadError, type LoadErrorCode } from '../errors.ts';
import { LANGS, type Position, type Text } from '../types.ts';

/** A file handed to the loader: no I/O happens in the core. */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * One parsed YAML file with its positions, collecting every error found while reading it,
 * so a catalogue reports all its problems at once.
 */
export class YamlSource {
  readonly errors: LoadError[] = [];
  readonly root: Node | null;
  private readonly lines = new LineCounter();

  constructor(readonly file: SourceFile) {
    const doc = parseDocument(file.text, { lineCounter: this.lines, uniqueKeys: true });
    for (const e of doc.errors) {
      const at = this.at(e.pos[0]);
      this.errors.push(loadError('yaml-syntax', at, `YAML syntax error: ${e.message.split('\n')[0]}`, 'valid YAML'));
    }
    this.root = doc.errors.length ? null : (doc.contents as Node | null);
  }

  /** The position of a character offset. */
  at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file.path, line, column: col };
  }

  /** The position where a node starts (or the file start). */
  pos(node: Node | null | undefined): Position {
    return this.at(node?.range?.[0] ?? 0);
  }

  /** Records an error at a node. */
  fail(code: LoadErrorCode, node: Node | null | undefined, message: string, expected?: string): void {
    this.errors.push(loadError(code, this.pos(node), message, expected));
  }

  /** The map at a node, or an error. */
  map(node: Node | null | undefined, what: string): YAMLMap<unknown, unknown> | null {
    if (isMap(node)) return node;
    this.fail('schema', node, `${what} is not a mapping`, 'a mapping of keys to values');
    return null;
  }

  /** The sequence at a node, or an error. */
  seq(node: Node | null | undefined, what: string): YAMLSeq<unknown> | null {
    if (isSeq(node)) return node;
    this.fail('schema', node, `${what} is not a list`, 'a list');
    return null;
  }

  /** The keys of a map with their nodes. */
  entries(map: YAMLMap<unknown, unknown>): { key: string; keyNode: Node; value: Node | null }[] {
    return map.items.map((pair) => ({
      key: String(isScalar(pair.key) ? pair.key.value : pair.key),
      keyNode: pair.key as Node,
      value: (pair.value as Node | null) ?? null,
    }));
  }

  /** The value node of a key, if present. */
  get(map: YAMLMap<unknown, unknown>, key: string): Node | null {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value as Node | null | undefined) ?? null;
  }

  /** Reports keys that the schema does not know. */
  onlyKeys(map: YAMLMap<unknown, unknown>, allowed: readonly string[], what: string): void {
    for (const { key, keyNode } of this.entries(map)) {
      if (!allowed.includes(key)) {
        this.fail('schema', keyNode, `unknown key "${key}" in ${what}`, `one of ${allowed.join(', ')}`);
      }
    }
  }

  /** A required or optional scalar string (numbers and booleans are turned into text). */
  string(map: YAMLMap<unknown, unknown>, key: string, what: string, required = true): string | null {
    const node = this.get(map, key);
    if (node === null || (isScalar(node) && node.value === null)) {
      if (required) this.fail('schema', map, `${what} has no "${key}"`, `a "${key}" field`);
      return null;
    }
    if (!isScalar(node) || typeof node.value === 'object') {
      this.fail('schema', node, `"${key}" of ${what} is not a single value`, 'text');
      return null;
    }
    return String(node.value);
  }

  /** A scalar that must be one of a fixed list of words. */
  oneOf<T extends string>(map: YAMLMap<unknown, unknown>, key: string, allowed: readonly T[], what: string, required = true): T | null {
    const value = this.string(map, key, what, required);
    if (value === null) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail('schema', this.get(map, key), `"${key}" of ${what} is "${value}"`, `one of ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }

  /** A number scalar. */
  number(node: Node | null, what: string): number | null {
    if (isScalar(node) && typeof node.value === 'number') return node.value;
    this.fail('schema', node, `${what} is not a number`, 'a number such as 1326.27');
    return null;
  }

  /** A boolean scalar (absent means the default). */
  boolean(map: YAMLMap<unknown, unknown>, key: string, what: string, fallback: boolean): boolean {
    const node = this.get(map, key);
    if (node === null) return fallback;
    if (isScalar(node) && typeof node.value === 'boolean') return node.value;
    this.fail('schema', node, `"${key}" of ${what} is not true or false`, 'true or false');
    return fallback;
  }

  /** A calendar date written as YYYY-MM-DD. */
  date(map: YAMLMap<unknown, unknown>, key: string, what: string, required = true): string | null {
    const value = this.string(map, key, what, required);
    if (value === null) return null;
    if (!isIsoDate(value)) {
      this.fail('schema', this.get(map, key), `"${key}" of ${what} is "${value}", not a date`, 'a date written YYYY-MM-DD');
      return null;
    }
    return value;
  }

  /** A text in nl, fr and en. */
  text(map: YAMLMap<unknown, unknown>, key: string, what: string, required = true): Text | null {
    const node = this.get(map, key);
    if (node === null) {
      if (required) this.fail('schema', map, `${what} has no "${key}"`, `"${key}" with nl, fr and en`);
      return null;
    }
    const m = this.map(node, `"${key}" of ${what}`);
    if (!m) return null;
    const out: Partial<Text> = {};
    for (const lang of LANGS) {
      const value = this.string(m, lang, `"${key}" of ${what}`);
      if (value !== null) out[lang] = value;
    }
    this.onlyKeys(m, LANGS, `"${key}" of ${what}`);
    return LANGS.every((l) => out[l] !== undefined) ? (out as Text) : null;
  }
}

/** True for a valid calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
