import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MatchFactorCode } from '../../matching/rules/factors';
import { ExclusionReasonType, MatchFactor } from '../../matching/api/matching.types';

@ObjectType({ description: 'A factor weight as it was in force' })
export class EvidenceWeight {
  @Field(() => MatchFactorCode)
  factor: MatchFactorCode;

  @Field(() => Float)
  weight: number;
}

@ObjectType({
  description:
    'What the ranking said of the person for the opening when the placement was proposed: why this person, why this opening',
})
export class MatchEvidence {
  openingId: string;
  proposedById: string | null;

  @Field({ description: 'When the proposal was made' })
  recordedAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'Place among everyone eligible; null when a hard constraint excluded the pair',
  })
  rank: number | null;

  @Field(() => Int, { description: 'How many people were eligible for the opening' })
  eligibleCandidates: number;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field({ description: 'Whether the person was the first candidate' })
  topCandidate: boolean;

  @Field(() => Float, { nullable: true, description: 'The best score among the eligible' })
  topScore: number | null;

  @Field(() => [MatchFactor], {
    description: 'The points of each factor, with its explanation; they add up to the score',
  })
  factors: MatchFactor[];

  @Field(() => [EvidenceWeight], { description: 'The weights in force for the person’s ambito' })
  weights: EvidenceWeight[];

  @Field(() => [ExclusionReasonType], {
    description: 'The hard constraints the pair failed, when it was proposed anyway',
  })
  exclusionReasons: ExclusionReasonType[];
}
