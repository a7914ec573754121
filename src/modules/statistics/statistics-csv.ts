import { CsvCell, writeCsv } from '../../export/csv';
import { FiguresRow, StatisticsTable } from './statistics';

const HEADER = [
  'year',
  'ambito',
  'section',
  'key',
  'label',
  'people_accompanied',
  'internships_and_trials_started',
  'people_placed_or_renewed',
  'internships_concluded',
  'internships_converted',
  'conversion_rate',
  'placements_started',
  'people_starting',
];

/** The statistics table as CSV (comma-separated, dot decimals, CRLF line ends, header first). */
export function statisticsCsv(year: number, ambito: number | null, table: StatisticsTable): string {
  const lines: CsvCell[][] = [HEADER];
  const figures = (section: string, row: FiguresRow) => [
    year,
    ambito,
    section,
    row.key,
    row.label,
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
      row.kind,
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
