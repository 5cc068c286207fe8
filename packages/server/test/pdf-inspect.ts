import { inflateSync } from 'node:zlib';
/**
 * Reads back what a reader of a generated letter sees first: its language and title. For
 * tests: pdfkit compresses the page text, but keeps the catalogue's /Lang and the document
 * title readable.
 */
export function pdfLanguage(pdf: Uint8Array): string | null {
  return /\/Lang \(([a-z-]+)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1] ?? null;
}

/** The document title of a pdfkit PDF (shown by PDF readers in the window title). */
export function pdfTitle(pdf: Uint8Array): string | null {
  const text = Buffer.from(pdf).toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(text)?.[1];
  if (!ref) return null;
  const start = text.indexOf(`\n${ref} 0 obj\n(`);
  if (start < 0) return null;
  const from = start + `\n${ref} 0 obj\n(`.length;
  const raw = Buffer.from(text.slice(from, text.indexOf(')\nendobj', from)).replace(/\\(.)/g, '$1'), 'latin1');
  // Plain ASCII titles are written as is; others as UTF-16BE after a byte-order mark.
  if (raw[0] !== 0xfe || raw[1] !== 0xff) return raw.toString('latin1');
  return Buffer.from(raw.subarray(2)).swap16().toString('utf16le');
}

/**
 * The text of a pdfkit PDF as a reader sees it, one line per text operation: the compressed
 * page streams inflated, the hex strings of each `TJ` joined (standard fonts, WinAnsi).
 */
export function pdfText(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const lines: string[] = [];
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push([...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
