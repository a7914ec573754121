import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet may run as a formula when a cell starts with it (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null;

/**
 * A text cell that a spreadsheet would read as a formula gets a leading apostrophe, which spreadsheets show as
 * text and never evaluate. Numbers are Ponte's own figures and stay numbers.
 */
function disarm(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The one way Ponte writes CSV: RFC 4180 through csv-stringify (comma, quotes doubled, CRLF line ends, header
 * first), every text cell disarmed, an empty cell for null.
 */
export function writeCsv(rows: CsvCell[][]): string {
  return stringify(rows, {
    record_delimiter: 'windows',
    cast: { string: disarm },
  });
}
