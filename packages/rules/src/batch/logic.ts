import { vec, type Vec } from './frame.ts';

/**
 * Kleene and (dominant false) / or (dominant true) over columns, with the interpreter's rule
 * for facts to confirm: a dominant result rests on facts to confirm only when every operand
 * that decides it does; a non-dominant result rests on all of them.
 */
export function kleeneVec(args: Vec[], dominant: boolean, n: number): Vec {
  const out = vec(n);
  const d = dominant ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let decided = false;
    let decidingU = 1;
    let unknown = false;
    let allU = 0;
    for (const a of args) {
      const x = a.v[i]!;
      if (Number.isNaN(x)) unknown = true;
      else {
        allU |= a.u[i]!;
        if (x === d) {
          decided = true;
          decidingU &= a.u[i]!;
        }
      }
    }
    if (decided) {
      out.v[i] = d;
      out.u[i] = decidingU;
    } else if (unknown) out.v[i] = NaN;
    else {
      out.v[i] = 1 - d;
      out.u[i] = allU;
    }
  }
  return out;
}
