import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Shift,
  TransportMode,
} from '../../work-conditions/work-conditions.enums';
import { ChangeCode, ChangeKind } from '../rules/changes';
import { ContractType } from '../../openings/opening.enums';

registerEnumType(ChangeKind, {
  name: 'MediationChangeKind',
  description:
    'Who would make a change: REQUIREMENT and ARRANGEMENT the employer, TRAINING the person with the service; PERSONS_CHOICE is a worsening of the person’s own conditions, theirs to decide and never advice',
});
registerEnumType(ChangeCode, { name: 'MediationChangeCode', description: 'What a mediation change modifies' });

@ObjectType({ description: 'One change a mediation could work on; only the fields its code uses are set' })
export class MediationChange {
  skillId?: string;

  @Field(() => ChangeCode, { description: 'What the change modifies' })
  code: ChangeCode;

  @Field(() => ChangeKind, { description: 'Who would make it; PERSONS_CHOICE is to be discussed, not advised' })
  kind: ChangeKind;

  @Field(() => Int, { nullable: true, description: 'WEEKLY_HOURS: the weekly hours offered instead' })
  weeklyHours?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'TRAIN_SKILL: the level the training would reach; LOWER_LEVEL: the level asked instead',
  })
  level?: number;

  @Field(() => Shift, { nullable: true, description: 'DROP_SHIFT / ACCEPT_SHIFT: the shift' })
  shift?: Shift;

  @Field(() => PhysicalDemand, { nullable: true, description: 'DROP_PHYSICAL_DEMAND: the demand dropped' })
  physicalDemand?: PhysicalDemand;

  @Field(() => AccessibilityFeature, {
    nullable: true,
    description: 'OFFER_FEATURE / NEED_ARRANGED: the feature offered or the need arranged',
  })
  accessibilityFeature?: AccessibilityFeature;

  @Field(() => TransportMode, { nullable: true, description: 'ADD_TRANSPORT_MODE: the way to travel added' })
  transportMode?: TransportMode;

  @Field(() => Int, { nullable: true, description: 'LONGER_COMMUTE: kilometres added to the person’s limit' })
  extraKm?: number;

  @Field(() => Int, { nullable: true, description: 'LONGER_COMMUTE: minutes added to the person’s limit' })
  extraMinutes?: number;

  @Field(() => ContractType, { nullable: true, description: 'CONTRACT: the contract offered instead' })
  contractType?: ContractType;
}

@ObjectType({ description: 'A count of pairs, in all and in parts' })
export class WhatIfCounts {
  @Field(() => Int, { description: 'In the whole service' })
  total: number;

  @Field(() => Int, {
    nullable: true,
    description: 'In the ambito counted (the viewer’s, or the one asked for); null when none is',
  })
  inAmbito: number | null;

  @Field(() => Int, {
    description:
      'Where Law 68/99 applies: for an opening, people eligible under art. 1; for a person, openings that count toward their employer’s quota',
  })
  law68: number;
}

@ObjectType({ description: 'A person who would enter the opening’s top 10 once the change is made' })
export class CandidateEntrant {
  beneficiaryId: string;

  @Field(() => Float, { description: 'Their score for the opening, as the ranking computes it' })
  score: number;

  @Field(() => Int, { description: 'Their rank in the new top 10' })
  rank: number;
}

@ObjectType({ description: 'An opening that would enter the person’s top 10 once the change is made' })
export class OpeningEntrant {
  openingId: string;

  @Field(() => Float, { description: 'The pair’s score once the change is made, as the ranking computes it' })
  score: number;

  @Field(() => Int, { description: 'Its rank in the new top 10' })
  rank: number;
}

@ObjectType({ description: 'What one change (or a pair of changes) to an opening would do' })
export class OpeningWhatIfOption {
  @Field(() => [MediationChange], { description: 'The change, or the two changes made together' })
  changes: MediationChange[];

  @Field(() => WhatIfCounts, { description: 'People not eligible now who would be' })
  gained: WhatIfCounts;

  @Field(() => Int, { description: 'People eligible now who would not be (only fewer weekly hours can do this)' })
  lost: number;

  @Field(() => [CandidateEntrant], {
    nullable: true,
    description:
      'Of the people gained whom the viewer may see, those entering the top 10; empty for pairs. Null for an employer liaison when the change concerns physical limitations or accessibility needs: who it brings in would tell their health',
  })
  entrants: CandidateEntrant[] | null;
}

@ObjectType({ description: 'What the employer could relax or arrange in an opening, and what each change would do' })
export class OpeningWhatIf {
  @Field(() => WhatIfCounts, { description: 'People eligible for the opening as it is' })
  eligibleNow: WhatIfCounts;

  @Field(() => [OpeningWhatIfOption], { description: 'Each single change, most people brought in first' })
  options: OpeningWhatIfOption[];

  @Field(() => OpeningWhatIfOption, {
    nullable: true,
    description: 'The two changes together that bring in most people; null when no pair brings in anyone',
  })
  bestPair: OpeningWhatIfOption | null;
}

@ObjectType({ description: 'What one change (or a pair of changes) with the person would do' })
export class PersonWhatIfOption {
  @Field(() => [MediationChange], { description: 'The change, or the two changes made together' })
  changes: MediationChange[];

  @Field(() => WhatIfCounts, { description: 'Open openings not eligible now that would be' })
  gained: WhatIfCounts;

  @Field(() => Int, { description: 'Open openings eligible now that would not be' })
  lost: number;

  @Field(() => [OpeningEntrant], {
    description: 'Of the openings gained, those entering the person’s top 10; empty for pairs',
  })
  entrants: OpeningEntrant[];
}

@ObjectType({ description: 'What could be worked on with a person, and how many doors each change would open' })
export class PersonWhatIf {
  @Field(() => WhatIfCounts, { description: 'Open openings eligible for the person as they are' })
  eligibleNow: WhatIfCounts;

  @Field(() => [PersonWhatIfOption], { description: 'Each single change, most openings first' })
  options: PersonWhatIfOption[];

  @Field(() => PersonWhatIfOption, {
    nullable: true,
    description: 'The two changes together that open most openings; null when no pair opens any',
  })
  bestPair: PersonWhatIfOption | null;
}
