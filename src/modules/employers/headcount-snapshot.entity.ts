import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/**
 * An employer's national workforce at a date, broken down into what the Law 68/99 quota rules need: the groups the
 * law leaves out of the computable base, part-time work, and the workers who already count toward the quota.
 * Which groups are excluded is rule data of the quota module; the snapshot only records the counts.
 */
@ObjectType({ implements: Node })
@Entity('headcount_snapshot')
export class HeadcountSnapshot extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'employer_id' })
  employerId: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date', name: 'reference_date' })
  referenceDate: string;

  @Field(() => Int, { description: 'All employees on the date, every contract, every site' })
  @Column({ type: 'integer', name: 'total_employees' })
  totalEmployees: number;

  @Field(() => Int, { description: 'Part-time employees (included in the total)' })
  @Column({ type: 'integer', name: 'part_time_employees', default: 0 })
  partTimeEmployees: number;

  @Field(() => Float, { description: 'Full-time equivalent of the part-time employees (sum of hours fractions)' })
  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    name: 'part_time_fte',
    default: 0,
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  partTimeFte: number;

  @Field(() => Int, { description: 'Disabled workers hired under Law 68/99 (they cover the quota)' })
  @Column({ type: 'integer', name: 'disabled_workers', default: 0 })
  disabledWorkers: number;

  @Field(() => Int, { description: 'Art. 18 protected-category workers' })
  @Column({ type: 'integer', name: 'protected_category_workers', default: 0 })
  protectedCategoryWorkers: number;

  @Field(() => Int, { description: 'Workers disabled while employed, with capacity reduced by 60% or more' })
  @Column({ type: 'integer', name: 'disabled_in_service_workers', default: 0 })
  disabledInServiceWorkers: number;

  @Field(() => Int, { description: 'Fixed-term contracts of up to 6 months' })
  @Column({ type: 'integer', name: 'short_fixed_term_workers', default: 0 })
  shortFixedTermWorkers: number;

  @Field(() => Int, { description: 'Managers (dirigenti)' })
  @Column({ type: 'integer', default: 0 })
  managers: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  apprentices: number;

  @Field(() => Int, { description: 'Temp-agency workers at the company' })
  @Column({ type: 'integer', name: 'temp_agency_workers', default: 0 })
  tempAgencyWorkers: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'home_workers', default: 0 })
  homeWorkers: number;

  @Field(() => Int, { description: 'Partners of worker cooperatives' })
  @Column({ type: 'integer', name: 'cooperative_partners', default: 0 })
  cooperativePartners: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'workers_abroad', default: 0 })
  workersAbroad: number;

  @Field(() => Int, { description: 'Construction-site or travelling staff, where the sector excludes them' })
  @Column({ type: 'integer', name: 'site_or_travelling_staff', default: 0 })
  siteOrTravellingStaff: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}
