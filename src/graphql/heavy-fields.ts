import { LocalizedError } from './errors';
import { msg } from '../i18n/message';

/**
 * The fields whose resolvers do far more work than their selection shows, in one table: what each adds to an
 * operation's cost (the limit is PONTE_MAX_QUERY_COST, 5000 by default, where 20 people with their residence and
 * skills cost about 1,800), and for the heaviest, how many may run at once for one operator. A plan solves an
 * assignment over a whole ambito (0.6 s on 100,000 people): one fits in a request, and an operator runs one at a
 * time. A ranking searches every person or opening (about 25 ms), and so does its full count; statistics and the
 * quota dashboard read a year of cases or every employer's quota.
 */
export const HEAVY_FIELDS: Record<string, { cost: number; perOperator?: number }> = {
  'Query.placementPlan': { cost: 3000, perOperator: 1 },
  'Query.matchCandidates': { cost: 250 },
  'Query.matchOpenings': { cost: 250 },
  'MatchRanking.totalEligible': { cost: 250 },
  'Query.serviceStatistics': { cost: 1000, perOperator: 1 },
  'Query.quotaDashboard': { cost: 1000, perOperator: 1 },
  'Query.prospettoInformativo': { cost: 200 },
};

/**
 * The heavy fields running for each operator, in this process. A request takes its places before it runs and gives
 * them back when its answer is sent; one that would go over a field's limit is refused whole, before anything runs.
 */
export class HeavyFieldGate {
  private readonly running = new Map<string, number>();

  /** Takes the places for `fields` (field → occurrences in the operation), or throws RATE_LIMITED taking none. */
  enter(operatorId: string, fields: Map<string, number>): () => void {
    const taken: Array<[string, number]> = [];
    for (const [field, count] of fields) {
      const limit = HEAVY_FIELDS[field]?.perOperator;
      if (limit === undefined) continue;
      const key = `${operatorId} ${field}`;
      if ((this.running.get(key) ?? 0) + count > limit) {
        const name = field.replace(/^Query\./, '');
        throw new LocalizedError(msg('graphql.heavyFieldRunning', { name, limit }), {
          code: 'RATE_LIMITED',
          http: { status: 429 },
        });
      }
      taken.push([key, count]);
    }
    for (const [key, count] of taken) this.running.set(key, (this.running.get(key) ?? 0) + count);
    return () => {
      for (const [key, count] of taken) {
        const left = (this.running.get(key) ?? 0) - count;
        if (left > 0) this.running.set(key, left);
        else this.running.delete(key);
      }
    };
  }
}
