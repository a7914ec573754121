import { writeCsv } from '../../../export/csv';
import { QuotaResult } from './quota-computation';
import { HEADCOUNT_GROUPS, HeadcountGroup } from './quota-rules';

interface ReportHeader {
  employer: { legalName: string; partitaIva: string; codiceFiscale: string; atecoCode: string };
  year: number;
  referenceDate: string;
  submissionDeadline: string;
  required: boolean;
  quota: QuotaResult;
}

/**
 * The annual report as CSV, one row per item (section, code, description, value), in the order of the online form:
 * the employer, the headcount, then every step of the quota with its rule, so the file explains itself.
 */
export function prospettoCsv(report: ReportHeader): string {
  const { employer, quota } = report;
  const rows: Array<[string, string, string, string | number]> = [
    ['EMPLOYER', 'LEGAL_NAME', 'Legal name', employer.legalName],
    ['EMPLOYER', 'PARTITA_IVA', 'Partita IVA', employer.partitaIva],
    ['EMPLOYER', 'CODICE_FISCALE', 'Codice fiscale', employer.codiceFiscale],
    ['EMPLOYER', 'ATECO', 'ATECO activity code', employer.atecoCode],
    ['REPORT', 'YEAR', 'Year reported', report.year],
    ['REPORT', 'REFERENCE_DATE', 'Situation on', report.referenceDate],
    ['REPORT', 'SUBMISSION_DEADLINE', 'To be sent by', report.submissionDeadline],
    ['REPORT', 'REQUIRED', 'Computable base reaches the first band', report.required ? 'yes' : 'no'],
  ];
  const headcount = quota.headcount;
  if (headcount) {
    rows.push(
      ['HEADCOUNT', 'REFERENCE_DATE', 'Date of the headcount', headcount.referenceDate],
      ['HEADCOUNT', 'TOTAL_EMPLOYEES', 'Employees, every contract and site', headcount.totalEmployees],
      ['HEADCOUNT', 'PART_TIME_EMPLOYEES', 'Part-time employees', headcount.partTimeEmployees],
      [
        'HEADCOUNT',
        'PART_TIME_FTE',
        'Full-time equivalent of the part-time employees',
        (headcount.partTimeFteHundredths / 100).toFixed(2),
      ],
      ...(Object.keys(HEADCOUNT_GROUPS) as HeadcountGroup[]).map((group): [string, string, string, number] => [
        'HEADCOUNT',
        group,
        HEADCOUNT_GROUPS[group].label,
        headcount[HEADCOUNT_GROUPS[group].field],
      ]),
    );
  }
  rows.push(
    ...quota.lines.map((line): [string, string, string, string] => [
      'QUOTA',
      line.code,
      line.reference ? `${line.description} (${line.reference})` : line.description,
      line.value,
    ]),
  );
  rows.push(
    ['SUMMARY', 'STATUS', 'Status', quota.status],
    ['SUMMARY', 'DISABLED_DUE', 'Disabled workers due', quota.disabled.due],
    ['SUMMARY', 'DISABLED_COVERED', 'Disabled workers counting', quota.disabled.covered],
    ['SUMMARY', 'DISABLED_CONVENTIONS', 'Units covered by conventions', quota.disabled.conventionUnits],
    ['SUMMARY', 'DISABLED_EXEMPTED', 'Units exempted', quota.disabled.exemptedUnits],
    ['SUMMARY', 'DISABLED_SHORTFALL', 'Disabled workers still to hire', quota.disabled.shortfall],
    ['SUMMARY', 'PROTECTED_DUE', 'Protected-category workers due', quota.protectedCategories.due],
    ['SUMMARY', 'PROTECTED_COVERED', 'Protected-category workers counting', quota.protectedCategories.covered],
    ['SUMMARY', 'PROTECTED_SHORTFALL', 'Protected-category workers still to hire', quota.protectedCategories.shortfall],
    ['SUMMARY', 'COMPENSATED_UNITS', 'Units compensated among sites', quota.compensatedUnits],
  );
  return writeCsv([['section', 'code', 'description', 'value'], ...rows]);
}
