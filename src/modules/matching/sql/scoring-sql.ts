import { sqlValue } from '../../../db/sql-values';
import { Law68Category } from '../../beneficiaries/beneficiary.enums';
import { MatchFactorCode, MatchingWeights } from '../rules/factors';
import { PROFILE_MINUTES_SQL } from './match-profile-sql';
import {
  COMMUTE_REFERENCE_MINUTES,
  CORE_FACTORS,
  DAYS_FOR_FULL_WAITING,
  factorMaxima,
  PREFERENCE_SCORES,
} from '../rules/scoring';
import { ITALIAN_TODAY_SQL } from '../../../db/italian-calendar-sql';

/** The Law 68/99 factor applies to people eligible under art. 1, for openings that count toward the quota. */
export const law68EligibleSql = (person: string) =>
  `coalesce(${person}.law68_category = ${sqlValue(Law68Category.DISABLED_ART1)}, false)`;
export const LAW68_ELIGIBLE_SQL = law68EligibleSql('p');

/** The weights of each ambito that has its own, and those of the others. */
export interface RankingWeights {
  weightsByAmbito: Map<number, MatchingWeights>;
  defaultWeights: MatchingWeights;
}

/** The SQL pre-score and the final score differ by rounding only (under 0.05 in all); this covers it. */
export const PRE_SCORE_TOLERANCE = 0.1;

/**
 * A factor's most points for the ambito of residence (`o.residence_ambito`), the default weights' for the others: one
 * choice per factor keeps the pre-score a single expression, however many ambiti have weights of their own.
 */
function maximumSql(weights: RankingWeights, code: MatchFactorCode): string {
  const of = (w: MatchingWeights) => factorMaxima(w)[code];
  const fallback = of(weights.defaultWeights);
  const own = [...weights.weightsByAmbito].filter(([, w]) => of(w) !== fallback);
  if (!own.length) return `${fallback}::float8`;
  const cases = own.map(([ambito, w]) => `WHEN ${Number(ambito)} THEN ${of(w)}::float8`);
  return `(CASE o.residence_ambito ${cases.join(' ')} ELSE ${fallback}::float8 END)`;
}

const QUOTA_APPLIES_SQL = `(o.counts_toward_quota AND ${LAW68_ELIGIBLE_SQL})`;

/**
 * How many points the Law 68/99 bonus adds between its lowest value (0) and its highest (1), where it applies.
 * Added to a pre-score computed at 0, it gives the one at 1.
 */
export function quotaSpanSql(weights: RankingWeights): string {
  return `(CASE WHEN ${QUOTA_APPLIES_SQL} THEN ${maximumSql(weights, MatchFactorCode.LAW68_QUOTA)} ELSE 0 END)::float8`;
}

/** What differs between the two directions of ranking: how skills, a past placement and the quota are known. */
export interface PairTerms {
  /** The skills factor, 0–1. */
  skills: string;
  /** Whether the person had a positive past internship or work trial with the opening's employer. */
  pastPositive: string;
  /** The Law 68/99 factor's value where it applies (see `QUOTA_APPLIES_SQL`). */
  quotaScore: string;
  /**
   * Where the factor applies, when the caller knows better than the opening's row: ranking one opening, whether it
   * counts toward the quota is known (a what-if may assume it does), so only the person's eligibility is left.
   */
  quotaApplies?: string;
}

/** The waiting-time factor of the person `p`, as `waitingScore` gives it. */
export const WAITING_FACTOR_SQL = `least(greatest(${ITALIAN_TODAY_SQL} - p.waiting_since, 0) / ${DAYS_FOR_FULL_WAITING}::float8, 1)`;

/**
 * The SQL twin of `scoreMatch`, for one opening against many people or one person against many openings: it lets
 * the database pre-rank thousands of pairs so only the best few travel to Node. It is never shown to anyone: the
 * score and its explanation always come from `scoreMatch`, and the ranking keeps a safety margin (see
 * candidate-ranking.ts). Tests check both rank alike. Over the profile aliases of match-profile-sql.ts: `p` the
 * person, `o` the opening seen from where the person lives.
 */
