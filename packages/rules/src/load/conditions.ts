import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ConditionMeta, CoreNode } from '../core/nodes.ts';
import { readExpression, type ExpressionSite } from './expression.ts';

const GROUP_KEYS = ['all', 'any', 'not'] as const;
const META_KEYS = ['id', 'text', 'legal'];

/**
 * Reads a condition of the eligibility tree: a leaf `{ id, text, legal, expr }`, a group
 * `all:` / `any:` (a list, or `{ id, text, legal, of: [...] }`, or with id/text/legal beside
 * the key) or `not:` (a condition, or `{ id, text, legal, expr | of }` whose text states the
 * requirement, i.e. the negation). Named conditions carry their meta on the core node.
 */
export function readCondition(node: Node | null, site: ExpressionSite, ids: Set<string>): CoreNode | null {
  const { src } = site;
  const map = src.map(node, 'a condition');
  if (!map) return null;
  const group = GROUP_KEYS.find((k) => src.get(map, k) !== null);
  if (!group) {
    src.onlyKeys(map, [...META_KEYS, 'expr'], 'a condition');
    const meta = readMeta(map, site, ids, true);
    const expr = readExpression(src.get(map, 'expr'), site, 'boolean', `condition "${meta?.id ?? '?'}"`);
    return expr && meta ? { ...expr, meta } : null;
  }
  src.onlyKeys(map, [...META_KEYS, group], 'a condition group');
  const body = src.get(map, group)!;
  let meta = map.items.length > 1 ? readMeta(map, site, ids, false) : null;
  let children: (CoreNode | null)[];
  if (group === 'not') {
    const inner = src.map(body, '"not"');
    if (!inner) return null;
    let child: CoreNode | null;
    if (src.get(inner, 'of') || src.get(inner, 'expr')) {
      src.onlyKeys(inner, [...META_KEYS, 'of', 'expr'], '"not"');
      meta = readMeta(inner, site, ids, false) ?? meta;
      child = src.get(inner, 'of')
        ? readCondition(src.get(inner, 'of'), site, ids)
        : readExpression(src.get(inner, 'expr'), site, 'boolean', `condition "${meta?.id ?? 'not'}"`);
    } else child = readCondition(inner, site, ids);
    children = [child];
  } else {
    let list: Node | null = body;
    if (isMap(body)) {
      src.onlyKeys(body, [...META_KEYS, 'of'], `"${group}"`);
      meta = readMeta(body, site, ids, false) ?? meta;
      list = src.get(body, 'of');
    }
    const seq = isSeq(list) ? list : src.seq(list, `"${group}"`);
    children = (seq?.items ?? []).map((item) => readCondition(item as Node, site, ids));
    if (seq && !seq.items.length) src.fail('schema', seq, `"${group}" has no conditions`, 'at least one condition');
  }
  if (children.some((c) => !c)) return null;
  const op = group === 'not' ? 'not' : group;
  const out: CoreNode = { kind: 'logic', op, args: children as CoreNode[], type: 'boolean', pos: src.pos(map) };
  if (meta) out.meta = meta;
  return out;
}

function readMeta(map: YAMLMap<unknown, unknown>, site: ExpressionSite, ids: Set<string>, leaf: boolean): ConditionMeta | null {
  const { src } = site;
  const id = src.string(map, 'id', 'a condition', leaf);
  if (id === null) return null;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) src.fail('schema', src.get(map, 'id'), `condition id "${id}" is not kebab-case`, 'lower-case words joined by hyphens, e.g. inkomen-onder-grens');
  if (ids.has(id)) src.fail('duplicate', src.get(map, 'id'), `condition id "${id}" is used twice in this right`, 'a unique id per condition');
  ids.add(id);
  const text = src.text(map, 'text', `condition "${id}"`, leaf);
  return { id, text, legal: src.string(map, 'legal', `condition "${id}"`, false) };
}
