import PDFDocument from 'pdfkit';

/** The content of a letter: plain paragraphs, optionally with a bulleted list. */
export interface LetterContent {
  language: 'nl' | 'fr' | 'en';
  sender: string;
  date: string;
  title: string;
  greeting: string;
  paragraphs: string[];
  list?: { heading: string; items: string[] };
  closing: string;
  footer: string;
}

/**
 * Renders a letter as PDF on the server with pdfkit (no browser needed). Deterministic apart
 * from the PDF's creation date, which is fixed to the letter's date so the same letter gives
 * the same bytes.
 */
export function renderLetter(letter: LetterContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    lang: letter.language,
    info: { Title: letter.title, Author: letter.sender, CreationDate: new Date(`${letter.date}T00:00:00Z`) },
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica').fontSize(10).fillColor('#333333').text(letter.sender).text(letter.date, { align: 'right' }).moveDown(2);
  doc.font('Helvetica-Bold').fontSize(16).fillColor('#000000').text(letter.title).moveDown();
  doc.font('Helvetica').fontSize(11).text(letter.greeting).moveDown(0.8);
  for (const paragraph of letter.paragraphs) doc.text(paragraph).moveDown(0.8);
  if (letter.list && letter.list.items.length > 0) {
    doc.font('Helvetica-Bold').text(letter.list.heading).font('Helvetica');
    doc.list(letter.list.items, { bulletRadius: 2 }).moveDown(0.8);
  }
  doc.text(letter.closing).moveDown(2);
  doc.fontSize(8).fillColor('#555555').text(letter.footer);
  doc.end();
  return done;
}