export function preScoreSql(weights: RankingWeights, terms: PairTerms): string {
  const minutes = `round(${PROFILE_MINUTES_SQL})`;
  const hasPreferences = `(p.preferred_sectors <> 0 OR cardinality(p.preferred_occupation_ids) > 0)`;
  const factor: Record<Exclude<MatchFactorCode, MatchFactorCode.LAW68_QUOTA>, string> = {
    [MatchFactorCode.SKILLS]: terms.skills,
    [MatchFactorCode.COMMUTE]: `(1 - least(${minutes} / ${COMMUTE_REFERENCE_MINUTES}::float8, 1))`,
    [MatchFactorCode.PREFERENCES]: `(CASE
        WHEN coalesce(o.occupation_id = ANY(p.preferred_occupation_ids), false) THEN ${PREFERENCE_SCORES.occupation}::float8
        WHEN (p.preferred_sectors & o.sector_bit) <> 0 THEN ${PREFERENCE_SCORES.sector}::float8
        WHEN ${hasPreferences} THEN ${PREFERENCE_SCORES.elsewhere}::float8
        ELSE ${PREFERENCE_SCORES.noneRecorded}::float8 END)`,
    [MatchFactorCode.WAITING_TIME]: WAITING_FACTOR_SQL,
    [MatchFactorCode.PAST_PLACEMENT]: `(CASE WHEN ${terms.pastPositive} THEN 1 ELSE 0 END)`,
  };
  // The core factors out of 100, as `factorMaxima` shares them; the Law 68/99 bonus on top where it applies.
  const core = CORE_FACTORS.map((code) => `${maximumSql(weights, code)} * ${factor[code]}`).join(' + ');
  const bonus = maximumSql(weights, MatchFactorCode.LAW68_QUOTA);
  return `coalesce((${core}) + CASE WHEN ${terms.quotaApplies ?? QUOTA_APPLIES_SQL} THEN ${bonus} * ${terms.quotaScore} ELSE 0 END, 0)`;
}

/** What bounds the score of a person holding none of an opening's skills. */
export interface NoSkillsCase {
  /** The Law 68/99 factor's value for the opening's employer, or null when the opening does not count toward the quota. */
  law68Score: number | null;
  /** The person's preferences factor. */
  preference: number;
  /** Whether the Law 68/99 factor applies to the person. */
  quotaApplies: boolean;
}

/**
 * The highest pre-score a person could reach holding none of the opening's skills, with no positive past placement
 * at its employer and a waiting-time factor of at most `waiting`, in any ambito: whoever it cannot beat need not be
 * read. Commute is taken at its best.
 */
export function bestScoreWithoutSkills(weights: RankingWeights, which: NoSkillsCase, waiting = 1): number {
  return Math.max(...linearBounds(weights, which).map(({ base, perWaiting }) => base + perWaiting * waiting));
}

/**
 * The least waiting-time factor (0–1) with which such a person could still reach `score`, or null when even the
 * longest wait could not: each ambito's bound is linear in the factor, so each gives its own least value.
 */
export function leastWaitingToReach(weights: RankingWeights, which: NoSkillsCase, score: number): number | null {
  const needed = linearBounds(weights, which).map(({ base, perWaiting }) =>
    base >= score ? 0 : perWaiting > 0 ? (score - base) / perWaiting : Infinity,
  );
  const least = Math.min(...needed);
  return least <= 1 ? least : null;
}

/** The bound of `bestScoreWithoutSkills` for each ambito's weights, as base + slope × waiting-time factor. */
function linearBounds(weights: RankingWeights, which: NoSkillsCase): Array<{ base: number; perWaiting: number }> {
  const { law68Score, preference, quotaApplies } = which;
  return [...weights.weightsByAmbito.values(), weights.defaultWeights].map((w) => {
    const max = factorMaxima(w);
    const bonus = quotaApplies ? max[MatchFactorCode.LAW68_QUOTA] * (law68Score ?? 0) : 0;
    return { base: max.COMMUTE + max.PREFERENCES * preference + bonus, perWaiting: max.WAITING_TIME };
  });
}
