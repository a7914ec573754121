import { ConventionKind, conventionUnitsAllowed, formatHundredths, Line, QuotaRuleVersion } from './quota-rules';

/** What an employer has arranged with the service: periods during which the quota is reduced or paused. */
export interface Period {
  validFrom: string;
  /** Inclusive; null while open-ended. */
  validTo: string | null;
}

export type ExemptionKind = 'AUTHORISED' | 'SELF_CERTIFIED';
export type SuspensionReason = 'EXTRAORDINARY_WAGE_GUARANTEE' | 'SOLIDARITY_CONTRACT' | 'COLLECTIVE_DISMISSAL';

/**
 * AUTHORISED: a percentage of the units due, granted by the province. SELF_CERTIFIED (art. 5 c.3-bis): the units
 * the workers in positions with an INAIL premium rate of 60 per thousand or more bring to the quota.
 */
export interface Exemption extends Period {
  id: string;
  kind: ExemptionKind;
  percentageHundredths: number | null;
  highRiskWorkers: number | null;
  reference: string;
}

/**
 * A suspension works in one province and for the activity actually suspended there, in full-time equivalents of
 * computable workers; a record without them (from before they were asked) suspends everything.
 */
export interface Suspension extends Period {
  id: string;
  reason: SuspensionReason;
  province: string | null;
  suspendedFteHundredths: number | null;
  reference: string;
}

export interface ScheduledHiring {
  dueBy: string;
  units: number;
}

export interface Convention extends Period {
  id: string;
  kind: ConventionKind;
  /** Units a social cooperative employs for the employer (art. 12, 12-bis, 14); null for art. 11. */
  units: number | null;
  cooperativeName: string | null;
  /** The art. 11 programme of hirings. */
  schedule: ScheduledHiring[];
  reference: string;
}

export const isActive = (period: Period, date: string): boolean =>
  period.validFrom <= date && (period.validTo === null || date <= period.validTo);

const until = (period: Period): string => (period.validTo ? `until ${period.validTo}` : 'open-ended');

/**
 * Units of an exemption, fractions dropped so it never exceeds what was granted: the authorised percentage of the
 * units due, or the units due in proportion to the high-risk workers among the computable base.
 */
export function exemptedUnits(due: number, base: number, exemption: Exemption): number {
  if (exemption.kind === 'SELF_CERTIFIED')
    return base === 0 ? 0 : Math.floor((due * Math.min(exemption.highRiskWorkers!, base)) / base);
  return Math.floor((due * exemption.percentageHundredths!) / 10000);
}

const CONVENTION_REFERENCE: Record<ConventionKind, string> = {
  ART_11: 'L. 68/1999 art. 11',
  ART_12: 'L. 68/1999 art. 12',
  ART_12_BIS: 'L. 68/1999 art. 12-bis',
  ART_14: 'D.Lgs 276/2003 art. 14',
};

/**
 * Units the conventions in force cover on a date. An art. 11 programme covers the hirings still ahead of their
 * deadline (a hiring past its deadline must show in the headcount); cooperative conventions cover their units,
 * up to the share of the quota the rule version allows for their kind.
 */
export function conventionCoverage(
  conventions: readonly Convention[],
  date: string,
  due: number,
  base: number,
  rules: QuotaRuleVersion,
): { units: number; lines: Line[] } {
  const lines: Line[] = [];
  const byKind = new Map<ConventionKind, number>();
  for (const convention of conventions.filter((c) => isActive(c, date))) {
    const ahead = convention.schedule.filter((h) => h.dueBy >= date);
    const units = convention.kind === 'ART_11' ? ahead.reduce((sum, h) => sum + h.units, 0) : convention.units!;
    byKind.set(convention.kind, (byKind.get(convention.kind) ?? 0) + units);
    const what =
      convention.kind === 'ART_11'
        ? `hirings scheduled by ${ahead.map((h) => `${h.dueBy} (${h.units})`).join(', ') || 'no date still ahead'} count as covered`
        : `units employed by ${convention.cooperativeName} count as covered`;
    lines.push({
      code: `CONVENTION_${convention.kind}`,
      reference: CONVENTION_REFERENCE[convention.kind],
      description: `Convention ${convention.reference} (${convention.validFrom}, ${until(convention)}): ${what}`,
      value: String(units),
    });
  }
  let total = 0;
  for (const [kind, units] of byKind) {
    const cap = rules.conventionCaps[kind];
    const limit = conventionUnitsAllowed(cap, due, base);
    const allowed = limit === null ? units : Math.min(units, limit);
    if (allowed < units) {
      const rule =
        cap!.belowBase !== null && base < cap!.belowBase
          ? `at most ${cap!.unitsBelowBase} worker(s) below ${cap!.belowBase} computable employees`
          : `at most ${cap!.percent}% of the ${due} units due`;
      lines.push({
        code: `CONVENTION_${kind}_CAP`,
        reference: CONVENTION_REFERENCE[kind],
        description: `Conventions of this kind may cover ${rule}`,
        value: String(allowed),
      });
    }
    total += allowed;
  }
  return { units: total, lines };
}

export function exemptionLine(exemption: Exemption, authorised: number, used: number): Line {
  const selfCertified = exemption.kind === 'SELF_CERTIFIED';
  const what = selfCertified
    ? `self-certified for the ${exemption.highRiskWorkers} workers in positions with an INAIL rate of 60‰ or more`
    : `authorised, ${formatHundredths(exemption.percentageHundredths!)}%`;
  return {
    code: 'EXEMPTION',
    reference: selfCertified ? 'L. 68/1999 art. 5 c.3-bis' : 'L. 68/1999 art. 5 c.3',
    description: `Partial exemption ${exemption.reference}, ${what} (${exemption.validFrom}, ${until(exemption)}): ${authorised} units exempted at most, ${used} needed after hirings and conventions`,
    value: String(used),
  };
}

export function suspensionLine(suspension: Suspension): Line {
  const where = suspension.province ? `province ${suspension.province}` : 'every province (recorded without province)';
  return {
    code: 'SUSPENSION',
    reference: 'L. 68/1999 art. 3 c.5; DPR 333/2000 art. 4',
    description: `Obligations suspended (${suspension.reason.toLowerCase().replace(/_/g, ' ')}, ${suspension.reference}, ${suspension.validFrom}, ${until(suspension)}) in ${where}, for the full-time equivalents of the activity suspended`,
    value: suspension.suspendedFteHundredths === null ? 'all' : formatHundredths(suspension.suspendedFteHundredths),
  };
}

export interface SuspendedShare {
  /** Hundredths of the computable base whose activity is suspended, at most all of it. */
  hundredths: number;
  whole: boolean;
  lines: Line[];
}

/** The share of the quota suspended on a date: the activity suspended in every province, over the computable base. */
export function suspendedShare(suspensions: readonly Suspension[], date: string, base: number): SuspendedShare {
  const active = suspensions.filter((s) => isActive(s, date));
  const whole =
    active.some((s) => s.suspendedFteHundredths === null) ||
    active.reduce((sum, s) => sum + s.suspendedFteHundredths!, 0) >= base * 100;
  const hundredths = whole ? base * 100 : active.reduce((sum, s) => sum + s.suspendedFteHundredths!, 0);
  return { hundredths, whole: active.length > 0 && whole, lines: active.map(suspensionLine) };
}

/** Units of a quota suspended: in proportion to the activity suspended, fractions dropped (the rest stays due). */
export function suspendedUnits(due: number, base: number, share: SuspendedShare): number {
  if (share.whole) return due;
  return base === 0 ? 0 : Math.floor((due * share.hundredths) / (base * 100));
}
