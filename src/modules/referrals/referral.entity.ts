import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { PhoneNumberScalar } from '../../graphql/phone-number';

/** The service is second-level: only these services can send a person to it. */
export enum ReferringServiceKind {
  MUNICIPAL_SOCIAL_SERVICE = 'MUNICIPAL_SOCIAL_SERVICE',
  ASST_DISABILITY_SERVICE = 'ASST_DISABILITY_SERVICE',
  MENTAL_HEALTH_CENTRE = 'MENTAL_HEALTH_CENTRE',
  ADDICTION_SERVICE = 'ADDICTION_SERVICE',
  JUSTICE_PROBATION_OFFICE = 'JUSTICE_PROBATION_OFFICE',
  OTHER = 'OTHER',
}
registerEnumType(ReferringServiceKind, {
  name: 'ReferringServiceKind',
  description: 'Kind of service that sends a person: social services, ASST, CPS, SerD/SMI, UEPE or other',
});

/** A referral ("invio") from a social or health service: the only way a person enters the service. */
@ObjectType({ implements: Node })
@Entity('referral')
export class Referral extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field(() => ReferringServiceKind, {
    nullable: true,
    description: 'Null for roles that may not see it: it can name a condition',
  })
  @Column({ type: 'text', name: 'service_kind' })
  serviceKind: ReferringServiceKind;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the referring service, e.g. "Servizi sociali del Comune di Rezzato" (null for roles that may not see it)',
  })
  @Column({ type: 'text', name: 'service_name' })
  serviceName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'contact_email', nullable: true })
  contactEmail: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  @Column({ type: 'text', name: 'contact_phone', nullable: true })
  contactPhone: string | null;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date', name: 'referred_on' })
  referredOn: string;

  @Field(() => String, { description: 'Why the person is referred (may hold health information)' })
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', name: 'received_by_id', nullable: true })
  receivedById: string | null;

  @Field({ description: 'Whether this referral opened a case (false when it joined a case already open)' })
  @Column({ type: 'boolean', name: 'opened_case' })
  openedCase: boolean;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was voided as entered by mistake (kept on record)' })
  @Column({ type: 'timestamptz', name: 'voided_at', nullable: true })
  voidedAt: Date | null;

  @Column({ type: 'uuid', name: 'voided_by_id', nullable: true })
  voidedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided (null for roles that may not see it)' })
  @Column({ type: 'text', name: 'void_reason', nullable: true })
  voidReason: string | null;
}
