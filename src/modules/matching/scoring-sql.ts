import { MatchFactorCode, MatchingWeights } from './factors';
import { PROFILE_MINUTES_SQL } from './match-profile-sql';
import { DAYS_FOR_FULL_WAITING, PREFERENCE_SCORES } from './scoring';

/** The Law 68/99 factor applies to people eligible under art. 1, for openings that count toward the quota. */
export const LAW68_ELIGIBLE_SQL = `coalesce(p.law68_category = 'DISABLED_ART1', false)`;

export interface PreScoreContext {
  weightsByAmbito: Map<number, MatchingWeights>;
  defaultWeights: MatchingWeights;
  /** The Law 68/99 factor's score for this opening's employer, or null when the opening does not count toward the quota. */
  law68Score: number | null;
  /** 2 × required + preferred skills of the opening; 0 when it asks for none. */
  skillDenominator: number;
  /** The person's weighted skill credit (see `skillCreditSql`). */
  creditSql: string;
}

/**
 * The SQL twin of `scoreMatch`, for one opening against many people: it lets the database pre-rank thousands of
 * candidates so only the best few travel to Node. It is never shown to anyone: the score and its explanation always
 * come from `scoreMatch`, and the ranking keeps a safety margin (see candidate-ranking.ts). A test checks the two
 * rank alike on the demo data. Over the profile aliases of match-profile-sql.ts plus the CTE `past` (the people with a
 * positive past placement at the opening's employer).
 */
export function preScoreSql(ctx: PreScoreContext): string {
  const minutes = `round(${PROFILE_MINUTES_SQL})`;
  const hasPreferences = `(p.preferred_sectors <> 0 OR cardinality(p.preferred_occupation_ids) > 0)`;
  const factor: Record<Exclude<MatchFactorCode, MatchFactorCode.LAW68_QUOTA>, string> = {
    [MatchFactorCode.SKILLS]: ctx.skillDenominator ? `((${ctx.creditSql}) / ${ctx.skillDenominator}::float8)` : '1::float8',
    [MatchFactorCode.COMMUTE]: `(1 - least(CASE
        WHEN p.max_commute_minutes IS NOT NULL THEN ${minutes} / p.max_commute_minutes
        WHEN p.max_commute_km IS NOT NULL THEN o.road_km / p.max_commute_km
        ELSE ${minutes} / 60::float8 END, 1))`,
    [MatchFactorCode.PREFERENCES]: `(CASE
        WHEN coalesce(o.occupation_id = ANY(p.preferred_occupation_ids), false) THEN ${PREFERENCE_SCORES.occupation}::float8
        WHEN (p.preferred_sectors & o.sector_bit) <> 0 THEN ${PREFERENCE_SCORES.sector}::float8
        WHEN ${hasPreferences} THEN ${PREFERENCE_SCORES.elsewhere}::float8
        ELSE ${PREFERENCE_SCORES.noneRecorded}::float8 END)`,
    [MatchFactorCode.WAITING_TIME]: `least(greatest(current_date - p.case_opened_at::date, 0) / ${DAYS_FOR_FULL_WAITING}::float8, 1)`,
    // A hashed lookup: the past placements are a handful, the people tens of thousands.
    [MatchFactorCode.PAST_PLACEMENT]: `(CASE WHEN p.beneficiary_id IN (SELECT beneficiary_id FROM past) THEN 1 ELSE 0 END)`,
  };
  const quotaApplies = ctx.law68Score === null ? 'false' : LAW68_ELIGIBLE_SQL;

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

/**
 * The highest pre-score a person could reach holding none of the opening's skills, with no positive past placement
 * at its employer, a preferences factor of `preference`, the Law 68/99 factor applying to them or not, and a
 * waiting-time factor of at most `waiting`, in any ambito: whoever it cannot beat need not be read. Commute is taken
 * at its best.
 */
export function bestScoreWithoutSkills(ctx: PreScoreContext, preference: number, quotaApplies: boolean, waiting = 1): number {
  return Math.max(...linearBounds(ctx, preference, quotaApplies).map(({ base, perWaiting }) => base + perWaiting * waiting));
}

/**
 * The least waiting-time factor (0–1) with which such a person could still reach `score`, or null when even the
 * longest wait could not: each ambito's bound is linear in the factor, so each gives its own least value.
 */
export function leastWaitingToReach(ctx: PreScoreContext, preference: number, quotaApplies: boolean, score: number): number | null {
  const needed = linearBounds(ctx, preference, quotaApplies).map(({ base, perWaiting }) =>
    base >= score ? 0 : perWaiting > 0 ? (score - base) / perWaiting : Infinity,
  );
  const least = Math.min(...needed);
  return least <= 1 ? least : null;
}

/** The bound of `bestScoreWithoutSkills` for each ambito's weights, as base + slope × waiting-time factor. */
function linearBounds(ctx: PreScoreContext, preference: number, quotaApplies: boolean): Array<{ base: number; perWaiting: number }> {
  return [...ctx.weightsByAmbito.values(), ctx.defaultWeights].map((w) => {
    const quotaWeight = quotaApplies ? w[MatchFactorCode.LAW68_QUOTA] : 0;
    const total =
      w[MatchFactorCode.SKILLS] + w[MatchFactorCode.COMMUTE] + w[MatchFactorCode.PREFERENCES] + w[MatchFactorCode.WAITING_TIME] +
      w[MatchFactorCode.PAST_PLACEMENT] + quotaWeight;
    if (total <= 0) return { base: 0, perWaiting: 0 };
    const reachable = w[MatchFactorCode.COMMUTE] + w[MatchFactorCode.PREFERENCES] * preference + quotaWeight * (ctx.law68Score ?? 0);
    return { base: (100 * reachable) / total, perWaiting: (100 * w[MatchFactorCode.WAITING_TIME]) / total };
  });
}
