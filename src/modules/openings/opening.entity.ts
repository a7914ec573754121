import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { AccessibilityFeature, PhysicalDemand, Sector, Shift } from '../work-conditions/work-conditions.enums';
import { ContractType, OpeningStatus } from './opening.enums';

/** A job or internship an employer offers at one of its sites. */
@ObjectType({ implements: Node })
@Entity('opening')
export class Opening extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'employer_id' })
  employerId: string;

  @Column({ type: 'uuid', name: 'site_id' })
  siteId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', name: 'occupation_id', nullable: true })
  occupationId: string | null;

  @Field(() => Sector)
  @Column({ type: 'text' })
  sector: Sector;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => Int)
  @Column({ type: 'smallint', name: 'weekly_hours' })
  weeklyHours: number;

  @Field(() => [Shift])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  shifts: Shift[];

  @Field(() => ContractType)
  @Column({ type: 'text', name: 'contract_type' })
  contractType: ContractType;

  @Field(() => Int, { description: 'Number of people the employer will take on' })
  @Column({ type: 'smallint' })
  positions: number;

  @Field({ description: 'Whether a hire counts toward the employer’s Law 68/99 quota' })
  @Column({ type: 'boolean', name: 'counts_toward_quota', default: false })
  countsTowardQuota: boolean;

  @Field(() => [PhysicalDemand])
  @Column({ type: 'text', array: true, name: 'physical_demands', default: () => "'{}'" })
  physicalDemands: PhysicalDemand[];

  @Field(() => [AccessibilityFeature], { description: 'Accommodations the workplace offers' })
  @Column({ type: 'text', array: true, name: 'accessibility_features', default: () => "'{}'" })
  accessibilityFeatures: AccessibilityFeature[];

  @Field({ description: 'The employer is willing to arrange accommodations it does not offer yet' })
  @Column({ type: 'boolean', name: 'accommodations_arrangeable', default: false })
  accommodationsArrangeable: boolean;

  @Field(() => OpeningStatus)
  @Column({ type: 'text', default: OpeningStatus.DRAFT })
  status: OpeningStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date the opening was published (set when opened)' })
  @Column({ type: 'date', name: 'opened_on', nullable: true })
  openedOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Expected start of the job' })
  @Column({ type: 'date', name: 'starts_on', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day to propose candidates' })
  @Column({ type: 'date', name: 'closes_on', nullable: true })
  closesOn: string | null;
}
