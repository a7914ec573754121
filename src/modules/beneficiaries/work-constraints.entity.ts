import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Sector,
  Shift,
  TransportMode,
} from '../work-conditions/work-conditions.enums';

/** What work a person can take on, agreed with the operator; matching treats most of it as hard constraints. */
@ObjectType()
@Entity('work_constraints')
export class WorkConstraints {
  @PrimaryColumn({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', name: 'min_weekly_hours', nullable: true })
  minWeeklyHours: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', name: 'max_weekly_hours', nullable: true })
  maxWeeklyHours: number | null;

  @Field(() => [Shift], { description: 'Shifts the person can work' })
  @Column({ type: 'text', array: true, name: 'available_shifts', default: () => "'{}'" })
  availableShifts: Shift[];

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', name: 'max_commute_minutes', nullable: true })
  maxCommuteMinutes: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', name: 'max_commute_km', nullable: true })
  maxCommuteKm: number | null;

  @Field(() => [TransportMode])
  @Column({ type: 'text', array: true, name: 'transport_modes', default: () => "'{}'" })
  transportModes: TransportMode[];

  @Field(() => [PhysicalDemand], {
    nullable: true,
    description: 'Physical demands the person must not meet at work (null for roles that may not see it)',
  })
  @Column({ type: 'text', array: true, name: 'physical_limitations', default: () => "'{}'" })
  physicalLimitations: PhysicalDemand[];

  @Field(() => [AccessibilityFeature], { nullable: true, description: 'Null for roles that may not see it' })
  @Column({ type: 'text', array: true, name: 'accessibility_needs', default: () => "'{}'" })
  accessibilityNeeds: AccessibilityFeature[];

  @Field(() => [Sector], { description: 'Sectors the operator ruled out for this person' })
  @Column({ type: 'text', array: true, name: 'excluded_sectors', default: () => "'{}'" })
  excludedSectors: Sector[];

  @Field(() => [Sector])
  @Column({ type: 'text', array: true, name: 'preferred_sectors', default: () => "'{}'" })
  preferredSectors: Sector[];

  @Column({ type: 'uuid', array: true, name: 'preferred_occupation_ids', default: () => "'{}'" })
  preferredOccupationIds: string[];

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
