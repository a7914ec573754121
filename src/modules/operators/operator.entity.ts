import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

export enum OperatorRole {
  OPERATOR = 'OPERATOR',
  EMPLOYER_LIAISON = 'EMPLOYER_LIAISON',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}
registerEnumType(OperatorRole, { name: 'OperatorRole' });

/** A member of the service's staff. Operators and liaisons work in one ambito; coordinators and admins in both. */
@ObjectType({ implements: Node })
@Entity('operator')
@Check('operator_role_check', `role IN ('OPERATOR', 'EMPLOYER_LIAISON', 'COORDINATOR', 'ADMIN')`)
export class Operator extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field()
  @Column({ type: 'text', name: 'given_name' })
  givenName: string;

  @Field()
  @Column({ type: 'text', name: 'family_name' })
  familyName: string;

  @Field()
  @Column({ type: 'text', unique: true })
  email: string;

  @Field(() => OperatorRole, {
    nullable: true,
    description:
      'The role in force; null while a role that reads case content waits for a coordinator (see roleGrants)',
  })
  @Column({ type: 'text', nullable: true })
  role: OperatorRole | null;

  @Column({ type: 'smallint', name: 'ambito_number', nullable: true })
  ambitoNumber: number | null;

  @Field({ description: 'Deactivated operators keep their history but take no new work' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** An argon2id hash; never selected unless asked for, and never a GraphQL field. */
  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash?: string | null;

  /** Raised when the password changes or the operator is deactivated, so tokens issued before stop working. */
  @Column({ type: 'integer', name: 'token_version', default: 0 })
  tokenVersion: number;

  /** Demo accounts (documented passwords) sign in only on the embedded demo database. */
  @Column({ type: 'boolean', name: 'is_demo', default: false })
  isDemo: boolean;
}
