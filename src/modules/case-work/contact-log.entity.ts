import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** How the operator was in touch with the person, or with the service that referred them. */
export enum ContactKind {
  PHONE = 'PHONE',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  HOME_VISIT = 'HOME_VISIT',
  WITH_REFERRING_SERVICE = 'WITH_REFERRING_SERVICE',
}
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'Phone call, meeting, email, home visit, or an exchange with the referring service',
});

/**
 * One contact with a person (or about them, with the service that referred them): the day-to-day trace of case
 * work. Every entry counts as contact for the worklist's "no contact" item (see last-contact.ts).
 */
@ObjectType({ implements: Node })
@Entity('contact_log')
export class ContactLogEntry extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field({ description: 'When the contact took place' })
  @Column({ type: 'timestamptz', name: 'contacted_at' })
  contactedAt: Date;

  @Field(() => ContactKind)
  @Column({ type: 'text' })
  kind: ContactKind;

  /** The operator who was in contact: always the one who logs it. */
  @Column({ type: 'uuid', name: 'operator_id' })
  operatorId: string;

  @Field({ description: 'With whom: the person, a relative, the social worker…' })
  @Column({ type: 'text', name: 'with_whom' })
  withWhom: string;

  @Field(() => String, {
    nullable: true,
    description: 'A short note (may hold health information: null for roles that may not see it)',
  })
  @Column({ type: 'text', default: '' })
  note: string;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
