/** pdfkit's browser output helpers (shipped without type declarations). */
declare module 'pdfkit/output' {
  /** Collects a finished document into a PDF blob. */
  export function toBlob(document: PDFKit.PDFDocument): Promise<Blob>;
}

/** pdfkit's standard font metrics, registered explicitly in the browser build. */
declare module 'pdfkit/standard-fonts/*' {
  const font: unknown;
  export default font;
}
