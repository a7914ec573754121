import { addDays, addMonths } from '../../../config/calendar';
import { CategoryOutcome, Evaluation, evaluateAt, QuotaArrangements } from './quota-evaluation';
import {
  dailySanctionCents,
  HeadcountCounts,
  QuotaCategory,
  QuotaRuleVersion,
  SizeBand,
  versionAt,
} from './quota-rules';
import { allocateAmongSites, SiteHeadcount } from './quota-sites';
import { count, Line } from './quota-line';
import { msg } from '../../../i18n/message';
import { enumParam } from '../../../i18n/translate';

export type QuotaStatus =
  'NO_RULE_VERSION' | 'NO_HEADCOUNT' | 'NOT_OBLIGED' | 'SUSPENDED' | 'COVERED' | 'IN_GRACE' | 'UNCOVERED';

export interface QuotaFacts extends QuotaArrangements {
  /** The employer's headcounts, oldest first. */
  snapshots: readonly HeadcountCounts[];
  /** The per-site breakdowns of those headcounts, where recorded. */
  sites: readonly SiteHeadcount[];
}

/** The facts of an employer of whom nothing is recorded: no headcount, so no quota; the rest to be added. */
export function noQuotaFacts(facts: Partial<QuotaFacts> = {}): QuotaFacts {
  return {
    atecoCode: '',
    art3c3Organisation: null,
    snapshots: [],
    sites: [],
    exemptions: [],
    suspensions: [],
    conventions: [],
    placements: [],
    newHires: [],
    ...facts,
  };
}

export interface UncoveredUnit {
  category: QuotaCategory;
  unit: number;
  uncoveredSince: string;
  /** The day after the grace period: from then on each working day uncovered is sanctioned. */
  sanctionableFrom: string;
}

/** A site's share of both quotas: the art. 18 quota is national and compensated among sites like the art. 3 one. */
export interface SiteQuota extends SiteHeadcount {
  due: number;
  balance: number;
  protectedDue: number;
  protectedBalance: number;
}

export interface QuotaResult {
  asOf: string;
  status: QuotaStatus;
  ruleVersion: QuotaRuleVersion | null;
  headcount: HeadcountCounts | null;
  base: number | null;
  sizeBand: SizeBand | null;
  disabled: CategoryOutcome;
  protectedCategories: CategoryOutcome;
  uncoveredUnits: UncoveredUnit[];
  dailyContributionCents: number;
  exposurePerDayCents: number;
  sites: SiteQuota[];
  compensatedUnits: number;
  protectedCompensatedUnits: number;
  /** Disabled units another company of the employer's group covers with its surplus. */
  groupCompensatedUnits: number;
  lines: Line[];
}

const NOTHING: CategoryOutcome = { due: 0, covered: 0, conventionUnits: 0, exemptedUnits: 0, shortfall: 0 };
const euros = (cents: number): number => cents / 100;

/**
 * An employer's Law 68/99 position on a date, with every step as a line. When each uncovered unit started is
 * found by evaluating the same rules on every earlier date where something changed (a headcount, a rule version,
 * an arrangement starting or ending, an art. 11 deadline passing, a hiring through Ponte starting or ending).
 */
