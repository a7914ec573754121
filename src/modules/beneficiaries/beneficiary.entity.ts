import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { CaseStatus, DisabilityKind, EducationLevel, Law381Category, Law68Category } from './beneficiary.enums';
import { PhoneNumberScalar } from '../../graphql/phone-number';

/**
 * A person the service accompanies into work. People arrive only through a referral; the record is never deleted,
 * the case is closed instead. Health-related fields (invalidity, disability kinds, Law 381/91 category) are special
 * category data under GDPR art. 9 and 10.
 */
@ObjectType({ implements: Node })
@Entity('beneficiary')
export class Beneficiary extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  /**
   * Codice fiscale: the Italian personal tax code, validated with its check character; or the temporary 11-digit
   * code of a person awaiting documents, replaced later by replaceCodiceFiscale.
   */
  @Field({ description: 'Italian personal tax code: 16 characters, or the temporary 11-digit code' })
  @Column({ type: 'text', name: 'codice_fiscale', unique: true })
  codiceFiscale: string;

  @Field()
  @Column({ type: 'text', name: 'given_name' })
  givenName: string;

  @Field()
  @Column({ type: 'text', name: 'family_name' })
  familyName: string;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date', name: 'birth_date' })
  birthDate: string;

  @Column({ type: 'uuid', name: 'residence_municipality_id' })
  residenceMunicipalityId: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => Law68Category, { nullable: true, description: 'Group under Law 68/1999, if enrolled' })
  @Column({ type: 'text', name: 'law68_category', nullable: true })
  law68Category: Law68Category | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Certified civil invalidity percentage (health data: null for roles that may not see it)',
  })
  @Column({ type: 'smallint', name: 'invalidity_percentage', nullable: true })
  invalidityPercentage: number | null;

  @Field(() => [DisabilityKind], { nullable: true, description: 'Health data: null for roles that may not see it' })
  @Column({ type: 'text', array: true, name: 'disability_kinds', default: () => "'{}'" })
  disabilityKinds: DisabilityKind[];

  /** "Elenco del collocamento mirato": the province's list of people seeking targeted placement under Law 68/99. */
  @Field(() => LocalDateResolver, { nullable: true, description: 'Enrolment date in the targeted-placement list' })
  @Column({ type: 'date', name: 'targeted_placement_enrolled_on', nullable: true })
  targetedPlacementEnrolledOn: string | null;

  @Field(() => Law381Category, {
    nullable: true,
    description: 'Disadvantage certified under Law 381/1991 (null for roles that may not see it)',
  })
  @Column({ type: 'text', name: 'law381_category', nullable: true })
  law381Category: Law381Category | null;

  @Field({ description: 'Followed by the municipal social services' })
  @Column({ type: 'boolean', name: 'followed_by_social_services', default: false })
  followedBySocialServices: boolean;

  @Field(() => EducationLevel, { nullable: true })
  @Column({ type: 'text', name: 'education_level', nullable: true })
  educationLevel: EducationLevel | null;

  @Field(() => [String], { description: 'Spoken languages, ISO 639-1 codes' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Field()
  @Column({ type: 'boolean', name: 'has_driving_licence', default: false })
  hasDrivingLicence: boolean;

  @Field()
  @Column({ type: 'boolean', name: 'has_own_vehicle', default: false })
  hasOwnVehicle: boolean;

  @Column({ type: 'uuid', name: 'assigned_operator_id', nullable: true })
  assignedOperatorId: string | null;

  @Field(() => CaseStatus)
  @Column({ type: 'text', name: 'case_status' })
  caseStatus: CaseStatus;

  @Field({ description: 'When the current case was opened (the latest referral that opened it)' })
  @Column({ type: 'timestamptz', name: 'case_opened_at' })
  caseOpenedAt: Date;

  /** When the retention job removed the person's identifying data (closed cases only); null while they are kept. */
  @Column({ type: 'timestamptz', name: 'pseudonymised_at', nullable: true })
  pseudonymisedAt: Date | null;
}
