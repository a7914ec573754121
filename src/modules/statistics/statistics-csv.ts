import { CsvCell, writeCsv } from '../../export/csv';
import { render } from '../../i18n/message';
import type { Locale } from '../../i18n/locale';
import { enumLabel } from '../../i18n/enum-labels';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { FiguresRow, StatisticsTable } from './statistics';

/** The columns, each headed in the reader's language; section and key stay codes, for whoever filters the file. */
const COLUMNS: readonly MessageKey[] = [
  'statistics.csv.year',
  'statistics.csv.ambito',
  'statistics.csv.section',
  'statistics.csv.key',
  'statistics.csv.label',
  'statistics.csv.peopleAccompanied',
  'statistics.csv.internshipsAndTrialsStarted',
  'statistics.csv.peoplePlacedOrRenewed',
  'statistics.csv.internshipsConcluded',
  'statistics.csv.internshipsConverted',
  'statistics.csv.conversionRate',
  'statistics.csv.placementsStarted',
  'statistics.csv.peopleStarting',
];

/** The statistics table as CSV (comma-separated, dot decimals, CRLF line ends, header first), in `locale`'s words. */
export function statisticsCsv(year: number, ambito: number | null, table: StatisticsTable, locale: Locale): string {
  const lines: CsvCell[][] = [COLUMNS.map((key) => translate(locale, key))];
  const figures = (section: string, row: FiguresRow) => [
    year,
    ambito,
    section,
    row.key,
    render(row.message, locale),
    row.peopleAccompanied,
    row.internshipsAndTrialsStarted,
    row.peoplePlacedOrRenewed,
    row.internshipsConcluded,
    row.internshipsConverted,
    row.conversionRate,
    null,
    null,
  ];
  lines.push(figures('TOTAL', table.totals));
  for (const row of table.byAmbito) lines.push(figures('AMBITO', row));
  for (const row of table.byMunicipality) lines.push(figures('MUNICIPALITY', row));
  for (const row of table.byEligibility) lines.push(figures('ELIGIBILITY', row));
  for (const row of table.byPlacementKind) {
    lines.push([
      year,
      ambito,
      'PLACEMENT_KIND',
      row.kind,
      enumLabel('PlacementKind', row.kind, locale),
      null,
      null,
      null,
      null,
      null,
      null,
      row.placementsStarted,
      row.people,
    ]);
  }
  return writeCsv(lines);
}
