import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { OperatorRole } from '../operators/operator.entity';

export enum RoleGrantStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Replaced by a later request for the same account, or made moot by a role without case content. */
  CANCELLED = 'CANCELLED',
}
registerEnumType(RoleGrantStatus, { name: 'RoleGrantStatus' });

export enum RoleGrantCause {
  /** A new account. */
  CREATED = 'CREATED',
  /** An admin changed the role or ambito of an account. */
  ROLE_CHANGED = 'ROLE_CHANGED',
  /**
   * An admin set the account's password, so the admin could sign in as it: the coordinator confirms that the person
   * holds the account again.
   */
  PASSWORD_SET = 'PASSWORD_SET',
}
registerEnumType(RoleGrantCause, { name: 'RoleGrantCause' });

/**
 * An admin's request to give an account a role that reads case content. It takes effect only when a coordinator
 * other than the requester and the account holder approves it; until then the account keeps the role in force.
 */
@ObjectType({
  implements: Node,
  description: 'A request for a role that reads case content, which a coordinator approves or rejects',
})
@Entity('role_grant')
export class RoleGrant extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'operator_id' })
  operatorId: string;

  @Field(() => OperatorRole)
  @Column({ type: 'text' })
  role: OperatorRole;

  @Column({ type: 'smallint', name: 'ambito_number', nullable: true })
  ambitoNumber: number | null;

  @Field(() => RoleGrantCause)
  @Column({ type: 'text' })
  cause: RoleGrantCause;

  @Field(() => RoleGrantStatus)
  @Column({ type: 'text', default: RoleGrantStatus.PENDING })
  status: RoleGrantStatus;

  @Column({ type: 'uuid', name: 'requested_by_id', nullable: true })
  requestedById: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'requested_at', default: () => 'now()' })
  requestedAt: Date;

  @Column({ type: 'uuid', name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;
}
