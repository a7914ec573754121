import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UserInputError } from '../../../graphql/errors';
import { PonteContext } from '../../auth/context';
import { parseIds, parseOptionalId } from '../../../graphql/ids';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { Opening } from '../../openings/opening.entity';
import { Skill } from '../../skills/skill.entity';
import { MatchFactorCode } from '../rules/factors';
import { matchCandidatesForOpening, matchOpeningsForBeneficiary, RankOptions } from '../matching.service';
import {
  ExcludedMatchType,
  FactorWeight,
  FactorWeightInput,
  Match,
  MatchArgs,
  MatchRanking,
  PlacementPlan,
  PlannedOpening,
  SkillGapType,
} from './matching.types';
import { MatchingFairnessResolver } from '../fairness/fairness.resolver';
import { computePlacementPlan, DEFAULT_LAW68_PRIORITY } from '../placement-plan.service';
import { MatchFilter } from '../sql/pair-query';
import { loadWeights, setMatchingWeights, weightsFor } from '../weights.service';
import { checkServiceAmbito } from '../../territory/service-ambiti';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { msg } from '../../../i18n/message';

function toFilter(args: MatchArgs): MatchFilter {
  const filter = args.filter ?? {};
  return { ...filter, municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId') };
}

function toOptions(args: MatchArgs): RankOptions {
  return {
    first: args.first,
    minScore: args.filter?.minScore ?? null,
    includeExcluded: args.includeExcluded,
    excludedFirst: args.excludedFirst,
  };
}

const asWeightList = (weights: Record<MatchFactorCode, number>): FactorWeight[] =>
  Object.values(MatchFactorCode).map((factor) => ({ factor, weight: weights[factor] }));

@Resolver()
export class MatchingResolver {
  @Query(() => MatchRanking, { description: 'People ranked for one opening, best first, each score explained' })
  matchCandidates(
    @GlobalIdArg('openingId', 'Opening') openingId: string,
    @Args() args: MatchArgs,
    @Ctx() ctx: PonteContext,
  ): Promise<MatchRanking> {
    const id = openingId;
    return matchCandidatesForOpening(ctx.dataSource.manager, id, toFilter(args), toOptions(args));
  }

  @Query(() => MatchRanking, { description: 'Open openings ranked for one person, best first, each score explained' })
  matchOpenings(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Args() args: MatchArgs,
    @Ctx() ctx: PonteContext,
  ): Promise<MatchRanking> {
    const id = beneficiaryId;
    return matchOpeningsForBeneficiary(ctx.dataSource.manager, id, toFilter(args), toOptions(args));
  }

  @Query(() => PlacementPlan, {
    description: 'The assignment of the ambito’s people to open positions that maximises the total score',
  })
  placementPlan(
    @Arg('ambito', () => Int) ambito: number,
    @Ctx() ctx: PonteContext,
    @Arg('openingIds', () => [ID], { nullable: true }) openingIds?: string[] | null,
    @Arg('beneficiaryIds', () => [ID], { nullable: true }) beneficiaryIds?: string[] | null,
    @Arg('law68Priority', () => Float, {
      defaultValue: DEFAULT_LAW68_PRIORITY,
      description: 'Points added to a pair that covers an employer’s uncovered Law 68/99 quota (0–50)',
    })
    law68Priority?: number,
  ): Promise<PlacementPlan> {
    checkServiceAmbito(ambito, 'ambito');
    if (law68Priority! < 0 || law68Priority! > 50)
      throw new UserInputError(msg('matching.law68priorityBetween050'), 'law68Priority');
    return computePlacementPlan(ctx.dataSource.manager, {
      ambito,
      openingIds: openingIds ? parseIds(openingIds, 'Opening', 'openingIds') : null,
      beneficiaryIds: beneficiaryIds ? parseIds(beneficiaryIds, 'Beneficiary', 'beneficiaryIds') : null,
      law68Priority: law68Priority!,
    });
  }

  @Query(() => [FactorWeight], { description: 'The matching weights in force in an ambito' })
  async matchingWeights(@Arg('ambito', () => Int) ambito: number, @Ctx() ctx: PonteContext): Promise<FactorWeight[]> {
    return asWeightList(weightsFor(await loadWeights(ctx.dataSource.manager), ambito));
  }

  @Mutation(() => [FactorWeight], {
    description: 'Coordinator only: sets every factor’s weight for an ambito (total 100)',
  })
  async setMatchingWeights(
    @Arg('ambito', () => Int) ambito: number,
    @Arg('weights', () => [FactorWeightInput]) weights: FactorWeightInput[],
    @Ctx() ctx: PonteContext,
  ): Promise<FactorWeight[]> {
    return asWeightList(await setMatchingWeights(ctx.dataSource, ambito, weights, ctx.actingOperatorId));
  }
}

@Resolver(() => MatchRanking)
export class MatchRankingResolver {
  @FieldResolver(() => Int, {
    description:
      'How many pairs pass every hard constraint (before minScore); costs a full count, so ask only when needed',
  })
  totalEligible(@Root() ranking: MatchRanking): Promise<number> {
    return ranking.countEligible();
  }
}

@Resolver(() => Match)
export class MatchResolver {
  @FieldResolver(() => Beneficiary)
  async beneficiary(@Root() match: Match, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(match.beneficiaryId))!;
  }

  @FieldResolver(() => Opening)
  async opening(@Root() match: Match, @Ctx() ctx: PonteContext): Promise<Opening> {
    return (await ctx.loaders.byId(Opening).load(match.openingId))!;
  }
}

@Resolver(() => ExcludedMatchType)
export class ExcludedMatchResolver {
  @FieldResolver(() => Beneficiary)
  async beneficiary(@Root() match: ExcludedMatchType, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(match.beneficiaryId))!;
  }

  @FieldResolver(() => Opening)
  async opening(@Root() match: ExcludedMatchType, @Ctx() ctx: PonteContext): Promise<Opening> {
    return (await ctx.loaders.byId(Opening).load(match.openingId))!;
  }
}

@Resolver(() => PlannedOpening)
export class PlannedOpeningResolver {
  @FieldResolver(() => Opening)
  async opening(@Root() planned: PlannedOpening, @Ctx() ctx: PonteContext): Promise<Opening> {
    return (await ctx.loaders.byId(Opening).load(planned.openingId))!;
  }
}

@Resolver(() => SkillGapType)
export class SkillGapResolver {
  @FieldResolver(() => Skill)
  async skill(@Root() gap: SkillGapType, @Ctx() ctx: PonteContext): Promise<Skill> {
    return (await ctx.loaders.byId(Skill).load(gap.skillId))!;
  }
}

export const MATCHING_RESOLVERS = [
  MatchingResolver,
  MatchRankingResolver,
  MatchResolver,
  ExcludedMatchResolver,
  PlannedOpeningResolver,
  SkillGapResolver,
  MatchingFairnessResolver,
] as const;
