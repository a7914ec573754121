import {
  Convention,
  conventionCoverage,
  Exemption,
  exemptedUnits,
  exemptionLine,
  isActive,
  Suspension,
  suspendedShare,
  suspendedUnits,
} from './quota-arrangements';
import {
  Art3c3Organisation,
  computableBase,
  coveringHundredths,
  DisabledBand,
  HeadcountCounts,
  QuotaCategory,
  QuotaRuleVersion,
  SizeBand,
  UnitsDue,
  unitsDue,
} from './quota-rules';
import { count, Line } from './quota-line';
import { msg, withParams } from '../../../i18n/message';

/** A hiring made through Ponte that counts toward a quota; lastDay is inclusive, null while open-ended. */
export interface PontePlacement {
  category: QuotaCategory;
  startsOn: string;
  lastDay: string | null;
}

export interface QuotaArrangements {
  /** The employer's ATECO code: sector rules (exclusions, exemption caps) depend on it. */
  atecoCode: string;
  /** Whether the employer is a party, union or non-profit organisation of art. 3 c.3, and which. */
  art3c3Organisation: Art3c3Organisation | null;
  exemptions: readonly Exemption[];
  suspensions: readonly Suspension[];
  conventions: readonly Convention[];
  placements: readonly PontePlacement[];
  /** New hires made while at 15–35: under the gradual regime they start the SMALL band's obligation. */
  newHires: readonly string[];
}

/**
 * Hirings through Ponte after the headcount was taken, still running on the date: the headcount does not know them
 * yet, while those that started by its date are already in its counts.
 */
function placementsSince(
  counts: HeadcountCounts,
  date: string,
  placements: readonly PontePlacement[],
  category: QuotaCategory,
): number {
  return placements.filter(
    (p) =>
      p.category === category &&
      p.startsOn > counts.referenceDate &&
      isActive({ validFrom: p.startsOn, validTo: p.lastDay }, date),
  ).length;
}

function placementLine(category: QuotaCategory, counts: HeadcountCounts, placed: number): Line[] {
  if (placed === 0) return [];
  return [
    {
      code: `${category}_PONTE_PLACEMENTS`,
      reference: category === 'DISABLED' ? 'L. 68/1999 art. 3' : 'L. 68/1999 art. 18 c.2',
      message: msg('quotas.line.ponteHirings', { referenceDate: counts.referenceDate }),
      value: count(placed),
    },
  ];
}

export interface CategoryOutcome {
  due: number;
  /** Workers who count toward this quota (part-timers by their hours, so in halves): those in the headcount and those hired through Ponte since. */
  covered: number;
  conventionUnits: number;
  exemptedUnits: number;
  shortfall: number;
}

export interface Evaluation {
  base: number;
  sizeBand: SizeBand | null;
  /** True when every unit due is suspended. */
  fullySuspended: boolean;
  /** The SMALL band's unit is owed under the gradual regime, with its longer grace. */
  gradual: boolean;
  disabled: CategoryOutcome;
  protectedCategories: CategoryOutcome;
  lines: Line[];
}

/** Under the gradual regime the SMALL band's unit is owed only from the first new hire on or before the date. */
function owedOnNewHire(
  due: UnitsDue<DisabledBand>,
  graceMonths: number,
  newHires: readonly string[],
  date: string,
): UnitsDue<DisabledBand> {
  const hire = [...newHires].filter((d) => d <= date).sort()[0] ?? null;
  if (hire) {
    return {
      ...due,
      line: {
        ...due.line,
        message: withParams(due.line.message, { gradual: 'owed', newHire: hire, graceMonths }),
      },
    };
  }
  return {
    ...due,
    units: 0,
    line: {
      ...due.line,
      value: count(0),
      message: withParams(due.line.message, { gradual: 'waiting' }),
    },
  };
}

/**
 * The quota on one date from the headcount then in force, the rule version of that date and the arrangements
 * active on it. The single place where due, covered and shortfall are worked out: the breakdown, the shortfall
 * history, the dashboard, the annual report and matching all come through here.
 */
