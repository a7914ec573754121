import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { CaseStatus } from '../../beneficiaries/beneficiary.enums';
import { SkillRequirement } from '../../openings/opening.enums';
import { AccessibilityFeature, TransportMode } from '../../work-conditions/work-conditions.enums';
import { HardConstraintCode, MatchFactorCode } from '../rules/factors';
import { UnfilledReason } from '../placement-plan.service';
import type { Message } from '../../../i18n/message';
import { MessageKeyField, MessageParam, MessageParamsField, RenderedMessage } from '../../../graphql/message-fields';

registerEnumType(MatchFactorCode, { name: 'MatchFactorCode', description: 'A soft factor of the match score' });
registerEnumType(HardConstraintCode, {
  name: 'HardConstraintCode',
  description: 'A constraint that excludes a candidate',
});

@ObjectType({ description: 'One soft factor of a score: points = weight × factorScore' })
export class MatchFactor {
  @Field(() => MatchFactorCode)
  code: MatchFactorCode;

  @Field(() => Float, {
    description:
      'Points the factor can give at most: the core factors share 100; the Law 68/99 bonus adds its own on top',
  })
  weight: number;

  @Field(() => Float, { description: 'How well the pair does on this factor, 0–1' })
  factorScore: number;

  @Field(() => Float, { description: 'Points given; the points of all factors add up to the score' })
  points: number;

  @RenderedMessage(
    'Why the pair scores so on this factor, in the request’s language. An EMPLOYER_LIAISON reads a neutral sentence for PAST_PLACEMENT (placement history is for case workers)',
  )
  explanation?: string;

  @MessageKeyField()
  messageKey?: string;

  @MessageParamsField()
  params?: MessageParam[];

  /** What the three fields above are rendered from. */
  message: Message;
}

@ObjectType('SkillGap', {
  description: 'A skill the opening asks for that the person lacks or holds below the level asked',
})
export class SkillGapType {
  skillId: string;

  @Field(() => SkillRequirement)
  requirement: SkillRequirement;

  @Field(() => Int)
  levelNeeded: number;

  @Field(() => Int, { nullable: true, description: 'Null when the person does not hold the skill' })
  levelHeld: number | null;
}

@ObjectType()
export class CommuteByMode {
  @Field(() => TransportMode)
  mode: TransportMode;

  @Field(() => Int)
  minutes: number;
}

@ObjectType({ description: 'Estimated from town centre of residence to the workplace (about 1 km precision)' })
export class Commute {
  @Field(() => Float, { description: 'Estimated road distance' })
  distanceKm: number;

  @Field(() => Int, { description: 'By the fastest of the person’s transport modes' })
  estimatedMinutes: number;

  @Field(() => TransportMode)
  fastestMode: TransportMode;

  @Field(() => [CommuteByMode])
  byMode: CommuteByMode[];
}

@ObjectType('AccommodationCheck')
export class AccommodationCheckType {
  @Field(() => AccessibilityFeature)
  need: AccessibilityFeature;

  @Field()
  offered: boolean;

  @Field({ description: 'Not offered yet, but the employer said it can be arranged' })
  arrangeable: boolean;
}

@ObjectType({ description: 'A ranked person–opening pair with the reasons for its score' })
export class Match {
  beneficiaryId: string;
  openingId: string;

  @Field(() => Int)
  rank: number;

  @Field(() => Float, {
    description:
      'The sum of the factors’ points: 0–100 for the core factors, plus the Law 68/99 bonus where it applies',
  })
  score: number;

  @Field(() => [MatchFactor])
  factors: MatchFactor[];

  @Field(() => [SkillGapType])
  skillGaps: SkillGapType[];

  @Field(() => Commute)
  commute: Commute;

  @Field(() => [AccommodationCheckType], {
    nullable: true,
    description:
      'The person’s accessibility needs and whether the workplace meets them; null for an employer-liaison until the person is proposed to the opening’s employer',
  })
  accommodations: AccommodationCheckType[];
}

@ObjectType('ExclusionReason')
export class ExclusionReasonType {
  @Field(() => HardConstraintCode)
  code: HardConstraintCode;

  @RenderedMessage(
    'Why the pair fails it, in the request’s language; it may quote the person’s limitations or needs, so reading it is recorded as a read of their work constraints',
  )
  explanation?: string;

  @MessageKeyField()
  messageKey?: string;

  @MessageParamsField()
  params?: MessageParam[];

  /** What the three fields above are rendered from. */
  message: Message;
}

@ObjectType('ExcludedMatch', { description: 'A pair left out of the ranking, with every hard constraint it fails' })
export class ExcludedMatchType {
  beneficiaryId: string;
  openingId: string;

  @Field(() => [ExclusionReasonType])
  reasons: ExclusionReasonType[];
}

@ObjectType()
export class MatchRanking {
  countEligible: () => Promise<number>;

  @Field(() => [Match])
  matches: Match[];

  @Field(() => Int, { nullable: true, description: 'With includeExcluded: how many pairs are excluded' })
  totalExcluded: number | null;

  @Field(() => [ExcludedMatchType], {
    nullable: true,
    description: 'With includeExcluded: the first excluded pairs, by name',
  })
  excluded: ExcludedMatchType[] | null;
}

@InputType()
export class MatchFilterInput {
  @Field(() => Int, {
    nullable: true,
    description: 'People living in (candidates) or jobs located in (openings) this ambito',
  })
  @IsOptional()
  ambito?: number | null;

  @Field(() => ID, { nullable: true, description: 'Likewise, one municipality' })
  @IsOptional()
  municipalityId?: string | null;

  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  caseStatuses?: CaseStatus[] | null;

  @Field(() => Float, { nullable: true, description: 'Maximum estimated road distance, km' })
  @IsOptional()
  @Min(0)
  maxCommuteKm?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  minScore?: number | null;
}

@ArgsType()
export class MatchArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many ranked matches to return (at most 100)' })
  @Min(1)
  @Max(100)
  first: number;

  @Field(() => MatchFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: MatchFilterInput | null;

  @Field({ defaultValue: false, description: 'Also list the pairs excluded by a hard constraint, with the reasons' })
  includeExcluded: boolean;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  excludedFirst: number;
}

@InputType()
export class FactorWeightInput {
  @Field(() => MatchFactorCode)
  factor: MatchFactorCode;

  @Field(() => Float)
  @Min(0)
  @Max(100)
  weight: number;
}

@ObjectType()
export class FactorWeight {
  @Field(() => MatchFactorCode)
  factor: MatchFactorCode;

  @Field(() => Float)
  weight: number;
}

@ObjectType()
export class PlanAlternative {
  @Field(() => Match, { description: 'The best eligible candidate not assigned to this opening' })
  match: Match;

  @Field({ description: 'Whether the plan gives this person another opening' })
  assignedElsewhere: boolean;
}

@ObjectType()
export class PlannedOpening {
  openingId: string;

  @Field(() => Int, { description: 'Positions minus active placements' })
  openPositions: number;

  @Field(() => Int)
  filledPositions: number;

  @Field(() => UnfilledReason, { nullable: true, description: 'Why positions stay empty, if any do' })
  unfilledReason: UnfilledReason | null;

  @Field(() => PlanAlternative, { nullable: true })
  bestAlternative: PlanAlternative | null;
}

@ObjectType({ description: 'The assignment of people to open positions with the greatest total score' })
export class PlacementPlan {
  @Field(() => Float)
  totalScore: number;

  @Field(() => [Match], { description: 'Planned pairs, best score first' })
  assignments: Match[];

  @Field(() => [PlannedOpening])
  openings: PlannedOpening[];
}
