import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { Employer } from '../employers/employer.entity';
import { todayInItaly } from '../../config/calendar';
import { prospettoCsv } from './rules/prospetto-csv';
import { currentLocale } from '../../i18n/request-locale';
import {
  firstDayLate,
  ProspettoFigures,
  ProspettoRecord,
  ProspettoStatus,
  prospettoStatus,
} from './rules/prospetto-rules';
import { QuotaResult } from './rules/quota-computation';
import { findRecords } from './reads/quota-records';
import { ProspettoSubmission } from './api/quota-records.types';
import { QuotaRuleVersion, versionAt } from './rules/quota-rules';
import { computeQuotasOn } from './quota.service';
import { msg } from '../../i18n/message';
import { keyCondition } from '../../db/built-sql';

/*
 * The annual report (art. 9 c.6): what it says on 31 December, whether it is due, and the reports sent.
 */

const yearEnd = (year: number): string => `${year}-12-31`;

function figuresOf(quota: QuotaResult): ProspettoFigures | null {
  if (quota.base === null) return null;
  return {
    base: quota.base,
    disabledDue: quota.disabled.due,
    protectedDue: quota.protectedCategories.due,
    compensatedUnits: quota.compensatedUnits + quota.protectedCompensatedUnits,
  };
}

/** Each employer's reports on record, oldest first, in one query. */
async function sentReports(
  manager: EntityManager,
  employerIds: readonly string[],
): Promise<Map<string, ProspettoRecord[]>> {
  const where = keyCondition('employer_id', employerIds, 'uuid');
  const rows: Array<ProspettoRecord & { employerId: string }> = await manager.query(
    `SELECT employer_id AS "employerId", year, submitted_on::text AS "submittedOn",
            json_build_object('base', computable_base, 'disabledDue', disabled_due, 'protectedDue', protected_due,
                              'compensatedUnits', compensated_units) AS figures
     FROM prospetto_submission WHERE ${where.text} ORDER BY year`,
    where.params,
  );
  const byEmployer = new Map<string, ProspettoRecord[]>(employerIds.map((id) => [id, []]));
  for (const row of rows) byEmployer.get(row.employerId)!.push(row);
  return byEmployer;
}

function statusOf(
  year: number,
  quota: QuotaResult,
  records: readonly ProspettoRecord[],
  versions: readonly QuotaRuleVersion[],
  asOf: string,
): ProspettoStatus {
  const firstBand = quota.ruleVersion?.disabledBands[0]?.from ?? null;
  return prospettoStatus(
    year,
    figuresOf(quota),
    firstBand,
    records,
    versionAt(versions, firstDayLate(`${year + 1}-01-31`)),
    asOf,
  );
}

/**
 * For the dashboard: each employer's report for the year before `asOf` (the one due by 31 January of asOf's year),
 * with the quotas on asOf, in a fixed number of queries.
 */
export async function quotasWithProspetto(
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
): Promise<{ quotas: Map<string, QuotaResult>; prospetti: Map<string, ProspettoStatus> }> {
  const year = Number(asOf.slice(0, 4)) - 1;
  const [{ versions, byDate }, reports] = await Promise.all([
    computeQuotasOn(manager, employerIds, [asOf, yearEnd(year)]),
    sentReports(manager, employerIds),
  ]);
  const atYearEnd = byDate.get(yearEnd(year))!;
  const prospetti = new Map(
    employerIds.map((id) => [id, statusOf(year, atYearEnd.get(id)!, reports.get(id)!, versions, asOf)]),
  );
  return { quotas: byDate.get(asOf)!, prospetti };
}

function checkYear(year: number, field: string): void {
  const thisYear = Number(todayInItaly().slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > thisYear) {
    throw new UserInputError(msg('quotas.yearBetween2000', { thisYear }), field);
  }
}

export interface ProspettoData {
  employer: Employer;
  year: number;
  referenceDate: string;
  /** The headcount the report describes: the latest on or before 31 December. */
  snapshotId: string;
  submissionDeadline: string;
  status: ProspettoStatus;
  quota: QuotaResult;
  csv: string;
}

/** The annual report describes 31 December and is sent by 31 January of the year after. */
export async function prospettoInformativo(
  manager: EntityManager,
  employerId: string,
  year: number,
): Promise<ProspettoData> {
  checkYear(year, 'year');
  const employer = await manager.findOneBy(Employer, { id: employerId });
  if (!employer) throw new NotFoundError('Employer', 'employerId');
  const referenceDate = yearEnd(year);
  const [{ versions, byDate }, reports] = await Promise.all([
    computeQuotasOn(manager, [employerId], [referenceDate]),
    sentReports(manager, [employerId]),
  ]);
  const quota = byDate.get(referenceDate)!.get(employerId)!;
  if (!quota.headcount) {
    throw new UserInputError(msg('quotas.headcountRecordedBeforeRecord', { referenceDate }), 'year');
  }
  const status = statusOf(year, quota, reports.get(employerId)!, versions, todayInItaly());
  const report = {
    employer,
    year,
    referenceDate,
    snapshotId: quota.headcount.snapshotId,
    submissionDeadline: status.deadline,
    required: status.required,
    status,
    quota,
  };
  return { ...report, csv: prospettoCsv(report, currentLocale()) };
}

export interface ProspettoSubmissionInput {
  employerId: string;
  year: number;
  submittedOn: string;
  reference: string;
}

/**
 * Records that the report for a year was sent, with what it declared: the quota on 31 December of that year as the
 * rules compute it now. One report per employer and year.
 */
export function recordProspettoSubmission(
  dataSource: DataSource,
  input: ProspettoSubmissionInput,
  actorId: string | null,
): Promise<ProspettoSubmission> {
  checkYear(input.year, 'input.year');
  if (input.submittedOn <= yearEnd(input.year)) {
    throw new UserInputError(
      msg('quotas.reportDescribesOnlySent', { year: input.year, yearEnd: yearEnd(input.year) }),
      'input.submittedOn',
    );
  }
  if (input.submittedOn > todayInItaly()) throw new UserInputError(msg('quotas.daySentFuture'), 'input.submittedOn');
  return dataSource.transaction(async (manager) => {
    const locked = await manager.query(`SELECT id FROM employer WHERE id = $1 FOR UPDATE`, [input.employerId]);
    if (locked.length === 0) throw new NotFoundError('Employer', 'input.employerId');
    const [existing] = await manager.query(
      `SELECT submitted_on::text AS "submittedOn" FROM prospetto_submission WHERE employer_id = $1 AND year = $2`,
      [input.employerId, input.year],
    );
    if (existing)
      throw new ConflictError(
        msg('quotas.reportAlreadyRecordedSent', { year: input.year, submittedOn: existing.submittedOn }),
        'input.year',
      );
    const quota = (await computeQuotasOn(manager, [input.employerId], [yearEnd(input.year)])).byDate
      .get(yearEnd(input.year))!
      .get(input.employerId)!;
    const figures = figuresOf(quota);
    if (!figures)
      throw new UserInputError(
        msg('quotas.headcountRecordedBeforeRecord2', { referenceDate: yearEnd(input.year) }),
        'input.year',
      );
    const [{ id }] = await manager.query(
      `INSERT INTO prospetto_submission (employer_id, year, submitted_on, reference, computable_base, disabled_due, protected_due,
         compensated_units, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        input.employerId,
        input.year,
        input.submittedOn,
        input.reference.trim(),
        figures.base,
        figures.disabledDue,
        figures.protectedDue,
        figures.compensatedUnits,
        actorId,
      ],
    );
    return (await findRecords(manager, 'prospetto', 'id', [id]))[0];
  });
}
