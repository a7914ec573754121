import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { CaseStatus } from './beneficiary.enums';

/** One step of a case's history: who moved it, when and why. Append-only. */
@ObjectType({ implements: Node })
@Entity('case_status_change')
export class CaseStatusChange extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field(() => CaseStatus, { nullable: true, description: 'Null for the step that opened the first case' })
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatus)
  @Column({ type: 'text', name: 'to_status' })
  toStatus: CaseStatus;

  @Column({ type: 'uuid', name: 'changed_by_id', nullable: true })
  changedById: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;

  @Field()
  @Column({ type: 'text' })
  reason: string;
}
