import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { EmploymentContractType, PlacementKind, PlacementOutcome, PlacementStatus } from './placement.enums';
import { PhoneNumberScalar } from '../../graphql/phone-number';

/**
 * A placement: an inclusion internship, a work trial, a training workshop, a hiring or a contract renewal of one
 * person, usually on an opening. Its status follows placement-transitions.ts; every change is kept in
 * placement_status_change. Table and column names are read directly by matching and statistics (see the migration).
 */
@ObjectType({ implements: Node })
@Entity('placement')
@Index('placement_beneficiary_employer_idx', ['beneficiaryId', 'employerId'])
export class Placement extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Column({ type: 'uuid', name: 'opening_id', nullable: true })
  openingId: string | null;

  /** Copied from the opening, or given for a workshop held with an employer. */
  @Column({ type: 'uuid', name: 'employer_id', nullable: true })
  employerId: string | null;

  @Field(() => PlacementKind)
  @Column({ type: 'text' })
  kind: PlacementKind;

  @Field(() => PlacementStatus)
  @Column({ type: 'text', default: PlacementStatus.PROPOSED })
  status: PlacementStatus;

  @Field(() => PlacementOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: PlacementOutcome | null;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Null only for open-ended hirings and renewals' })
  @Column({ type: 'date', name: 'planned_end_on', nullable: true })
  plannedEndOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ type: 'date', name: 'ended_on', nullable: true })
  endedOn: string | null;

  @Field(() => Int)
  @Column({ type: 'smallint', name: 'weekly_hours' })
  weeklyHours: number;

  /** The service's tutor (an operator): plans and does the monitoring visits. */
  @Column({ type: 'uuid', name: 'tutor_id', nullable: true })
  tutorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'company_tutor_name', nullable: true })
  companyTutorName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'company_tutor_email', nullable: true })
  companyTutorEmail: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  @Column({ type: 'text', name: 'company_tutor_phone', nullable: true })
  companyTutorPhone: string | null;

  /** Internships and work trials only; money is kept in euro cents. */
  @Field(() => Int, { nullable: true, description: 'Monthly allowance in euro cents (internships and work trials)' })
  @Column({ type: 'integer', name: 'monthly_allowance_cents', nullable: true })
  monthlyAllowanceCents: number | null;

  @Field(() => EmploymentContractType, { nullable: true, description: 'Hirings and renewals only' })
  @Column({ type: 'text', name: 'contract_type', nullable: true })
  contractType: EmploymentContractType | null;

  @Field({ description: 'A hiring of a Law 68/99 art. 1 person on an opening that counts toward the quota' })
  @Column({ type: 'boolean', name: 'counts_toward_quota', default: false })
  countsTowardQuota: boolean;

  @Field(() => String, { nullable: true, description: 'Why it ended early (required for ENDED_EARLY)' })
  @Column({ type: 'text', name: 'end_reason', nullable: true })
  endReason: string | null;

  /** On a hiring: the internship or work trial it came from. */
  @Column({ type: 'uuid', name: 'converted_from_id', nullable: true })
  convertedFromId: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'uuid', name: 'proposed_by_id', nullable: true })
  proposedById: string | null;

  /** When it first became ACTIVE; null while proposed, and for proposals withdrawn before starting. */
  @Field(() => Date, { nullable: true, description: 'When the placement was confirmed and became active' })
  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt: Date | null;
}
