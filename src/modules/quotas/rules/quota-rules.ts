import { Message, msg } from '../../../i18n/message';
import type { LocalizedText } from '../../../i18n/translate';
import { count, Line } from './quota-line';
/**
 * The Law 68/99 arithmetic that does not depend on time: the computable base and the units due. Every figure comes
 * from a rule version (versioned data with a validity period and a source), never from a constant here, so a
 * corrected figure changes the result without a release.
 *
 * Fractions are handled as integers of hundredths: 7% of 150 is 10.50 exactly, and the rule "a fraction above 0.50
 * counts as one" must not flip on a floating-point 10.500000000000002.
 */

/**
 * The groups the headcount snapshot records in its own columns. Which groups the law leaves out of the base, with
 * what name, source and sector limit, is rule data (`exclusions`); groups beyond these columns are counted beside
 * the snapshot (`otherGroups`), so a new version can add one without a code change.
 */
export const HEADCOUNT_GROUPS = {
  DISABLED_WORKERS: { field: 'disabledWorkers' },
  PROTECTED_CATEGORY_WORKERS: { field: 'protectedCategoryWorkers' },
  DISABLED_IN_SERVICE_WORKERS: { field: 'disabledInServiceWorkers' },
  SHORT_FIXED_TERM_WORKERS: { field: 'shortFixedTermWorkers' },
  MANAGERS: { field: 'managers' },
  APPRENTICES: { field: 'apprentices' },
  TEMP_AGENCY_WORKERS: { field: 'tempAgencyWorkers' },
  HOME_WORKERS: { field: 'homeWorkers' },
  COOPERATIVE_PARTNERS: { field: 'cooperativePartners' },
  WORKERS_ABROAD: { field: 'workersAbroad' },
  SITE_OR_TRAVELLING_STAFF: { field: 'siteOrTravellingStaff' },
} as const;
export type HeadcountGroup = keyof typeof HEADCOUNT_GROUPS;
type GroupField = (typeof HEADCOUNT_GROUPS)[HeadcountGroup]['field'];

/** Where the rule "a fraction above the threshold counts as one" applies; elsewhere fractions are dropped. */
export type RoundingPoint = 'PART_TIME_BASE' | 'DISABLED_PERCENTAGE' | 'PROTECTED_PERCENTAGE';
export type SizeBand = 'SMALL' | 'MEDIUM' | 'LARGE';
export type ConventionKind = 'ART_11' | 'ART_12' | 'ART_12_BIS' | 'ART_14';
/** Disabled workers (art. 1, the art. 3 quota) or protected categories (art. 18). */
export type QuotaCategory = 'DISABLED' | 'PROTECTED';

/** A base range and what it owes: a fixed number of units, or a percentage of the base. */
export interface QuotaBand {
  from: number;
  to: number | null;
  units: number | null;
  percent: number | null;
}

export interface DisabledBand extends QuotaBand {
  sizeBand: SizeBand;
}

/** The figures of a version that carry their own source. */
export type RuleFigure =
  | 'VALIDITY'
  | 'DISABLED_BANDS'
  | 'PROTECTED_BANDS'
  | 'EXCLUDED_GROUPS'
  | 'ROUNDING'
  | 'DISABLED_IN_SERVICE'
  | 'GRACE_DAYS'
  | 'DAILY_EXEMPTION_CONTRIBUTION'
  | 'SANCTION'
  | 'MAX_EXEMPTION_PERCENTAGE'
  | 'PROSPETTO_LATE_SANCTION'
  | 'PART_TIME_COVER'
  | 'CONVENTION_CAPS';

/** Where a figure comes from; confirmed only when it was read in a text citing its decree, at `url`. */
export interface FigureSource {
  figure: RuleFigure;
  citation: string;
  url: string | null;
  confirmed: boolean;
}

/**
 * A group left out of the computable base; only for employers in the ATECO divisions listed, when listed, and only
 * for the organisations of art. 3 c.3 when so marked (absent: for everyone).
 */
export interface ExclusionRule {
  group: string;
  /** What the group is called, in English and (`labelIt`) in Italian. */
  label: string;
  labelIt?: string;
  reference: string;
  atecoDivisions: string[] | null;
  art3c3OrganisationsOnly?: boolean;
}

