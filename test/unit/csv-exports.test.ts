import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { prospettoCsv } from '../../src/modules/quotas/rules/prospetto-csv';
import { computeQuota, noQuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';
import { buildStatisticsTable } from '../../src/modules/statistics/statistics';
import { statisticsCsv } from '../../src/modules/statistics/statistics-csv';

/**
 * Every CSV Ponte writes, with hostile text in every text a client can set: no cell may start with what a
 * spreadsheet reads as a formula, and the file must read back as the same rows (quoting intact).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run (OWASP's list), with separators and quotes inside to test the quoting too. */
const hostileText = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '=cmd|', '@SUM(', '+1', '-2+3'),
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', ',', '"', '\r\n', '\n'),
  )
  .map(([start, middle, end]) => `${start}${middle}${end}`);

const RULES: QuotaRuleVersion = {
  id: 'v',
  code: 'L68-2022',
  validFrom: '2022-01-01',
  validTo: null,
  source: 'L. 68/1999, test',
  confirmed: false,
  disabledBands: [{ sizeBand: 'SMALL', from: 15, to: 35, units: 1, percent: null }],
  protectedBands: [],
  exclusions: [],
  roundingThresholdHundredths: 50,
  roundingPoints: [],
  disabledInServiceMinReduction: 60,
  graceDays: 60,
  dailyContributionCents: 3921,
  sanctionMultiplier: 5,
  fixedDailySanctionCents: null,
  prospettoLateCents: 70243,
  prospettoLatePerDayCents: 3402,
  sources: [],
  partTimeCover: { halfUnitUpToHoursPercent: 50, smallBandWholeUnitAboveReduction: 50 },
  maxExemptionPercentage: 60,
  exemptionCaps: [],
  gradualRegime: null,
  conventionCaps: {},
};

function prospetto(texts: { legalName: string; partitaIva: string; codiceFiscale: string; atecoCode: string }): string {
  const quota = computeQuota('2024-12-31', [RULES], noQuotaFacts({ atecoCode: texts.atecoCode }));
  return prospettoCsv(
    {
      employer: texts,
      year: 2024,
      referenceDate: '2024-12-31',
      submissionDeadline: '2025-01-31',
      required: true,
      quota,
    },
    'en',
  );
}

function statistics(municipalityName: string): string {
  const table = buildStatisticsTable(
    [
      {
        beneficiaryId: 'a',
        ambito: 1,
        municipalityId: 'm',
        municipalityName,
        law68Category: null,
        law381: false,
        socialServices: false,
        accompanied: true,
      },
    ],
    [],
    [{ number: 1, name: 'Brescia' }],
  );
  return statisticsCsv(2024, 1, table, 'it');
}

function cells(csv: string): string[][] {
  return parse(csv, { relax_column_count: false });
}

function expectNoFormula(csv: string, hostile: string[]): void {
  for (const cell of cells(csv).flat()) {
    if (FORMULA_START.test(cell)) throw new Error(`A cell starts like a formula: ${JSON.stringify(cell)}`);
  }
  // Each hostile text is still there, whole, behind the apostrophe that disarms it.
  for (const text of hostile) expect(cells(csv).flat()).toContain(`'${text}`);
}

describe('CSV exports', () => {
  it('disarm every employer text in the prospetto informativo', () => {
    fc.assert(
      fc.property(
        hostileText,
        hostileText,
        hostileText,
        hostileText,
        (legalName, partitaIva, codiceFiscale, atecoCode) => {
          expectNoFormula(prospetto({ legalName, partitaIva, codiceFiscale, atecoCode }), [
            legalName,
            partitaIva,
            codiceFiscale,
            atecoCode,
          ]);
        },
      ),
    );
  });

  it('disarm municipality names in the statistics table', () => {
    fc.assert(fc.property(hostileText, (name) => expectNoFormula(statistics(name), [name])));
  });

  it('leave ordinary text, numbers and empty cells as they are, with CRLF line ends', () => {
    const csv = prospetto({
      legalName: 'Rossi, "Bianchi" & C.',
      partitaIva: '01234567897',
      codiceFiscale: '01234567897',
      atecoCode: '25.62.00',
    });
    expect(csv).toContain('EMPLOYER,LEGAL_NAME,Legal name,"Rossi, ""Bianchi"" & C."\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(statistics('Brescia').split('\r\n')[1]).toBe('2024,1,TOTAL,TOTAL,Totale,1,0,0,0,0,,,');
  });
});
