import { IncentiveCode, IncentiveEstimate } from './incentive-rules';

/*
 * Talking points for the meeting with the employer, each derived from a figure or a rule of the brief: a code
 * (a key of src/i18n/messages/mediation.ts, `mediation.talk.<code>`) and its parameters. No sentence is invented:
 * a point exists only when its figure does. Amounts stay in cents here (`…Cents`); the text converts them.
 */

export enum TalkingPointCode {
  score = 'score',
  notEligible = 'notEligible',
  changesOpen = 'changesOpen',
  skillGaps = 'skillGaps',
  commute = 'commute',
  accommodations = 'accommodations',
  shortfallClosed = 'shortfallClosed',
  quotaCovered = 'quotaCovered',
  exposureAvoided = 'exposureAvoided',
  contributionSaved = 'contributionSaved',
  incentive = 'incentive',
  inail = 'inail',
  regionalFund = 'regionalFund',
}

export interface TalkingPoint {
  code: TalkingPointCode;
  params: Record<string, string | number>;
}

/** What the points are drawn from: the brief's figures, already limited to what the viewer may read. */
export interface BriefFigures {
  score: number | null;
  failedConstraints: number;
  changesThatOpen: number;
  skillGaps: number;
  commute: { km: number; minutes: number } | null;
  /** Accommodations the workplace lacks; null when the viewer may not know the person's needs. */
  accommodationsLacking: number | null;
  /** Null when the hiring would not count toward the disabled quota. */
  quota: {
    shortfallBefore: number;
    shortfallAfter: number;
    exposurePerDayAvoidedCents: number;
    contributionPerDaySavedCents: number;
  } | null;
  incentives: IncentiveEstimate[];
}

export function talkingPoints(f: BriefFigures): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  const add = (code: TalkingPointCode, params: TalkingPoint['params'] = {}) => points.push({ code, params });
  if (f.score !== null) add(TalkingPointCode.score, { score: f.score });
  else add(TalkingPointCode.notEligible, { count: f.failedConstraints });
  if (f.changesThatOpen > 0) add(TalkingPointCode.changesOpen, { count: f.changesThatOpen });
  if (f.skillGaps > 0) add(TalkingPointCode.skillGaps, { count: f.skillGaps });
  if (f.commute) add(TalkingPointCode.commute, { km: f.commute.km, minutes: f.commute.minutes });
  if (f.accommodationsLacking) add(TalkingPointCode.accommodations, { count: f.accommodationsLacking });
  if (f.quota) {
    if (f.quota.shortfallBefore > f.quota.shortfallAfter)
      add(TalkingPointCode.shortfallClosed, { before: f.quota.shortfallBefore, after: f.quota.shortfallAfter });
    else if (f.quota.shortfallBefore === 0) add(TalkingPointCode.quotaCovered);
    if (f.quota.exposurePerDayAvoidedCents > 0)
      add(TalkingPointCode.exposureAvoided, { amountCents: f.quota.exposurePerDayAvoidedCents });
    if (f.quota.contributionPerDaySavedCents > 0)
      add(TalkingPointCode.contributionSaved, { amountCents: f.quota.contributionPerDaySavedCents });
  }
  for (const i of f.incentives) {
    if (i.applies === false) continue;
    if (i.estimateCents !== null)
      add(TalkingPointCode.incentive, {
        percent: i.rule.percentOfGrossWage!,
        months: i.monthsCounted!,
        amountCents: i.estimateCents,
        confirmed: i.rule.confirmed ? 'yes' : 'no',
        applies: i.applies ? 'yes' : 'unknown',
      });
    else if (i.rule.code === IncentiveCode.INAIL_ACCOMMODATIONS)
      add(TalkingPointCode.inail, { amountCents: i.rule.maxCents! });
    else if (i.rule.code === IncentiveCode.LOMBARDY_FUND) add(TalkingPointCode.regionalFund);
  }
  return points;
}