/** Political parties, trade unions and non-profit organisations (art. 3 c.3): their base is their technical-executive and administrative staff. */
export type Art3c3Organisation = 'POLITICAL_PARTY' | 'TRADE_UNION' | 'NON_PROFIT';

export interface QuotaRuleVersion {
  id: string;
  code: string;
  validFrom: string;
  /** Inclusive; null while the version is in force. */
  validTo: string | null;
  /** The articles the version applies. */
  source: string;
  sources: FigureSource[];
  /** True only when every figure's source is confirmed. */
  confirmed: boolean;
  disabledBands: DisabledBand[];
  protectedBands: QuotaBand[];
  exclusions: ExclusionRule[];
  roundingThresholdHundredths: number;
  roundingPoints: RoundingPoint[];
  disabledInServiceMinReduction: number;
  graceDays: number;
  dailyContributionCents: number;
  /** The art. 15 c.4 sanction is a multiple of the contribution (from 8 October 2016) or a fixed amount (before). */
  sanctionMultiplier: number | null;
  fixedDailySanctionCents: number | null;
  /** Late prospetto informativo (art. 15 c.1): an amount, plus one for each further day of delay. */
  prospettoLateCents: number;
  prospettoLatePerDayCents: number;
  maxExemptionPercentage: number;
  /** Higher ceilings for some sectors (security and vigilance, private transport), by ATECO division. */
  exemptionCaps: SectorExemptionCap[];
  partTimeCover: PartTimeCoverRule;
  /**
   * Until 31 December 2017 an employer of the SMALL band (15–35) was obliged only once it made a new hire, and had
   * this many months to hire; null when the obligation arises on reaching the band.
   */
  gradualRegime: { smallBandGraceMonths: number } | null;
  /** Limits of each kind of convention; a kind without an entry is not capped. */
  conventionCaps: Partial<Record<ConventionKind, ConventionCap>>;
}

/** An employer's national workforce at a date, as the headcount snapshot records it. */
export interface HeadcountCounts extends Record<GroupField, number> {
  snapshotId: string;
  referenceDate: string;
  totalEmployees: number;
  partTimeEmployees: number;
  partTimeFteHundredths: number;
  /** Groups counted beside the snapshot's own columns, by code. */
  otherGroups: Record<string, number>;
  /** The part-time workers among those covering the disabled quota, one entry each. */
  partTimeCover: PartTimeCoveringWorker[];
}

export interface PartTimeCoveringWorker {
  hoursPercent: number;
  capacityReduction: number;
}

/**
 * How much of the quota a kind of convention may cover: a share of the disabled units due, or a number of units
 * below a computable base (art. 12: one worker under 50 employees, 30% above); and how long it may last.
 */
export interface ConventionCap {
  percent: number | null;
  belowBase: number | null;
  unitsBelowBase: number | null;
  maxMonths: number | null;
}

/** The most units conventions of a kind may cover for this quota; null when not capped. */
export function conventionUnitsAllowed(cap: ConventionCap | undefined, due: number, base: number): number | null {
  if (!cap) return null;
  if (cap.belowBase !== null && base < cap.belowBase) return cap.unitsBelowBase;
  return cap.percent === null ? null : Math.floor((due * cap.percent) / 100);
}

export interface SectorExemptionCap {
  label: string;
  atecoDivisions: string[];
  maxPercentage: number;
}

/** How part-time covering workers count: by hours, and at the smallest employers by the degree of disability. */
export interface PartTimeCoverRule {
  halfUnitUpToHoursPercent: number;
  smallBandWholeUnitAboveReduction: number;
}

/** Whole units of a quantity in hundredths: the fraction counts as one only when above the threshold. */
export function roundHundredths(hundredths: number, thresholdHundredths: number, rounds: boolean): number {
  const whole = Math.floor(hundredths / 100);
  return rounds && hundredths - whole * 100 > thresholdHundredths ? whole + 1 : whole;
}

/** A group's name in both languages; a version that gave no Italian name shows the English one. */
export const groupLabel = (rule: ExclusionRule): LocalizedText => ({ it: rule.labelIt ?? rule.label, en: rule.label });

