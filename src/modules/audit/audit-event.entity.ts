import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node, numberedType } from '../../graphql/relay';

export enum AuditAction {
  READ = 'READ',
  INSERT = 'INSERT',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  /** Too many failed sign-ins locked an account (record: the operator) or a client address (record: the address). */
  SIGN_IN_LOCKED = 'SIGN_IN_LOCKED',
  /** An admin lifted an account's lock. */
  SIGN_IN_UNLOCKED = 'SIGN_IN_UNLOCKED',
  /** A refresh token was presented a second time (a copy in other hands): its whole session was ended. */
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
}
registerEnumType(AuditAction, { name: 'AuditAction' });
numberedType('AuditEvent');

/**
 * One entry of the append-only audit trail: a write (recorded by database triggers in the writing transaction), a
 * read of sensitive fields, or a sign-in. Only field names are kept, never their values.
 */
@ObjectType({
  implements: Node,
  description: 'An entry of the audit trail: who touched which record, when, and which fields',
})
@Entity('audit_event')
export class AuditEvent extends Node {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  override id: string;

  @Field(() => String, { description: 'Position in the trail (entries are numbered in the order they were written)' })
  get position(): string {
    return this.id;
  }

  @Field()
  @Column({ type: 'timestamptz', name: 'occurred_at', default: () => 'clock_timestamp()' })
  occurredAt: Date;

  @Column({ type: 'uuid', name: 'operator_id', nullable: true })
  operatorId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The GraphQL field the request ran (for example changeCaseStatus); null for maintenance',
  })
  @Column({ type: 'text', nullable: true })
  operation: string | null;

  @Field(() => AuditAction)
  @Column({ type: 'text' })
  action: AuditAction;

  @Field({ description: 'The kind of record (the database table)' })
  @Column({ type: 'text', name: 'record_type' })
  recordType: string;

  @Field({ description: 'The record’s key within its table' })
  @Column({ type: 'text', name: 'record_id' })
  recordId: string;

  @Column({ type: 'uuid', name: 'beneficiary_id', nullable: true })
  beneficiaryId: string | null;

  @Field(() => [String], { description: 'Fields read or written (names only)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  /** The database transaction that wrote the entry: for a write, the same one that wrote the record. */
  @Column({ type: 'bigint', name: 'transaction_id', default: () => 'current_transaction_id()' })
  transactionId: string;
}
