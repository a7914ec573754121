import { Message } from '../../i18n/message';
import { RenderedMessage } from '../../graphql/message-fields';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PlacementKind } from '../placements/placement.enums';

@ObjectType({ description: 'The yearly figures of a group of people (see the definitions in the API description)' })
export class StatisticsRow {
  @Field({ description: 'TOTAL, an ambito number (NONE: outside), a municipality ID, an eligibility group' })
  key: string;

  @RenderedMessage('What the row is called: the place’s name, or the total or group in the request’s language')
  label?: string;

  /** What `label` is rendered from. */
  message: Message;

  @Field(() => Int, { description: 'People in intake, orientation, training or internship at some moment of the year' })
  peopleAccompanied: number;

  @Field(() => Int, {
    description: 'Inclusion internships and work trials started in the year (placements, not people)',
  })
  internshipsAndTrialsStarted: number;

  @Field(() => Int, { description: 'People with a hiring or contract renewal starting in the year' })
  peoplePlacedOrRenewed: number;

  @Field(() => Int, { description: 'Internships and work trials that ended in the year' })
  internshipsConcluded: number;

  @Field(() => Int, { description: 'Of those, how many ended converted to a hiring' })
  internshipsConverted: number;

  @Field(() => Float, {
    nullable: true,
    description: 'internshipsConverted / internshipsConcluded (0 to 1); null when none ended',
  })
  conversionRate: number | null;
}

@ObjectType()
export class PlacementKindStatistics {
  @Field(() => PlacementKind)
  kind: PlacementKind;

  @Field(() => Int, { description: 'Placements of this kind started in the year' })
  placementsStarted: number;

  @Field(() => Int, { description: 'Distinct people who started one' })
  people: number;
}

@ObjectType({
  description:
    'The service’s yearly figures, computed from case histories and placements. Year = Italian calendar year. ' +
    'Accompanied: people whose case was in INTAKE, ORIENTATION, TRAINING or INTERNSHIP at some moment of the year. ' +
    'Internships and trials started: started TIROCINIO_INCLUSIONE and WORK_TRIAL placements with their start date in ' +
    'the year. Placed or renewed: people with a started HIRING or CONTRACT_RENEWAL with its start date in the year ' +
    '(people at work who only had a contract renewed count here and not as accompanied). Breakdowns use the current ' +
    'residence; eligibility groups overlap.',
})
export class ServiceStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true, description: 'The ambito asked for; null: the whole service' })
  ambito: number | null;

  @Field(() => StatisticsRow)
  totals: StatisticsRow;

  @Field(() => [StatisticsRow], { description: 'One row per ambito (and NONE for people living outside, if any)' })
  byAmbito: StatisticsRow[];

  @Field(() => [StatisticsRow], { description: 'Municipalities of residence with something to count' })
  byMunicipality: StatisticsRow[];

  @Field(() => [StatisticsRow], {
    description: 'Law 68/99 art. 1, art. 18, Law 381/91, social services, none: overlapping',
  })
  byEligibility: StatisticsRow[];

  @Field(() => [PlacementKindStatistics], { description: 'Placements started in the year, by kind' })
  byPlacementKind: PlacementKindStatistics[];
}

@ObjectType({ description: 'Workshops (laboratori) held in the year, for one ambito or the whole service' })
export class WorkshopStatistics {
  @Field(() => Int, { nullable: true, description: 'The ambito where the workshops were held; null: the total' })
  ambito: number | null;

  @Field(() => Int, { description: 'Workshops with at least one session in the year' })
  workshopsHeld: number;

  @Field(() => Int, { description: 'Their sessions held in the year' })
  sessionsHeld: number;

  @Field(() => Int, { description: 'Distinct people enrolled in a workshop held in the year' })
  participants: number;
}
