import { UnreachableCaseError } from '../errors.ts';
import type { CoreNode } from './nodes.ts';

const keys = new WeakMap<CoreNode, string>();

/**
 * A structural key of a node (positions and texts left out): equal keys compute equal
 * values, so evaluators can share the work of identical sub-expressions across rights
 * (the same count(kind) in twenty rights is counted once).
 */
export function nodeKey(node: CoreNode): string {
  let key = keys.get(node);
  if (key !== undefined) return key;
  switch (node.kind) {
    case 'constant':
      key = `c:${node.type}:${JSON.stringify(node.value)}`;
      break;
    case 'fact':
      key = `f:${node.scope}:${node.fact}`;
      break;
    case 'parameter':
      key = `p:${JSON.stringify(node.ref)}`;
      break;
    case 'compare':
      key = `(${node.op} ${nodeKey(node.left)} ${nodeKey(node.right)})`;
      break;
    case 'arithmetic':
    case 'logic':
      key = `(${node.kind}:${node.op} ${node.args.map(nodeKey).join(' ')})`;
      break;
    case 'aggregate':
      key = `(agg:${node.op} ${node.where ? nodeKey(node.where) : '-'} ${node.of ? nodeKey(node.of) : '-'})`;
      break;
    case 'right':
      key = `r:${node.scope}:${node.right}`;
      break;
    default:
      throw new UnreachableCaseError(node);
  }
  keys.set(node, key);
  return key;
}
