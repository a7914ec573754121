import { addDays } from '../../../config/calendar';
import { QuotaRuleVersion } from './quota-rules';
import { Message, msg } from '../../../i18n/message';

/**
 * The annual report (prospetto informativo, L. 68/1999 art. 9 c.6): whether it is due for a year, and what sending
 * it late costs. Pure: the records (the quota on 31 December, the reports sent) come in as plain data.
 */

/** What a report declares that decides whether the next one is due. */
export interface ProspettoFigures {
  base: number;
  disabledDue: number;
  protectedDue: number;
  compensatedUnits: number;
}

export interface SentProspetto {
  year: number;
  figures: ProspettoFigures;
}

export interface ProspettoDue {
  due: boolean;
  reason: Message;
}

/**
 * Due only from the first band, and then only when something affecting the obligation changed since the last report
 * sent (DL 112/2008 art. 40 c.4): the units due in either quota, or a compensation among sites to declare. A change
 * of the base that leaves the units due as they were does not make it due.
 */
export function prospettoDue(
  current: ProspettoFigures,
  firstBandFrom: number,
  last: SentProspetto | null,
): ProspettoDue {
  if (current.base < firstBandFrom) {
    return { due: false, reason: msg('quotas.prospetto.belowFirstBand', { base: current.base, firstBandFrom }) };
  }
  if (current.compensatedUnits > 0) {
    return {
      due: true,
      reason: msg('quotas.prospetto.compensation', { units: current.compensatedUnits }),
    };
  }
  if (!last) return { due: true, reason: msg('quotas.prospetto.firstReport') };
  const disabledChanged = last.figures.disabledDue !== current.disabledDue;
  const protectedChanged = last.figures.protectedDue !== current.protectedDue;
  // A year is a name here, not a quantity: "2022", never "2.022".
  const year = String(last.year);
  if (!disabledChanged && !protectedChanged) return { due: false, reason: msg('quotas.prospetto.unchanged', { year }) };
  return {
    due: true,
    reason: msg('quotas.prospetto.changed', {
      year,
      changed: disabledChanged && protectedChanged ? 'both' : disabledChanged ? 'disabled' : 'protected',
      disabledBefore: last.figures.disabledDue,
      disabledNow: current.disabledDue,
      protectedBefore: last.figures.protectedDue,
      protectedNow: current.protectedDue,
    }),
  };
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Art. 15 c.1: an amount for sending late, plus one for each further day of delay, counted to the day it was sent
 * or, while it is not, to `asOf`. The figures are those of the version in force on the first day late.
 */
export function prospettoLateSanction(
  deadline: string,
  submittedOn: string | null,
  asOf: string,
  rules: QuotaRuleVersion,
): { daysLate: number; cents: number } {
  const daysLate = Math.max(0, dayNumber(submittedOn ?? asOf) - dayNumber(deadline));
  return {
    daysLate,
    cents: daysLate === 0 ? 0 : rules.prospettoLateCents + (daysLate - 1) * rules.prospettoLatePerDayCents,
  };
}

/** The day from which a report is late: the version in force then sets the sanction. */
export const firstDayLate = (deadline: string): string => addDays(deadline, 1);

/** A report on record: the year it describes, when it was sent and what it declared. */
export interface ProspettoRecord extends SentProspetto {
  submittedOn: string;
}

export interface ProspettoStatus {
  year: number;
  /** 31 January of the year after. */
  deadline: string;
  required: boolean;
  reason: Message;
  submittedOn: string | null;
  daysLate: number;
  lateSanctionCents: number;
  /** The version whose figures price the delay; null when nothing is late. */
  lateRuleVersion: QuotaRuleVersion | null;
}

/**
 * The report for `year` as the records show it on `asOf`: whether it is due (from the quota on 31 December and the
 * last report sent before), whether it was sent, and the sanction if it is late.
 */
export function prospettoStatus(
  year: number,
  figures: ProspettoFigures | null,
  firstBandFrom: number | null,
  records: readonly ProspettoRecord[],
  versionWhenLate: QuotaRuleVersion | null,
  asOf: string,
): ProspettoStatus {
  const deadline = `${year + 1}-01-31`;
  const sent = records.find((r) => r.year === year) ?? null;
  const last = records.filter((r) => r.year < year).sort((a, b) => b.year - a.year)[0] ?? null;
  const decision =
    figures === null || firstBandFrom === null
      ? { due: false, reason: msg('quotas.prospetto.nothingOnRecord', { day: `${year}-12-31` }) }
      : prospettoDue(figures, firstBandFrom, last);
  const late =
    decision.due && versionWhenLate
      ? prospettoLateSanction(deadline, sent?.submittedOn ?? null, asOf, versionWhenLate)
      : { daysLate: 0, cents: 0 };
  return {
    year,
    deadline,
    required: decision.due,
    reason: decision.reason,
    submittedOn: sent?.submittedOn ?? null,
    daysLate: late.daysLate,
    lateSanctionCents: late.cents,
    lateRuleVersion: late.cents > 0 ? versionWhenLate : null,
  };
}
