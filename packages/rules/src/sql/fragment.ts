/** A compiled node: its value (NULL = unknown) and whether it rests on facts to confirm. */
export interface Fragment {
  v: string;
  /** A boolean SQL expression, never NULL where v is not NULL; the literal `false` when it cannot be true. */
  u: string;
}

/** OR of confirmation flags, folding away the ones that cannot be true. */
export function orU(parts: string[]): string {
  const live = parts.filter((p) => p !== 'false');
  return live.length ? `(${live.join(' OR ')})` : 'false';
}

/** How the compiled SQL reaches the person and the member a node reads. */
export interface SqlScope {
  /** Alias of the stage row: household facts, the aanvrager's facts (a__*) and right columns. */
  row: string;
  /** Alias of the person row in a person right; null in a household right (the aanvrager, from the row). */
  person: string | null;
  /** Alias of the member row inside an aggregate. */
  it: string | null;
}