export function evaluateAt(
  date: string,
  counts: HeadcountCounts,
  rules: QuotaRuleVersion,
  arrangements: QuotaArrangements,
): Evaluation {
  const { base, lines } = computableBase(counts, rules, arrangements.atecoCode, arrangements.art3c3Organisation);
  const due = unitsDue(base, rules.disabledBands, rules, 'DISABLED_PERCENTAGE', {
    code: 'DISABLED_DUE',
    reference: 'L. 68/1999 art. 3 c.1',
    category: 'DISABLED',
  });
  const protectedDue = unitsDue(base, rules.protectedBands, rules, 'PROTECTED_PERCENTAGE', {
    code: 'PROTECTED_DUE',
    reference: 'L. 68/1999 art. 18 c.2',
    category: 'PROTECTED',
  });
  const suspension = suspendedShare(arrangements.suspensions, date, base);
  const gradualRegime = rules.gradualRegime !== null && due.band?.sizeBand === 'SMALL';
  const disabledDue = gradualRegime
    ? owedOnNewHire(due, rules.gradualRegime!.smallBandGraceMonths, arrangements.newHires, date)
    : due;
  if (gradualRegime) {
    lines.push({
      code: 'GRADUAL_REGIME',
      reference: 'L. 68/1999 art. 3 c.2 (until 31 December 2017); DPR 333/2000 art. 2 c.2',
      message: msg('quotas.line.gradualRegime', { graceMonths: rules.gradualRegime!.smallBandGraceMonths }),
      value: count(disabledDue.units),
    });
  }
  lines.push(disabledDue.line);

  const disabledPlaced = placementsSince(counts, date, arrangements.placements, 'DISABLED');
  const cover = coveringHundredths(counts, rules, disabledDue.band?.sizeBand ?? null);
  const covered = cover.hundredths / 100 + disabledPlaced;
  lines.push(
    {
      code: 'DISABLED_COVERED',
      reference: 'L. 68/1999 art. 3, art. 4 c.4',
      message: msg('quotas.line.disabledCovered', {
        hired: counts.disabledWorkers,
        inService: counts.disabledInServiceWorkers,
        minReduction: rules.disabledInServiceMinReduction,
      }),
      value: count(counts.disabledWorkers + counts.disabledInServiceWorkers),
    },
    ...(cover.line ? [cover.line] : []),
    ...placementLine('DISABLED', counts, disabledPlaced),
  );
  const conventions = conventionCoverage(arrangements.conventions, date, disabledDue.units, base, rules);
  lines.push(...conventions.lines);
  // Half a unit still missing is a worker still to hire.
  // A suspension lifts part of the obligation first; the exemption then covers what is left.
  const disabledSuspended = suspendedUnits(disabledDue.units, base, suspension);
  const uncovered = Math.max(0, Math.ceil(disabledDue.units - covered - conventions.units) - disabledSuspended);
  const exemption = arrangements.exemptions.find((e) => isActive(e, date)) ?? null;
  const authorised = exemption ? exemptedUnits(disabledDue.units, base, exemption) : 0;
  const exempted = Math.min(authorised, uncovered);
  if (exemption) lines.push(exemptionLine(exemption, authorised, exempted));
  if (suspension.lines.length > 0) {
    lines.push(...suspension.lines, {
      code: 'SUSPENDED_UNITS',
      reference: 'L. 68/1999 art. 3 c.5; DPR 333/2000 art. 4',
      message: msg('quotas.line.suspendedUnits', { suspended: suspension.hundredths / 100, base }),
      value: count(disabledSuspended),
    });
  }
  const disabled: CategoryOutcome = {
    due: disabledDue.units,
    covered,
    conventionUnits: conventions.units,
    exemptedUnits: exempted,
    shortfall: uncovered - exempted,
  };
  lines.push({
    code: 'DISABLED_SHORTFALL',
    reference: 'L. 68/1999 art. 3',
    message: msg('quotas.line.disabledShortfall'),
    value: count(disabled.shortfall),
  });

  const protectedPlaced = placementsSince(counts, date, arrangements.placements, 'PROTECTED');
  const protectedCovered = counts.protectedCategoryWorkers + protectedPlaced;
  lines.push(
    protectedDue.line,
    {
      code: 'PROTECTED_COVERED',
      reference: 'L. 68/1999 art. 18 c.2',
      message: msg('quotas.line.protectedCovered'),
      value: count(counts.protectedCategoryWorkers),
    },
    ...placementLine('PROTECTED', counts, protectedPlaced),
  );
  const protectedUncovered = Math.max(
    0,
    protectedDue.units - protectedCovered - suspendedUnits(protectedDue.units, base, suspension),
  );
  const protectedCategories: CategoryOutcome = {
    due: protectedDue.units,
    covered: protectedCovered,
    conventionUnits: 0,
    exemptedUnits: 0,
    shortfall: protectedUncovered,
  };
  lines.push({
    code: 'PROTECTED_SHORTFALL',
    reference: 'L. 68/1999 art. 18 c.2',
    message: msg('quotas.line.protectedShortfall'),
    value: count(protectedCategories.shortfall),
  });

  return {
    base,
    sizeBand: disabledDue.band?.sizeBand ?? null,
    fullySuspended: suspension.whole,
    gradual: gradualRegime,
    disabled,
    protectedCategories,
    lines,
  };
}
