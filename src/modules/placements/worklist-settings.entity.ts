import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The worklist's thresholds, in days (one row). */
@ObjectType()
@Entity('worklist_settings')
export class WorklistSettings {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Field(() => Int, { description: 'A referral waiting for intake longer than this shows up' })
  @Column({ type: 'smallint', name: 'referral_waiting_days', default: 15 })
  referralWaitingDays: number;

  @Field(() => Int, { description: 'An open case with no contact for this long shows up' })
  @Column({ type: 'smallint', name: 'no_contact_days', default: 60 })
  noContactDays: number;

  @Field(() => Int, { description: 'An internship or work trial ending within this many days shows up' })
  @Column({ type: 'smallint', name: 'internship_ending_days', default: 30 })
  internshipEndingDays: number;

  @Field(() => Int, { description: 'A monitoring visit due within this many days shows up' })
  @Column({ type: 'smallint', name: 'visit_ahead_days', default: 7 })
  visitAheadDays: number;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
