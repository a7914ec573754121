import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContractType } from '../../openings/opening.enums';
import { HardConstraintCode } from '../../matching/rules/factors';
import { Match } from '../../matching/api/matching.types';
import { IncentiveCode } from '../rules/incentive-rules';
import { TalkingPointCode } from '../rules/talking-points';
import { MediationChange } from './what-if.types';

registerEnumType(IncentiveCode, {
  name: 'IncentiveCode',
  description: 'An incentive an employer may claim for a hiring',
});
registerEnumType(TalkingPointCode, {
  name: 'TalkingPointCode',
  description: 'A talking point of the brief; its text is the catalogue’s mediation.talk.<code>',
});

@ObjectType({ description: 'One Law 68/99 quota (art. 3 disabled, or art. 18 protected categories) on a date' })
export class BriefQuotaPosition {
  @Field({ description: 'The quota’s status (COVERED, UNCOVERED, IN_GRACE, EXEMPT…)' })
  status: string;

  @Field(() => Int, { description: 'Units due in the category concerned' })
  due: number;

  @Field(() => Int, { description: 'Units covered' })
  covered: number;

  @Field(() => Int, { description: 'Units still to be hired' })
  shortfall: number;

  @Field(() => Int, { description: 'Units exempted (against the exemption contribution)' })
  exemptedUnits: number;

  @Field(() => Int, { description: 'Units covered by an art. 11 convention schedule' })
  conventionUnits: number;

  @Field(() => Int, { description: 'The art. 15 sanction exposure a working day, in euro cents (an upper bound)' })
  exposurePerDayCents: number;

  @Field(() => Int, {
    description: 'The exemption contribution owed a working day for the exempted units, in euro cents',
  })
  exemptionContributionPerDayCents: number;
}

@ObjectType({ description: 'The next step of an art. 11 convention programme (L. 68/1999 art. 11)' })
export class BriefConventionStep {
  @Field({ description: 'The convention’s reference (its number or protocol)' })
  reference: string;

  @Field({ description: 'The next date of the programme, YYYY-MM-DD' })
  dueBy: string;

  @Field(() => Int, { description: 'Hirings the programme asks for by that date, from the convention’s start' })
  unitsDueByThen: number;

  @Field(() => Int, { description: 'Hirings of the person’s category started since the convention began' })
  hiredSinceStart: number;

  @Field({ description: 'Whether the step is met today, without this hiring' })
  metBefore: boolean;

  @Field({ description: 'Whether the step is met with this hiring' })
  metWithThisHire: boolean;
}

@ObjectType({
  description: 'What the hiring changes in the employer’s Law 68/99 position, computed by the quota rules',
})
export class BriefQuotaEffect {
  @Field({ description: 'DISABLED (art. 3) or PROTECTED (art. 18), the person’s Law 68/99 group' })
  category: string;

  @Field(() => BriefQuotaPosition, { description: 'Today, as things are' })
  before: BriefQuotaPosition;

  @Field(() => BriefQuotaPosition, { description: 'Today, with this hiring through Ponte' })
  after: BriefQuotaPosition;

  @Field(() => Int, { description: 'Units of shortfall the hiring closes' })
  shortfallClosed: number;

  @Field(() => Int, { description: 'Sanction exposure avoided a working day, in euro cents' })
  exposurePerDayAvoidedCents: number;

  @Field(() => Int, { description: 'Exemption contribution no longer owed a working day, in euro cents' })
  contributionPerDaySavedCents: number;

  @Field(() => [BriefConventionStep], {
    description: 'The next step of each art. 11 convention programme in force, and whether this hiring meets it',
  })
  conventionSteps: BriefConventionStep[];
}

@ObjectType({ description: 'An incentive rule version in force and what it would give for this hiring' })
export class BriefIncentive {
  @Field(() => IncentiveCode, { description: 'Which incentive' })
  code: IncentiveCode;

  @Field({ description: 'First day the version applies (YYYY-MM-DD)' })
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day it applies; null while in force' })
  validTo: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether it applies on the recorded data; null when unknown (always, in a brief without health details)',
  })
  applies: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Share of the gross monthly wage, percent' })
  percentOfGrossWage: number | null;

  @Field(() => Int, { nullable: true, description: 'Months the estimate counts' })
  months: number | null;

  @Field(() => Int, { nullable: true, description: 'Estimate in euro cents: wage × share × months' })
  estimateCents: number | null;

  @Field(() => Int, { nullable: true, description: 'Reimbursement ceiling in euro cents' })
  maxCents: number | null;

  @Field({ description: 'False when the figures are still to be confirmed against the sources' })
  confirmed: boolean;

  @Field(() => [String], { description: 'The laws and circulars the figures come from' })
  sources: string[];
}

@ObjectType({ description: 'One name and value of a talking point' })
export class TalkingPointParam {
  @Field({ description: 'Parameter name; amounts end in Cents' })
  name: string;

  @Field({ description: 'Its value' })
  value: string;
}

@ObjectType({ description: 'A talking point derived from a figure or a rule of the brief' })
export class BriefTalkingPoint {
  @Field(() => TalkingPointCode, { description: 'Which point' })
  code: TalkingPointCode;

  @Field(() => [TalkingPointParam], { description: 'The figures it states' })
  params: TalkingPointParam[];

  @Field({ description: 'The point in Italian, from the catalogue' })
  text: string;
}

@ObjectType({ description: 'What an operator takes to the meeting with the employer about one person and one opening' })
export class MediationBrief {
  beneficiaryId: string;
  openingId: string;
  /** Kept for the PDF, rendered only when asked. */
  blocks: Array<{ kind: 'title' | 'heading' | 'item'; text: string }>;

  @Field({ description: 'Whether the pair passes every hard constraint today' })
  eligible: boolean;

  @Field(() => Match, {
    nullable: true,
    description:
      'The pair scored as the rankings score it (rank is 1: the brief concerns one pair); null when not eligible',
  })
  fit: Match | null;

  @Field(() => Int, { description: 'How many hard constraints the pair fails today' })
  failedConstraintCount: number;

  @Field(() => [HardConstraintCode], {
    nullable: true,
    description: 'Which hard constraints it fails; null for roles that may not read the person’s limitations and needs',
  })
  failedConstraints: HardConstraintCode[] | null;

  @Field(() => [MediationChange], {
    description: 'Changes to the opening (as in openingWhatIf) that would make this pair eligible',
  })
  changes: MediationChange[];

  @Field(() => BriefQuotaEffect, {
    nullable: true,
    description: 'Null when the opening does not count toward a quota or the person is in no Law 68/99 group',
  })
  quota: BriefQuotaEffect | null;

  @Field(() => Int, { description: 'Weekly hours of the opening, from which the wage is estimated' })
  weeklyHours: number;

  @Field(() => ContractType, { description: 'The opening’s contract' })
  contractType: ContractType;

  @Field(() => Int, {
    description:
      'The gross monthly wage the estimates use, in euro cents: the configured full-time wage pro rata hours',
  })
  grossMonthlyWageCents: number;

  @Field(() => [BriefIncentive], { description: 'Incentive rule versions in force today' })
  incentives: BriefIncentive[];

  @Field(() => [BriefTalkingPoint], { description: 'Talking points, each traced to a figure or a rule' })
  talkingPoints: BriefTalkingPoint[];

  @Field({ description: 'The brief as Markdown, in Italian' })
  markdown: string;
}
