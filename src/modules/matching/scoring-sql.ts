import { MINUTES_SQL } from './commute-sql';
import { MatchFactorCode, MatchingWeights } from './factors';

export interface PreScoreContext {
  weightsByAmbito: Map<number, MatchingWeights>;
  defaultWeights: MatchingWeights;
  /** The Law 68/99 factor's score for this opening's employer, or null when the opening does not count. */
  law68Score: number | null;
  /** 2 × required + preferred skills of the opening; 0 when it asks for none. */
  skillDenominator: number;
}

/**
 * The SQL twin of `scoreMatch`, for one opening against many people: it lets the database pre-rank thousands of
 * candidates so only the best few travel to Node. It is never shown to anyone: the score and its explanation always
 * come from `scoreMatch`, and the ranking keeps a safety margin (see candidate-ranking.ts). A test checks the two
 * agree on every eligible pair. Over the aliases of the pair query plus `cov.credit` (weighted skill credit).
 */
export function preScoreSql(ctx: PreScoreContext): string {
  const factor: Record<Exclude<MatchFactorCode, MatchFactorCode.LAW68_QUOTA>, string> = {
    [MatchFactorCode.SKILLS]: ctx.skillDenominator ? `(coalesce(cov.credit, 0) / ${ctx.skillDenominator}::float8)` : '1::float8',
    [MatchFactorCode.COMMUTE]: `(1 - least(CASE
        WHEN wc.max_commute_minutes IS NOT NULL THEN round(${MINUTES_SQL}) / wc.max_commute_minutes
        WHEN wc.max_commute_km IS NOT NULL THEN o.road_km / wc.max_commute_km
        ELSE round(${MINUTES_SQL}) / 60::float8 END, 1))`,
    [MatchFactorCode.PREFERENCES]: `(CASE
        WHEN coalesce(o.occupation_id = ANY(wc.preferred_occupation_ids), false) THEN 1::float8
        WHEN coalesce(o.sector = ANY(wc.preferred_sectors), false) THEN 0.7::float8
        WHEN coalesce(cardinality(wc.preferred_sectors) + cardinality(wc.preferred_occupation_ids) > 0, false) THEN 0::float8
        ELSE 0.5::float8 END)`,
    [MatchFactorCode.WAITING_TIME]: `least(greatest(current_date - b.case_opened_at::date, 0) / 365::float8, 1)`,
    [MatchFactorCode.PAST_PLACEMENT]: `(CASE WHEN past.beneficiary_id IS NOT NULL THEN 1 ELSE 0 END)`,
  };
  const quotaApplies =
    ctx.law68Score === null ? 'false' : `coalesce(o.counts_toward_quota AND b.law68_category = 'DISABLED_ART1', false)`;

  const scoreFor = (w: MatchingWeights) => {
    const codes = Object.keys(factor) as Array<keyof typeof factor>;
    const numerator = codes.map((code) => `${Number(w[code])} * ${factor[code]}`).join(' + ');
    const denominator = codes.reduce((sum, code) => sum + Number(w[code]), 0);
    const quotaWeight = Number(w[MatchFactorCode.LAW68_QUOTA]);
    return `(100::float8 * (${numerator} + CASE WHEN ${quotaApplies} THEN ${quotaWeight * (ctx.law68Score ?? 0)} ELSE 0 END)
      / nullif(${denominator} + CASE WHEN ${quotaApplies} THEN ${quotaWeight} ELSE 0 END, 0))`;
  };
  const byAmbito = [...ctx.weightsByAmbito].map(([ambito, w]) => `WHEN ${Number(ambito)} THEN ${scoreFor(w)}`).join('\n    ');
  return `coalesce(CASE o.residence_ambito ${byAmbito} ELSE ${scoreFor(ctx.defaultWeights)} END, 0)`;
}

/** The best score a person with less than this share of the opening's skill credit could reach, in any ambito. */
export function bestScoreBelowCredit(ctx: PreScoreContext, creditShare: number): number {
  // The Law 68/99 factor applies to some people only, so both cases are bounded.
  const quotaCases = ctx.law68Score === null ? [false] : [false, true];
  return Math.max(
    ...[...ctx.weightsByAmbito.values(), ctx.defaultWeights].flatMap((w) =>
      quotaCases.map((quotaApplies) => {
        const others = Object.values(MatchFactorCode).filter((c) => c !== MatchFactorCode.SKILLS && c !== MatchFactorCode.LAW68_QUOTA);
        const otherWeight = others.reduce((sum, c) => sum + w[c], 0);
        const quotaWeight = quotaApplies ? w[MatchFactorCode.LAW68_QUOTA] : 0;
        const total = otherWeight + w[MatchFactorCode.SKILLS] + quotaWeight;
        const reachable = otherWeight + quotaWeight * (ctx.law68Score ?? 0) + w[MatchFactorCode.SKILLS] * creditShare;
        return total > 0 ? (100 * reachable) / total : 0;
      }),
    ),
  );
}
