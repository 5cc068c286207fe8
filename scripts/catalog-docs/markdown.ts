/** Escapes text for a Markdown table cell: pipes and line breaks would break the row. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '–';
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table from a header row and body rows. */
export function table(header: string[], rows: (string | number | null)[][]): string {
  const line = (cells: (string | number | null)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** A number written the Belgian way for documentation (1.314,20). */
export function amount(value: number): string {
  return value.toLocaleString('nl-BE', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 });
}
