import type { Locale } from '../../src/i18n/locale';
import { prospettoCsv } from '../../src/modules/quotas/rules/prospetto-csv';
import { computeQuota, noQuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts, QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';

const RULES: QuotaRuleVersion = {
  id: 'v',
  code: 'L68-2022',
  validFrom: '2022-01-01',
  validTo: null,
  source: 'L. 68/1999, test',
  confirmed: false,
  disabledBands: [{ sizeBand: 'SMALL', from: 15, to: 35, units: 1, percent: null }],
  protectedBands: [],
  exclusions: [
    {
      group: 'MANAGERS',
      label: 'managers',
      labelIt: 'dirigenti',
      reference: 'L. 68/1999 art. 4 c.1',
      atecoDivisions: null,
    },
  ],
  roundingThresholdHundredths: 50,
  roundingPoints: ['PART_TIME_BASE'],
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

const COUNTS: HeadcountCounts = {
  snapshotId: 's',
  referenceDate: '2024-12-31',
  totalEmployees: 22,
  partTimeEmployees: 4,
  partTimeFteHundredths: 250,
  disabledWorkers: 0,
  protectedCategoryWorkers: 0,
  disabledInServiceWorkers: 0,
  shortFixedTermWorkers: 0,
  managers: 2,
  apprentices: 0,
  tempAgencyWorkers: 0,
  homeWorkers: 0,
  cooperativePartners: 0,
  workersAbroad: 0,
  siteOrTravellingStaff: 0,
  otherGroups: {},
  partTimeCover: [],
};

function csv(legalName: string, locale: Locale = 'en'): string[] {
  const quota = computeQuota('2024-12-31', [RULES], noQuotaFacts({ atecoCode: '25.62.00', snapshots: [COUNTS] }));
  return prospettoCsv(
    {
      employer: { legalName, partitaIva: '01234567897', codiceFiscale: '01234567897', atecoCode: '25.62.00' },
      year: 2024,
      referenceDate: '2024-12-31',
      submissionDeadline: '2025-01-31',
      required: true,
      quota,
    },
    locale,
  ).split('\r\n');
}

describe('prospetto informativo as CSV', () => {
  it('has a header, the employer, the headcount, every quota step with its rule, and a summary', () => {
    const rows = csv('Officine Bresciane S.r.l.');
    expect(rows[0]).toBe('section,code,description,value');
    expect(rows).toContain('EMPLOYER,PARTITA_IVA,Partita IVA,01234567897');
    expect(rows).toContain('HEADCOUNT,PART_TIME_FTE,Full-time equivalent of the part-time employees,2.50');
    expect(rows).toContain('QUOTA,BASE_COMPUTABLE,Computable base (L. 68/1999 art. 4),18');
    expect(rows).toContain('SUMMARY,DISABLED_DUE,Disabled workers due,1');
    expect(rows.at(-1)).toBe('');
  });

  it('is headed and described in Italian when the reader is Italian, numbers and amounts written the Italian way', () => {
    const rows = csv('Officine Bresciane S.r.l.', 'it');
    expect(rows[0]).toBe('sezione,codice,descrizione,valore');
    expect(rows).toContain('EMPLOYER,LEGAL_NAME,Ragione sociale,Officine Bresciane S.r.l.');
    expect(rows).toContain('QUOTA,BASE_COMPUTABLE,Base di computo (L. 68/1999 art. 4),18');
    expect(rows).toContain('SUMMARY,DISABLED_DUE,Lavoratori con disabilità dovuti,1');
    expect(rows).toContain('HEADCOUNT,MANAGERS,dirigenti,2');
    expect(rows.find((r) => r.startsWith('QUOTA,BASE_PART_TIME,'))).toMatch(/2,50 equivalenti a tempo pieno/);
  });

  it('quotes fields with commas or quotes, doubling the quotes inside', () => {
    expect(csv('Rossi, "Bianchi" & C. S.n.c.')).toContain(
      'EMPLOYER,LEGAL_NAME,Legal name,"Rossi, ""Bianchi"" & C. S.n.c."',
    );
  });
});
