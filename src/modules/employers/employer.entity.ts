import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { Sector } from '../work-conditions/work-conditions.enums';
import { AtecoVersion } from './ateco-2025';
import { PhoneNumberScalar } from '../../graphql/phone-number';

export enum EmployerKind {
  PRIVATE = 'PRIVATE',
  PUBLIC = 'PUBLIC',
  /** Type-B social cooperative (Law 381/91): at least 30% of its workers are disadvantaged people. */
  SOCIAL_COOPERATIVE_B = 'SOCIAL_COOPERATIVE_B',
}

export enum LegalForm {
  SOLE_PROPRIETORSHIP = 'SOLE_PROPRIETORSHIP',
  SNC = 'SNC',
  SAS = 'SAS',
  SRL = 'SRL',
  SPA = 'SPA',
  COOPERATIVE = 'COOPERATIVE',
  ASSOCIATION = 'ASSOCIATION',
  PUBLIC_BODY = 'PUBLIC_BODY',
  OTHER = 'OTHER',
}

export const AtecoVersionEnum = { ATECO_2007: 'ATECO_2007', ATECO_2025: 'ATECO_2025' } as const satisfies {
  [K in AtecoVersion]: K;
};
registerEnumType(AtecoVersionEnum, {
  name: 'AtecoVersion',
  description: 'ATECO 2025 (ISTAT, NACE Rev. 2.1, from 1 January 2025) or ATECO 2007, still accepted',
});

registerEnumType(EmployerKind, { name: 'EmployerKind' });
registerEnumType(LegalForm, {
  name: 'LegalForm',
  description:
    'Italian legal form: ditta individuale, S.n.c., S.a.s., S.r.l., S.p.A., cooperativa, associazione, ente pubblico',
});

/** A company or public body the service places people with, and advises on its Law 68/99 duties. */
@ObjectType({ implements: Node })
@Entity('employer')
export class Employer extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field()
  @Column({ type: 'text', name: 'legal_name' })
  legalName: string;

  /** Partita IVA: the 11-digit VAT number, validated by its check digit. */
  @Field({ description: 'Italian VAT number (11 digits)' })
  @Column({ type: 'text', name: 'partita_iva', unique: true })
  partitaIva: string;

  @Field({ description: 'Tax code: usually the partita IVA itself' })
  @Column({ type: 'text', name: 'codice_fiscale' })
  codiceFiscale: string;

  @Field(() => LegalForm)
  @Column({ type: 'text', name: 'legal_form' })
  legalForm: LegalForm;

  @Field(() => EmployerKind)
  @Column({ type: 'text' })
  kind: EmployerKind;

  /** ATECO: the Italian classification of economic activities (NACE), e.g. 25.62.00. */
  @Field({ description: 'ATECO activity code, e.g. 25.62.00' })
  @Column({ type: 'text', name: 'ateco_code' })
  atecoCode: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'ateco_label', nullable: true })
  atecoLabel: string | null;

  /** Which ATECO the code is from: 2025 (in force since 1 January 2025) or 2007 (still accepted). */
  @Field(() => AtecoVersionEnum, { description: 'The ATECO edition of atecoCode' })
  @Column({ type: 'text', name: 'ateco_version', default: 'ATECO_2007' })
  atecoVersion: AtecoVersion;

  @Field(() => Sector, { description: 'Main sector; the default for the employer’s openings' })
  @Column({ type: 'text' })
  sector: Sector;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'contact_name', nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'uuid', name: 'liaison_operator_id', nullable: true })
  liaisonOperatorId: string | null;
}