/** Euro cents a day per sanctionable unit under art. 15 c.4. */
export function dailySanctionCents(rules: QuotaRuleVersion): number {
  return rules.fixedDailySanctionCents ?? Math.round(rules.dailyContributionCents * rules.sanctionMultiplier!);
}

export function versionAt(versions: readonly QuotaRuleVersion[], date: string): QuotaRuleVersion | null {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo)) ?? null;
}

export interface ComputableBase {
  base: number;
  lines: Line[];
}

/** Workers of a group in a headcount: from the snapshot's column when it has one, else from the groups beside it. */
export function groupCount(counts: HeadcountCounts, group: string): number {
  const column = (HEADCOUNT_GROUPS as Record<string, { field: GroupField }>)[group];
  return column ? counts[column.field] : (counts.otherGroups[group] ?? 0);
}

/** The ATECO division is the code's first two digits: a limit of '41' takes 41.20.00, not 4.1 or 01.41.00. */
const inDivisions = (atecoCode: string, divisions: readonly string[]): boolean =>
  divisions.includes(atecoCode.split('.')[0]);

/** The largest share of the quota an employer of this ATECO code may be exempted for: its sector's, or the general one. */
export function maxExemptionPercentage(rules: QuotaRuleVersion, atecoCode: string): number {
  const sector = rules.exemptionCaps.find((cap) => inDivisions(atecoCode, cap.atecoDivisions));
  return sector ? sector.maxPercentage : rules.maxExemptionPercentage;
}

/**
 * The base the quota is computed on: everyone, less the groups the rule version excludes (those limited to some
 * sectors only when the employer's ATECO code is in one), with part-time workers (taken to be among the computable
 * ones) counted by the sum of their hour fractions.
 */
export function computableBase(
  counts: HeadcountCounts,
  rules: QuotaRuleVersion,
  atecoCode: string,
  organisation: Art3c3Organisation | null,
): ComputableBase {
  const lines: Line[] = [
    {
      code: 'BASE_TOTAL',
      reference: 'L. 68/1999 art. 4 c.1',
      message: msg('quotas.line.baseTotal', { referenceDate: counts.referenceDate }),
      value: count(counts.totalEmployees),
    },
  ];
  let excluded = 0;
  for (const rule of rules.exclusions) {
    const workers = groupCount(counts, rule.group);
    if (workers === 0) continue;
    const group = groupLabel(rule);
    if (rule.art3c3OrganisationsOnly && organisation === null) {
      lines.push({
        code: `BASE_COUNTED_${rule.group}`,
        reference: rule.reference,
        message: msg('quotas.line.countedArt3c3', { workers, group }),
        value: count(0),
      });
      continue;
    }
    if (rule.atecoDivisions && !inDivisions(atecoCode, rule.atecoDivisions)) {
      lines.push({
        code: `BASE_COUNTED_${rule.group}`,
        reference: rule.reference,
        message: msg('quotas.line.countedOutsideSector', {
          workers,
          group,
          divisions: rule.atecoDivisions.join(', '),
          atecoCode,
        }),
        value: count(0),
      });
      continue;
    }
    excluded += workers;
    lines.push({
      code: `BASE_EXCLUDED_${rule.group}`,
      reference: rule.reference,
      message: msg('quotas.line.excluded', { group }),
      value: count(-workers),
    });
  }
  const fullTimeCounted = counts.totalEmployees - excluded - counts.partTimeEmployees;
  if (fullTimeCounted < 0) {
    lines.push({
      code: 'BASE_INCONSISTENT',
      reference: 'L. 68/1999 art. 4 c.1',
      message: msg('quotas.line.baseInconsistent'),
      value: count(fullTimeCounted),
    });
  }
  let partTimeUnits = 0;
  if (counts.partTimeEmployees > 0) {
    const rounds = rules.roundingPoints.includes('PART_TIME_BASE');
    partTimeUnits = roundHundredths(counts.partTimeFteHundredths, rules.roundingThresholdHundredths, rounds);
    lines.push({
      code: 'BASE_PART_TIME',
      reference: 'L. 68/1999 art. 4 c.1; DPR 333/2000 art. 3',
      message: msg('quotas.line.basePartTime', {
        employees: counts.partTimeEmployees,
        fte: counts.partTimeFteHundredths / 100,
        ...rounding(rules, rounds),
      }),
      value: count(partTimeUnits),
    });
  }
  const base = Math.max(0, fullTimeCounted) + partTimeUnits;
  lines.push({
    code: 'BASE_COMPUTABLE',
    reference: 'L. 68/1999 art. 4',
    message: msg('quotas.line.baseComputable'),
    value: count(base),
  });
  return { base, lines };
}