export function computeQuota(asOf: string, versions: readonly QuotaRuleVersion[], facts: QuotaFacts): QuotaResult {
  const rules = versionAt(versions, asOf);
  const headcount = latestOnOrBefore(facts.snapshots, asOf);
  const empty = {
    asOf,
    ruleVersion: rules,
    headcount,
    base: null,
    sizeBand: null,
    disabled: NOTHING,
    protectedCategories: NOTHING,
    uncoveredUnits: [],
    dailyContributionCents: 0,
    exposurePerDayCents: 0,
    sites: [],
    compensatedUnits: 0,
    protectedCompensatedUnits: 0,
    groupCompensatedUnits: 0,
  };
  if (!rules) {
    return {
      ...empty,
      status: 'NO_RULE_VERSION',
      lines: [
        {
          code: 'RULE_VERSION',
          reference: 'L. 68/1999',
          message: msg('quotas.line.noRuleVersion', { asOf }),
          value: null,
        },
      ],
    };
  }
  if (!headcount) {
    return {
      ...empty,
      status: 'NO_HEADCOUNT',
      lines: [
        ruleVersionLine(rules),
        {
          code: 'NO_HEADCOUNT',
          reference: 'L. 68/1999 art. 4',
          message: msg('quotas.line.noHeadcount', { asOf }),
          value: null,
        },
      ],
    };
  }

  const now = evaluateAt(asOf, headcount, rules, facts);
  const history = shortfallHistory(asOf, versions, facts);
  const uncoveredUnits = [...unitStarts(history, 'DISABLED', versions), ...unitStarts(history, 'PROTECTED', versions)];
  const sanctionable = uncoveredUnits.filter((u) => u.sanctionableFrom <= asOf);
  const exposure = sanctionExposure(sanctionable, rules);
  const dailyContributionCents = now.disabled.exemptedUnits * rules.dailyContributionCents;
  const siteBreakdown = facts.sites.filter((site) => site.snapshotId === headcount.snapshotId);
  const allocation = allocateAmongSites(now.disabled.due, 'DISABLED', siteBreakdown);
  const protectedAllocation = allocateAmongSites(now.protectedCategories.due, 'PROTECTED', siteBreakdown);

  const lines = [
    ruleVersionLine(rules),
    ...now.lines,
    ...uncoveredUnits.map(unitLine),
    ...allocation.lines,
    ...protectedAllocation.lines,
  ];
  if (dailyContributionCents > 0) {
    lines.push({
      code: 'DAILY_CONTRIBUTION',
      reference: 'L. 68/1999 art. 5 c.3',
      message: msg('quotas.line.dailyContribution', {
        units: now.disabled.exemptedUnits,
        perDay: euros(rules.dailyContributionCents),
      }),
      value: { cents: dailyContributionCents },
    });
  }
  if (uncoveredUnits.length > 0) lines.push(...exposure.lines);
  return {
    ...empty,
    status: status(now, uncoveredUnits.length, sanctionable.length),
    base: now.base,
    sizeBand: now.sizeBand,
    disabled: now.disabled,
    protectedCategories: now.protectedCategories,
    uncoveredUnits,
    dailyContributionCents,
    exposurePerDayCents: exposure.cents,
    sites: siteBreakdown.map((site, i) => ({
      ...site,
      due: allocation.sites[i].due,
      balance: allocation.sites[i].balance,
      protectedDue: protectedAllocation.sites[i].due,
      protectedBalance: protectedAllocation.sites[i].balance,
    })),
    compensatedUnits: allocation.compensatedUnits,
    protectedCompensatedUnits: protectedAllocation.compensatedUnits,
    lines,
  };
}

/**
 * What art. 15 c.4 sanctions a day: the disabled workers of art. 1 missing from the art. 3 quota past their grace
 * period, at the daily amount of the version in force. The art. 18 units are not in its text, so they are left out
 * (and the breakdown says how many). It is an upper bound: the mandatory warning (diffida, art. 15 c.4-bis) lets an
 * employer who complies pay less.
 */
export function sanctionExposure(
  sanctionable: readonly UncoveredUnit[],
  rules: QuotaRuleVersion,
): { cents: number; lines: Line[] } {
  const disabled = sanctionable.filter((u) => u.category === 'DISABLED').length;
  const protectedUnits = sanctionable.length - disabled;
  const perDay = dailySanctionCents(rules);
  const cents = disabled * perDay;
  const lines: Line[] = [
    {
      code: 'SANCTION_EXPOSURE',
      reference: 'L. 68/1999 art. 15 c.4 and c.4-bis',
      message: msg('quotas.line.sanctionExposure', {
        units: disabled,
        fixed: rules.fixedDailySanctionCents === null ? 'no' : 'yes',
        perDay: euros(perDay),
        multiplier: rules.sanctionMultiplier ?? 0,
        contribution: euros(rules.dailyContributionCents),
      }),
      value: { cents },
    },
  ];
  if (protectedUnits > 0) {
    lines.push({
      code: 'SANCTION_EXCLUDES_PROTECTED',
      reference: 'L. 68/1999 art. 15 c.4',
      message: msg('quotas.line.sanctionExcludesProtected'),
      value: count(protectedUnits),
    });
  }
  return { cents, lines };
}

function status(now: Evaluation, uncovered: number, sanctionable: number): QuotaStatus {
  if (now.fullySuspended) return 'SUSPENDED';
  if (now.disabled.due === 0 && now.protectedCategories.due === 0) return 'NOT_OBLIGED';
  if (uncovered === 0) return 'COVERED';
  return sanctionable > 0 ? 'UNCOVERED' : 'IN_GRACE';
}

