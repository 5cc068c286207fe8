import { vec, type Vec } from './frame.ts';

let scratch = { decided: new Uint8Array(0), decidingU: new Uint8Array(0), unknown: new Uint8Array(0), allU: new Uint8Array(0) };

/**
 * Kleene and (dominant false) / or (dominant true) over columns, with the interpreter's rule
 * for facts to confirm: a dominant result rests on facts to confirm only when every operand
 * that decides it does; a non-dominant result rests on all of them. Works column by column.
 */
export function kleeneVec(args: Vec[], dominant: boolean, n: number): Vec {
  if (scratch.decided.length < n) {
    scratch = { decided: new Uint8Array(n), decidingU: new Uint8Array(n), unknown: new Uint8Array(n), allU: new Uint8Array(n) };
  }
  const { decided, decidingU, unknown, allU } = scratch;
  decided.fill(0, 0, n);
  decidingU.fill(1, 0, n);
  unknown.fill(0, 0, n);
  allU.fill(0, 0, n);
  const d = dominant ? 1 : 0;
  for (const a of args) {
    const { v, u } = a;
    for (let i = 0; i < n; i++) {
      const x = v[i]!;
      if (x !== x) unknown[i] = 1;
      else {
        allU[i] = allU[i]! | u[i]!;
        if (x === d) {
          decided[i] = 1;
          decidingU[i] = decidingU[i]! & u[i]!;
        }
      }
    }
  }
  const out = vec(n);
  for (let i = 0; i < n; i++) {
    if (decided[i]) {
      out.v[i] = d;
      out.u[i] = decidingU[i]!;
    } else if (unknown[i]) out.v[i] = NaN;
    else {
      out.v[i] = 1 - d;
      out.u[i] = allU[i]!;
    }
  }
  return out;
}