/** Whether a fraction above the threshold counts as one here, for the sentences that say so. */
function rounding(rules: QuotaRuleVersion, rounds: boolean) {
  return { rounds: rounds ? 'yes' : 'no', threshold: rules.roundingThresholdHundredths / 100 };
}

export interface UnitsDue<B extends QuotaBand> {
  units: number;
  band: B | null;
  line: Line;
}

/** The units a band table owes for a base; bases outside every band owe nothing. */
export function unitsDue<B extends QuotaBand>(
  base: number,
  bands: readonly B[],
  rules: QuotaRuleVersion,
  point: RoundingPoint,
  what: { code: string; reference: string; category: QuotaCategory },
): UnitsDue<B> {
  const band = bands.find((b) => base >= b.from && (b.to === null || base <= b.to)) ?? null;
  const line = (message: Message, units: number): Line => ({
    code: what.code,
    reference: what.reference,
    message,
    value: count(units),
  });
  if (!band) {
    return {
      units: 0,
      band,
      line: line(msg('quotas.line.dueNoBand', { base, category: what.category, gradual: 'no' }), 0),
    };
  }
  const range = { from: band.from, to: band.to ?? '', over: band.from - 1, openEnded: band.to === null ? 'yes' : 'no' };
  const common = { base, category: what.category, gradual: 'no', ...range };
  if (band.units !== null) {
    return {
      units: band.units,
      band,
      line: line(msg('quotas.line.dueBandUnits', { ...common, units: band.units }), band.units),
    };
  }
  const hundredths = Math.floor((base * Math.round(band.percent! * 100)) / 100);
  const rounds = rules.roundingPoints.includes(point);
  const units = roundHundredths(hundredths, rules.roundingThresholdHundredths, rounds);
  const message = msg('quotas.line.dueBandPercent', {
    ...common,
    percent: band.percent!,
    exact: hundredths / 100,
    ...rounding(rules, rounds),
  });
  return { units, band, line: line(message, units) };
}

/**
 * Workers covering the disabled quota, in hundredths of a unit: full-timers count one; a part-timer half up to the
 * hours threshold and one above it, except that in the SMALL band (15–35) one whose disability is above the
 * threshold counts one whatever the hours.
 */
export function coveringHundredths(
  counts: HeadcountCounts,
  rules: QuotaRuleVersion,
  sizeBand: SizeBand | null,
): { hundredths: number; line: Line | null } {
  const rule = rules.partTimeCover;
  const fullTime = counts.disabledWorkers + counts.disabledInServiceWorkers - counts.partTimeCover.length;
  let half = 0;
  let whole = 0;
  for (const worker of counts.partTimeCover) {
    const smallBandWhole = sizeBand === 'SMALL' && worker.capacityReduction > rule.smallBandWholeUnitAboveReduction;
    if (smallBandWhole || worker.hoursPercent > rule.halfUnitUpToHoursPercent) whole += 1;
    else half += 1;
  }
  const partTime = whole * 100 + half * 50;
  const line: Line | null =
    counts.partTimeCover.length === 0
      ? null
      : {
          code: 'DISABLED_PART_TIME_COVER',
          reference: 'L. 68/1999 art. 3; DPR 333/2000 art. 3',
          message: msg('quotas.line.partTimeCover', {
            workers: counts.partTimeCover.length,
            half,
            hoursPercent: rule.halfUnitUpToHoursPercent,
            whole,
            smallBand: sizeBand === 'SMALL' ? 'yes' : 'no',
            reductionAbove: rule.smallBandWholeUnitAboveReduction,
          }),
          value: { hundredths: partTime },
        };
  return { hundredths: Math.max(0, fullTime) * 100 + partTime, line };
}
