import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FairnessDimension } from './fairness';

registerEnumType(FairnessDimension, {
  name: 'FairnessDimension',
  description: 'How people are grouped to measure fairness',
});

@ObjectType({
  description: 'One group’s place in the rankings (definitions in src/modules/matching/fairness/README.md)',
})
export class FairnessGroup {
  @Field(() => FairnessDimension)
  dimension: FairnessDimension;

  @Field({ description: 'The group within the dimension, e.g. ELIGIBLE, PSYCHIATRIC, FROM_50, NONE' })
  value: string;

  @Field({ description: 'Fewer than 5 people (or the one that would give such a group away): figures withheld' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true, description: 'People of the group eligible for at least one open opening' })
  people: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of all eligible person–opening pairs' })
  poolShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the top-10 places of every opening' })
  topShare: number | null;

  @Field(() => Float, { nullable: true })
  meanScore: number | null;

  @Field(() => Float, { nullable: true })
  meanRank: number | null;

  @Field(() => Float, { nullable: true, description: 'topShare / poolShare' })
  ratio: number | null;

  @Field({ description: 'ratio under 0.8 (the four-fifths rule)' })
  flagged: boolean;
}

@ObjectType({ description: 'How each group of people fares in the rankings of the open openings' })
export class MatchingFairness {
  @Field(() => Int)
  ambito: number;

  @Field()
  asOf: string;

  @Field(() => Int, { description: 'Open openings with at least one eligible person of the ambito' })
  openings: number;

  @Field(() => Int)
  eligiblePairs: number;

  @Field(() => [FairnessGroup])
  groups: FairnessGroup[];
}
