import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CheckedBy } from '../../graphql/checked-by';
import { PageArgs } from '../../graphql/pagination';
import { Connection } from '../../graphql/relay';
import { OrderBy, OrderInput } from '../../graphql/ordering';
import {
  AccessibilityFeature,
  PhysicalDemand,
  Sector,
  Shift,
  TransportMode,
} from '../work-conditions/work-conditions.enums';
import { Beneficiary } from './beneficiary.entity';
import {
  CaseStatus,
  DisabilityKind,
  EducationLevel,
  Law381Category,
  Law68Category,
  SkillSource,
} from './beneficiary.enums';
import { checkPersonalCodiceFiscale } from './temporary-codice-fiscale';
import { withEmailAndPhone, withNames } from '../../graphql/input-mixins';
import { msg } from '../../i18n/message';
import { validationMessage } from '../../graphql/validation-message';

@ObjectType()
export class BeneficiaryConnection extends Connection(Beneficiary) {}

const CODICE_FISCALE_DESCRIPTION =
  'Italian personal tax code: 16 characters (check character verified), or the temporary 11-digit code ' +
  '(check digit verified) of a person awaiting documents';

/**
 * The fields of a person's record beyond those that identify them, shared by a new record and a correction. Like
 * the mixins' classes it is never referenced by a field, so it is not a type of the schema.
 */
@InputType()
class BeneficiaryDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  address?: string | null;

  @Field(() => Law68Category, { nullable: true })
  @IsOptional()
  law68Category?: Law68Category | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  invalidityPercentage?: number | null;

  @Field(() => [DisabilityKind], { nullable: true })
  @KeptWhenAbsent()
  @ArrayMaxSize(4)
  disabilityKinds?: DisabilityKind[];

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  targetedPlacementEnrolledOn?: string | null;

  @Field(() => Law381Category, { nullable: true })
  @IsOptional()
  law381Category?: Law381Category | null;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  followedBySocialServices?: boolean;

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  educationLevel?: EducationLevel | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 language codes, e.g. ["it", "ar"]' })
  @KeptWhenAbsent()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true, message: validationMessage(msg('validation.languageCode')) })
  languages?: string[];

  @Field({ nullable: true })
  @KeptWhenAbsent()
  hasDrivingLicence?: boolean;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  hasOwnVehicle?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assignedOperatorId?: string | null;
}

/** Corrections to a person's record; absent fields keep their value. */
@InputType({ description: 'Corrections to a person’s record: absent fields keep their value' })
export class BeneficiaryProfileInput extends withEmailAndPhone(withNames(BeneficiaryDetailsInput)) {
  @Field({ nullable: true, description: CODICE_FISCALE_DESCRIPTION })
  @KeptWhenAbsent()
  @CheckedBy(checkPersonalCodiceFiscale)
  codiceFiscale?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @KeptWhenAbsent()
  birthDate?: string;

  @Field(() => ID, { nullable: true, description: 'Municipality of residence' })
  @KeptWhenAbsent()
  residenceMunicipalityId?: string;
}

/**
 * A new person's record. The five fields that identify a person are required here, so a form (and a typed client)
 * knows them from the schema; the correction of a record (`BeneficiaryProfileInput`) leaves every field optional.
 */
@InputType({ description: 'A new person’s record: codice fiscale, names, birth date and residence are required' })
export class NewBeneficiaryInput extends withEmailAndPhone(BeneficiaryDetailsInput) {
  @Field({ description: CODICE_FISCALE_DESCRIPTION })
  @CheckedBy(checkPersonalCodiceFiscale)
  codiceFiscale: string;

  @Field({ description: 'Given name(s), as on the identity document' })
  @MinLength(1)
  @MaxLength(100)
  givenName: string;

  @Field({ description: 'Family name(s), as on the identity document' })
  @MinLength(1)
  @MaxLength(100)
  familyName: string;

  @Field(() => LocalDateResolver, { description: 'Date of birth; it must agree with the codice fiscale' })
  birthDate: string;

  @Field(() => ID, { description: 'Municipality of residence' })
  residenceMunicipalityId: string;
}

@InputType()
export class WorkConstraintsInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(48)
  minWeeklyHours?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(48)
  maxWeeklyHours?: number | null;

  @Field(() => [Shift], { nullable: true })
  @IsOptional()
  availableShifts?: Shift[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(240)
  maxCommuteMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(300)
  maxCommuteKm?: number | null;

  @Field(() => [TransportMode], { nullable: true })
  @IsOptional()
  transportModes?: TransportMode[];

  @Field(() => [PhysicalDemand], { nullable: true })
  @IsOptional()
  physicalLimitations?: PhysicalDemand[];

  @Field(() => [AccessibilityFeature], { nullable: true })
  @IsOptional()
  accessibilityNeeds?: AccessibilityFeature[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  excludedSectors?: Sector[];

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  preferredSectors?: Sector[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  preferredOccupationIds?: string[];
}

@InputType()
export class SetBeneficiarySkillInput {
  @Field(() => ID)
  skillId: string;

  @Field(() => Int, { description: '1 basic, 2 with supervision, 3 autonomous, 4 can teach others' })
  @Min(1)
  @Max(4)
  level: number;

  @Field(() => SkillSource)
  source: SkillSource;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today' })
  @IsOptional()
  assessedOn?: string;
}

@InputType()
export class ChangeCaseStatusInput {
  @Field(() => CaseStatus)
  status: CaseStatus;

  @Field({ description: 'Why: kept in the case history' })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

@InputType({ description: 'Filters combine with AND' })
export class BeneficiaryFilter {
  @Field(() => Int, { nullable: true, description: 'Ambito of the municipality of residence' })
  @IsOptional()
  ambito?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  municipalityId?: string | null;

  @Field(() => [CaseStatus], { nullable: true })
  @IsOptional()
  caseStatuses?: CaseStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Holds this skill…' })
  @IsOptional()
  skillId?: string | null;

  @Field(() => Int, { nullable: true, description: '…at this level or above (default 1)' })
  @IsOptional()
  @Min(1)
  @Max(4)
  minSkillLevel?: number | null;

  @Field(() => Law68Category, { nullable: true })
  @IsOptional()
  law68Category?: Law68Category | null;

  @Field(() => Boolean, { nullable: true, description: 'Has (true) or has not (false) a Law 381/91 certification' })
  @IsOptional()
  law381?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  followedBySocialServices?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  assignedOperatorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or of the codice fiscale' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  search?: string | null;
}

export enum BeneficiaryOrderField {
  NAME = 'NAME',
  CASE_OPENED = 'CASE_OPENED',
  LAST_CONTACT = 'LAST_CONTACT',
}

registerEnumType(BeneficiaryOrderField, {
  name: 'BeneficiaryOrderField',
  description: 'What the list of people can be ordered by',
});

export const BeneficiaryOrder = OrderInput<BeneficiaryOrderField>('BeneficiaryOrder', BeneficiaryOrderField, 'people');

@ArgsType()
export class BeneficiaryConnectionArgs extends PageArgs {
  @Field(() => BeneficiaryOrder, { nullable: true, description: 'The order of the list; by name when absent' })
  @IsOptional()
  orderBy?: OrderBy<BeneficiaryOrderField> | null;

  @Field(() => BeneficiaryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BeneficiaryFilter | null;
}
