import type { Overview } from './overviewModel.ts';

/** The parts of pdfkit's browser build used here (its published types describe the Node build). */
interface PdfKitBrowser {
  default: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument;
  registerStdFonts(...fonts: unknown[]): void;
}

/** Texts of the PDF that do not come from the catalogue. */
export interface OverviewPdfLabels {
  title: string;
  subtitle: string;
  band(status: string): string;
  provider: string;
  documents: string;
  uncertain: string;
  empty: string;
  footer: string;
}

/**
 * Makes the rights overview as a PDF in the browser with pdfkit (loaded only when asked for),
 * so the answers never leave the device to make it.
 */
export async function overviewPdf(overview: Overview, labels: OverviewPdfLabels, language: string): Promise<Blob> {
  const [pdfkit, { toBlob }, helvetica, helveticaBold] = await Promise.all([
    import('pdfkit') as Promise<unknown> as Promise<PdfKitBrowser>,
    import('pdfkit/output'),
    import('pdfkit/standard-fonts/Helvetica'),
    import('pdfkit/standard-fonts/HelveticaBold'),
  ]);
  // The browser build of pdfkit carries no fonts until they are registered.
  pdfkit.registerStdFonts(helvetica.default, helveticaBold.default);
  const PDFDocument = pdfkit.default;
  const doc = new PDFDocument({ size: 'A4', margin: 50, lang: language, info: { Title: labels.title }, displayTitle: true });
  const blob = toBlob(doc);
  doc.font('Helvetica-Bold').fontSize(18).text(labels.title);
  doc.font('Helvetica').fontSize(10).fillColor('#333333').text(labels.subtitle).moveDown();
  for (const band of overview.bands) {
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#000000').text(labels.band(band.status)).moveDown(0.3);
    if (!band.rights.length) doc.font('Helvetica').fontSize(10).text(labels.empty).moveDown(0.5);
    for (const right of band.rights) {
      doc.font('Helvetica-Bold').fontSize(11).text(right.amount ? `${right.name} — ${right.amount}` : right.name);
      doc.font('Helvetica').fontSize(10).text(`${labels.provider}: ${right.provider}`);
      if (right.note) doc.text(right.note);
      if (right.uncertain) doc.text(labels.uncertain);
      if (right.how) doc.text(right.how);
      if (right.documents.length) doc.text(`${labels.documents}: ${right.documents.join('; ')}`);
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
  }
  doc.fontSize(8).fillColor('#555555').text(labels.footer);
  doc.end();
  return blob;
}
