import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PonteContext } from '../../auth/context';
import { matchingFairness } from './fairness.service';
import { MatchingFairness } from './fairness.types';

@Resolver(() => MatchingFairness)
export class MatchingFairnessResolver {
  @Query(() => MatchingFairness, {
    description:
      'For each group of people: share of the eligible pool, share of top-10 places, mean score and rank, four-fifths flag',
  })
  async matchingFairness(
    @Arg('ambito', () => Int) ambito: number,
    @Ctx() ctx: PonteContext,
    @Arg('asOf', () => LocalDateResolver, {
      nullable: true,
      description: 'Today (the default): rankings are not stored',
    })
    asOf?: string | null,
  ): Promise<MatchingFairness> {
    const report = await matchingFairness(ctx.dataSource.manager, ambito, asOf ?? null);
    // Figures by disability kind, Law 381/91 category and the like: written to the trail like any read of health data.
    ctx.readAudit.record(
      'MatchingFairness',
      `ambito ${report.ambito} on ${report.asOf}`,
      null,
      'matchingFairness',
      'groups',
    );
    return report;
  }
}
