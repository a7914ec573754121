import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { BeneficiaryProfileInput } from '../beneficiaries/beneficiaries.types';
import { ReferralDetailsInput } from './referrals.types';

/** Why a referral waits for a coordinator. Only the coordinator sees it: the operator is told the same for both. */
export enum ReferralAssignmentCause {
  /** The codice fiscale belongs to a person the receiving operator may not see (another ambito, or none). */
  PERSON_KNOWN_ELSEWHERE = 'PERSON_KNOWN_ELSEWHERE',
  /** The person lives outside the receiving operator's ambito. */
  RESIDENCE_OUTSIDE_AMBITO = 'RESIDENCE_OUTSIDE_AMBITO',
}
registerEnumType(ReferralAssignmentCause, { name: 'ReferralAssignmentCause' });

export enum ReferralAssignmentStatus {
  WAITING = 'WAITING',
  /** Joined to the known person's case, and the person moved to the residence the referral gives. */
  TRANSFERRED = 'TRANSFERRED',
  /** Joined to the known person's case, residence unchanged. */
  MERGED = 'MERGED',
  /** A new person was created from the referral. */
  PERSON_CREATED = 'PERSON_CREATED',
  DECLINED = 'DECLINED',
}
registerEnumType(ReferralAssignmentStatus, { name: 'ReferralAssignmentStatus' });

/** A referral received by an operator that a coordinator has to assign before it becomes a case. */
@ObjectType({ implements: Node, description: 'A referral waiting for (or given) a coordinator’s assignment' })
@Entity('referral_assignment')
export class ReferralAssignment extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'received_by_id' })
  receivedById: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'received_at', default: () => 'now()' })
  receivedAt: Date;

  @Field(() => ReferralAssignmentCause)
  @Column({ type: 'text' })
  cause: ReferralAssignmentCause;

  @Column({ type: 'jsonb', name: 'referral_details' })
  referralDetails: ReferralDetailsInput;

  @Column({ type: 'jsonb', name: 'new_beneficiary' })
  newBeneficiary: BeneficiaryProfileInput;

  @Column({ type: 'uuid', name: 'known_beneficiary_id', nullable: true })
  knownBeneficiaryId: string | null;

  @Field(() => ReferralAssignmentStatus)
  @Column({ type: 'text', default: ReferralAssignmentStatus.WAITING })
  status: ReferralAssignmentStatus;

  @Column({ type: 'uuid', name: 'resolved_by_id', nullable: true })
  resolvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'resolution_note', nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', name: 'referral_id', nullable: true })
  referralId: string | null;
}