function latestOnOrBefore(snapshots: readonly HeadcountCounts[], date: string): HeadcountCounts | null {
  let found: HeadcountCounts | null = null;
  for (const snapshot of snapshots) if (snapshot.referenceDate <= date) found = snapshot;
  return found;
}

interface HistoryPoint {
  date: string;
  shortfall: Record<QuotaCategory, number>;
  /** Under the gradual regime the SMALL band's unit has months, not days, to be hired. */
  graceMonths: number | null;
}

/** The shortfalls on every date something changed, from the first headcount to asOf. */
function shortfallHistory(asOf: string, versions: readonly QuotaRuleVersion[], facts: QuotaFacts): HistoryPoint[] {
  const first = facts.snapshots[0].referenceDate;
  const periods = [...versions, ...facts.exemptions, ...facts.suspensions, ...facts.conventions];
  const dates = new Set<string>([
    asOf,
    ...facts.snapshots.map((s) => s.referenceDate),
    ...periods.flatMap((p) => [p.validFrom, ...(p.validTo ? [addDays(p.validTo, 1)] : [])]),
    ...facts.conventions.flatMap((c) => c.schedule.map((h) => addDays(h.dueBy, 1))),
    ...facts.placements.flatMap((p) => [p.startsOn, ...(p.lastDay ? [addDays(p.lastDay, 1)] : [])]),
    ...facts.newHires,
  ]);
  return [...dates]
    .filter((d) => d >= first && d <= asOf)
    .sort()
    .map((date) => {
      const rules = versionAt(versions, date);
      if (!rules) return { date, shortfall: { DISABLED: 0, PROTECTED: 0 }, graceMonths: null };
      const evaluation = evaluateAt(date, latestOnOrBefore(facts.snapshots, date)!, rules, facts);
      return {
        date,
        shortfall: { DISABLED: evaluation.disabled.shortfall, PROTECTED: evaluation.protectedCategories.shortfall },
        graceMonths: evaluation.gradual ? rules.gradualRegime!.smallBandGraceMonths : null,
      };
    });
}

/**
 * Unit k has been uncovered since the earliest date from which the shortfall never fell below k; walking from the
 * highest unit down, each start is at or before the previous one.
 */
function unitStarts(
  history: HistoryPoint[],
  category: QuotaCategory,
  versions: readonly QuotaRuleVersion[],
): UncoveredUnit[] {
  const units: UncoveredUnit[] = [];
  let index = history.length - 1;
  for (let unit = history[index].shortfall[category]; unit >= 1; unit--) {
    while (index > 0 && history[index - 1].shortfall[category] >= unit) index--;
    const { date: uncoveredSince, graceMonths } = history[index];
    const sanctionableFrom =
      category === 'DISABLED' && graceMonths !== null
        ? addMonths(uncoveredSince, graceMonths)
        : addDays(uncoveredSince, versionAt(versions, uncoveredSince)!.graceDays);
    units.unshift({ category, unit, uncoveredSince, sanctionableFrom });
  }
  return units;
}

function ruleVersionLine(rules: QuotaRuleVersion): Line {
  const pending = rules.sources.filter((s) => !s.confirmed).map((s) => s.figure);
  return {
    code: 'RULE_VERSION',
    reference: rules.source,
    message: msg('quotas.line.ruleVersion', {
      validFrom: rules.validFrom,
      validTo: rules.validTo ?? '',
      ends: rules.validTo ? 'yes' : 'no',
      pending: rules.confirmed ? 'none' : pending.length > 0 ? 'some' : 'all',
      figures: enumParam('QuotaRuleFigure', pending),
    }),
    value: { code: rules.code },
  };
}

export function unitLine(unit: UncoveredUnit): Line {
  return {
    code: `UNCOVERED_${unit.category}_UNIT`,
    reference: 'L. 68/1999 art. 15 c.4',
    message: msg('quotas.line.uncoveredUnit', {
      category: unit.category,
      unit: unit.unit,
      since: unit.uncoveredSince,
      sanctionableFrom: unit.sanctionableFrom,
    }),
    value: { day: unit.sanctionableFrom },
  };
}
