import PDFDocument from 'pdfkit';
import type { Catalog, Lang, Outcome } from '@springplank/rules';
import { OVERVIEW_WORDS } from './overview.words.ts';

const BANDS = ['eligible', 'eligible-if-confirmed', 'undetermined'] as const;

function money(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-BE' : lang === 'en' ? 'en-BE' : 'nl-BE', { style: 'currency', currency: 'EUR' }).format(value);
}

function factNames(catalog: Catalog, refs: { fact: string }[], lang: Lang): string {
  return [...new Set(refs.map((r) => {
    const def = catalog.vocabulary.facts.get(r.fact);
    return def?.label?.[lang] ?? def?.question?.[lang] ?? r.fact;
  }))].join('; ');
}

/** What the PDF says about whom and when. */
export interface OverviewPdfInput {
  catalog: Catalog;
  catalogVersion: string;
  outcomes: Outcome[];
  lang: Lang;
  date: string;
  /** The household as named in the dossier (its title). */
  household: string;
}

/**
 * The rechtenoverzicht of a dossier as a PDF (pdfkit), in one language, with the date and the
 * catalogue version: per band (have, probably, maybe) each right with its amount, provider, what
 * is still needed, how to apply and the documents to bring.
 */
export async function overviewPdf(input: OverviewPdfInput): Promise<Buffer> {
  const { catalog, lang } = input;
  const w = OVERVIEW_WORDS[lang];
  const doc = new PDFDocument({ size: 'A4', margin: 50, lang, info: { Title: w.title }, displayTitle: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).text(w.title);
  doc.font('Helvetica').fontSize(10).fillColor('#333333').text(w.subtitle(input.date, input.catalogVersion, input.household)).moveDown();
  for (const band of BANDS) {
    doc.font('Helvetica-Bold').fontSize(14).fillColor('#000000').text(w.band[band]).moveDown(0.3);
    const inBand = input.outcomes.filter((o) => o.status === band);
    if (!inBand.length) doc.font('Helvetica').fontSize(10).text(w.empty).moveDown(0.5);
    for (const o of inBand) {
      const right = catalog.rights.get(o.right);
      if (!right) continue;
      const amount = o.amount !== null && o.amount > 0 ? ` — ${money(o.amount, lang)} ${w.period[o.period ?? 'once']}` : '';
      doc.font('Helvetica-Bold').fontSize(11).text(`${right.name[lang]}${amount}`);
      doc.font('Helvetica').fontSize(10).text(`${w.provider}: ${right.provider[lang]}`);
      if (o.missing.length) doc.text(`${w.needs}: ${factNames(catalog, o.missing, lang)}.`);
      if (o.confirm.length) doc.text(`${w.confirm}: ${factNames(catalog, o.confirm, lang)}.`);
      if (o.uncertain) doc.text(w.uncertain);
      if (right.apply) doc.text(right.apply.how[lang]);
      if (right.apply?.documents.length) doc.text(`${w.documents}: ${right.apply.documents.map((d) => d[lang]).join('; ')}`);
      doc.moveDown(0.6);
    }
    doc.moveDown(0.5);
  }
  doc.fontSize(8).fillColor('#555555').text(w.footer);
  doc.end();
  return done;
}
