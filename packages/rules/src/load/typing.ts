import { UnreachableCaseError } from '../errors.ts';
import type { ValueType } from '../types.ts';

/** Numbers and money mix in arithmetic and comparison; nothing else mixes. */
export function family(type: ValueType): 'numeric' | 'date' | 'boolean' | 'string' {
  return type === 'number' || type === 'money' ? 'numeric' : type;
}

/** A type named for the person who edits a rule file. */
export function typeWords(type: ValueType): string {
  switch (type) {
    case 'number':
      return 'a number';
    case 'money':
      return 'an amount in EUR';
    case 'date':
      return 'a date';
    case 'boolean':
      return 'a truth value (true/false)';
    case 'string':
      return 'a text';
    default:
      throw new UnreachableCaseError(type);
  }
}

/** The type of `a op b` for arithmetic on numeric operands: amounts stay amounts. */
export function arithmeticType(op: '+' | '-' | '*' | '/' | 'min' | 'max', a: ValueType, b: ValueType): ValueType {
  if (op === '/') return a === 'money' && b !== 'money' ? 'money' : 'number';
  return a === 'money' || b === 'money' ? 'money' : 'number';
}
