import { writeCsv } from '../../../export/csv';
import { enumLabel } from '../../../i18n/enum-labels';
import type { Locale } from '../../../i18n/locale';
import { render } from '../../../i18n/message';
import type { MessageKey } from '../../../i18n/messages';
import { translate } from '../../../i18n/translate';
import { QuotaResult } from './quota-computation';
import { lineValueMessage } from './quota-line';
import { groupLabel, HEADCOUNT_GROUPS, HeadcountGroup } from './quota-rules';

interface ReportHeader {
  employer: { legalName: string; partitaIva: string; codiceFiscale: string; atecoCode: string };
  year: number;
  referenceDate: string;
  submissionDeadline: string;
  required: boolean;
  quota: QuotaResult;
}

type Row = [section: string, code: string, description: string, value: string | number];

/**
 * The annual report as CSV, one row per item (section, code, description, value), in the order of the online form:
 * the employer, the headcount, then every step of the quota with its rule, so the file explains itself. Sections and
 * codes stay codes, for whoever filters the file; descriptions and the header are in `locale`.
 */
export function prospettoCsv(report: ReportHeader, locale: Locale): string {
  const { employer, quota } = report;
  const t = (key: MessageKey) => translate(locale, key);
  const item = (
    section: 'EMPLOYER' | 'REPORT' | 'HEADCOUNT' | 'SUMMARY',
    code: string,
    value: string | number,
  ): Row => [section, code, t(`quotas.prospettoCsv.${section}.${code}` as MessageKey), value];
  const rows: Row[] = [
    item('EMPLOYER', 'LEGAL_NAME', employer.legalName),
    item('EMPLOYER', 'PARTITA_IVA', employer.partitaIva),
    item('EMPLOYER', 'CODICE_FISCALE', employer.codiceFiscale),
    item('EMPLOYER', 'ATECO', employer.atecoCode),
    item('REPORT', 'YEAR', report.year),
    item('REPORT', 'REFERENCE_DATE', report.referenceDate),
    item('REPORT', 'SUBMISSION_DEADLINE', report.submissionDeadline),
    item('REPORT', 'REQUIRED', t(report.required ? 'quotas.prospettoCsv.yes' : 'quotas.prospettoCsv.no')),
  ];
  const headcount = quota.headcount;
  if (headcount) {
    const exclusions = quota.ruleVersion?.exclusions ?? [];
    const groupName = (group: HeadcountGroup) => {
      const rule = exclusions.find((e) => e.group === group);
      return rule ? groupLabel(rule)[locale] : group;
    };
    rows.push(
      item('HEADCOUNT', 'REFERENCE_DATE', headcount.referenceDate),
      item('HEADCOUNT', 'TOTAL_EMPLOYEES', headcount.totalEmployees),
      item('HEADCOUNT', 'PART_TIME_EMPLOYEES', headcount.partTimeEmployees),
      item('HEADCOUNT', 'PART_TIME_FTE', (headcount.partTimeFteHundredths / 100).toFixed(2)),
      ...(Object.keys(HEADCOUNT_GROUPS) as HeadcountGroup[]).map((group): Row => [
        'HEADCOUNT',
        group,
        groupName(group),
        headcount[HEADCOUNT_GROUPS[group].field],
      ]),
    );
  }
  rows.push(
    ...quota.lines.map((line): Row => {
      const description = render(line.message, locale);
      const value = lineValueMessage(line.value);
      return [
        'QUOTA',
        line.code,
        line.reference ? `${description} (${line.reference})` : description,
        value ? render(value, locale) : '',
      ];
    }),
  );
  rows.push(
    item('SUMMARY', 'STATUS', enumLabel('QuotaStatus', quota.status, locale)),
    item('SUMMARY', 'DISABLED_DUE', quota.disabled.due),
    item('SUMMARY', 'DISABLED_COVERED', quota.disabled.covered),
    item('SUMMARY', 'DISABLED_CONVENTIONS', quota.disabled.conventionUnits),
    item('SUMMARY', 'DISABLED_EXEMPTED', quota.disabled.exemptedUnits),
    item('SUMMARY', 'DISABLED_SHORTFALL', quota.disabled.shortfall),
    item('SUMMARY', 'PROTECTED_DUE', quota.protectedCategories.due),
    item('SUMMARY', 'PROTECTED_COVERED', quota.protectedCategories.covered),
    item('SUMMARY', 'PROTECTED_SHORTFALL', quota.protectedCategories.shortfall),
    item('SUMMARY', 'COMPENSATED_UNITS', quota.compensatedUnits),
  );
  const header = ['section', 'code', 'description', 'value'].map((column) =>
    t(`quotas.prospettoCsv.column.${column}` as MessageKey),
  );
  return writeCsv([header, ...rows]);
}
