import PDFDocument from 'pdfkit';
import { DEFAULT_LOCALE, Locale } from '../../i18n/locale';
import { translate } from '../../i18n/translate';
import { PERSONAL_DATA_AREAS } from './personal-data-areas';
import { SubjectAccessData } from './subject-access.service';

/** One value as a person reads it: dates in ISO form, lists joined, objects as compact JSON. */
function readable(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(readable).join(', ');
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * The export as a readable PDF: a section per area with its title and, for each row, one line per field that has a
 * value. It says the same as the JSON, for the person who asked.
 */
export function renderSubjectAccessPdf(data: SubjectAccessData, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: translate(locale, 'privacy.export.title') } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    pdf.font('Helvetica-Bold').fontSize(16).text(translate(locale, 'privacy.export.title'));
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(
        translate(locale, 'privacy.export.generated', {
          at: data.generatedAt.toISOString(),
          beneficiaryId: data.beneficiaryId,
        }),
      )
      .moveDown();
    for (const section of data.sections) {
      const area = PERSONAL_DATA_AREAS.find((candidate) => candidate.name === section.name)!;
      const rows = Object.values(section.tables).flat();
      pdf.font('Helvetica-Bold').fontSize(12).text(translate(locale, area.title));
      pdf
        .font('Helvetica')
        .fontSize(8)
        .text(translate(locale, 'privacy.export.rows', { count: rows.length }));
      for (const row of rows) {
        pdf.moveDown(0.3);
        for (const [field, value] of Object.entries(row)) {
          if (value === null || value === undefined || value === '') continue;
          pdf.text(`${field}: ${readable(value)}`, { width: 495 });
        }
      }
      pdf.moveDown();
    }
    pdf.end();
  });
}
