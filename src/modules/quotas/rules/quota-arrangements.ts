import { ConventionKind, conventionUnitsAllowed, QuotaRuleVersion } from './quota-rules';
import { count, Line } from './quota-line';
import { msg } from '../../../i18n/message';
import { enumParam } from '../../../i18n/translate';

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

/** A period as the sentences quote it: from, to (empty while open-ended), and whether it ends. */
const period = (p: Period) => ({ validFrom: p.validFrom, validTo: p.validTo ?? '', ends: p.validTo ? 'yes' : 'no' });

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
    lines.push({
      code: `CONVENTION_${convention.kind}`,
      reference: CONVENTION_REFERENCE[convention.kind],
      message:
        convention.kind === 'ART_11'
          ? msg('quotas.line.conventionSchedule', {
              reference: convention.reference,
              ...period(convention),
              ahead: ahead.length,
              nextDueBy: ahead[0]?.dueBy ?? '',
              lastDueBy: ahead.at(-1)?.dueBy ?? '',
            })
          : msg('quotas.line.conventionCooperative', {
              reference: convention.reference,
              ...period(convention),
              cooperative: convention.cooperativeName ?? '',
            }),
      value: count(units),
    });
  }
  let total = 0;
  for (const [kind, units] of byKind) {
    const cap = rules.conventionCaps[kind];
    const limit = conventionUnitsAllowed(cap, due, base);
    const allowed = limit === null ? units : Math.min(units, limit);
    if (allowed < units) {
      lines.push({
        code: `CONVENTION_${kind}_CAP`,
        reference: CONVENTION_REFERENCE[kind],
        message:
          cap!.belowBase !== null && base < cap!.belowBase
            ? msg('quotas.line.conventionCapSmall', { workers: cap!.unitsBelowBase ?? 0, belowBase: cap!.belowBase })
            : msg('quotas.line.conventionCapPercent', { percent: cap!.percent ?? 0, due }),
        value: count(allowed),
      });
    }
    total += allowed;
  }
  return { units: total, lines };
}

export function exemptionLine(exemption: Exemption, authorised: number, used: number): Line {
  const selfCertified = exemption.kind === 'SELF_CERTIFIED';
  return {
    code: 'EXEMPTION',
    reference: selfCertified ? 'L. 68/1999 art. 5 c.3-bis' : 'L. 68/1999 art. 5 c.3',
    message: msg('quotas.line.exemption', {
      reference: exemption.reference,
      kind: exemption.kind,
      highRiskWorkers: exemption.highRiskWorkers ?? 0,
      percentage: (exemption.percentageHundredths ?? 0) / 100,
      ...period(exemption),
      authorised,
      used,
    }),
    value: count(used),
  };
}

export function suspensionLine(suspension: Suspension): Line {
  return {
    code: 'SUSPENSION',
    reference: 'L. 68/1999 art. 3 c.5; DPR 333/2000 art. 4',
    message: msg('quotas.line.suspension', {
      reason: enumParam('QuotaSuspensionReason', suspension.reason),
      reference: suspension.reference,
      ...period(suspension),
      province: suspension.province ?? '',
      inProvince: suspension.province ? 'yes' : 'no',
    }),
    value:
      suspension.suspendedFteHundredths === null ? { all: true } : { hundredths: suspension.suspendedFteHundredths },
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
