import { ClassType, ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LatitudeResolver, LocalDateResolver, LongitudeResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { CheckedBy } from '../../graphql/checked-by';
import { PageArgs } from '../../graphql/pagination';
import { Connection } from '../../graphql/relay';
import { OrderBy, OrderInput } from '../../graphql/ordering';
import { Sector } from '../work-conditions/work-conditions.enums';
import { AtecoVersionEnum, Employer, EmployerKind, LegalForm } from './employer.entity';
import { AtecoVersion } from './ateco-2025';
import { checkEmployerFiscalCode, checkPartitaIva } from './partita-iva';
import { withEmailAndPhone } from '../../graphql/input-mixins';
import { msg } from '../../i18n/message';
import { validationMessage } from '../../graphql/validation-message';

@ObjectType()
export class EmployerConnection extends Connection(Employer) {}

const NOT_BLANK = /\S/;
const notBlank = { message: validationMessage(msg('validation.notBlank')) };
const ATECO_CODE = /^\d{2}(\.\d{1,2}){0,2}$/;
const atecoMessage = {
  message: validationMessage(msg('validation.atecoCode')),
};

@InputType({ description: 'A place where the employer’s people work' })
export class EmployerSiteInput {
  @Field({ description: 'Short name, e.g. "Stabilimento di Rezzato"' })
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  name: string;

  @Field()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(300)
  address: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => LatitudeResolver, {
    nullable: true,
    description: 'Give with longitude; both default to the municipality centre',
  })
  @IsOptional()
  latitude?: number | null;

  @Field(() => LongitudeResolver, { nullable: true })
  @IsOptional()
  longitude?: number | null;

  @Field({ defaultValue: false, description: 'The registered office: at most one site per employer' })
  isHeadquarters: boolean;
}

@InputType({ description: 'Corrections to a site; absent fields are kept' })
export class UpdateEmployerSiteInput {
  @Field({ nullable: true })
  @KeptWhenAbsent()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(300)
  address?: string;

  @Field(() => ID, { nullable: true, description: 'Moving the site without new coordinates puts it at the new centre' })
  @KeptWhenAbsent()
  municipalityId?: string;

  @Field(() => LatitudeResolver, {
    nullable: true,
    description: 'Give with longitude; null for both resets them to the municipality centre',
  })
  @IsOptional()
  latitude?: number | null;

  @Field(() => LongitudeResolver, { nullable: true })
  @IsOptional()
  longitude?: number | null;

  @Field({ nullable: true, description: 'true makes this the registered office in place of any other site' })
  @KeptWhenAbsent()
  isHeadquarters?: boolean;
}

/** Whom the liaison staff call at the employer: the same fields when an employer is created or corrected. */
function withEmployerContact<TBase extends ClassType>(Base: TBase) {
  @InputType()
  class EmployerContact extends withEmailAndPhone(Base) {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(200)
    contactName?: string | null;
  }
  return EmployerContact;
}

@InputType()
export class CreateEmployerInput extends withEmployerContact(class {}) {
  @Field()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  legalName: string;

  @Field({ description: 'Italian VAT number: 11 digits, check digit verified ("IT" and spaces are ignored)' })
  @CheckedBy(checkPartitaIva)
  partitaIva: string;

  @Field(() => String, {
    nullable: true,
    description: 'Defaults to the partita IVA; a sole trader may use a personal codice fiscale',
  })
  @IsOptional()
  @CheckedBy(checkEmployerFiscalCode)
  codiceFiscale?: string | null;

  @Field(() => LegalForm)
  legalForm: LegalForm;

  @Field(() => EmployerKind)
  kind: EmployerKind;

  @Field({ description: 'ATECO activity code, e.g. 25.62.00' })
  @Matches(ATECO_CODE, atecoMessage)
  atecoCode: string;

  @Field(() => AtecoVersionEnum, {
    defaultValue: AtecoVersionEnum.ATECO_2025,
    description: 'ATECO 2025 by default; 2007 codes are still accepted',
  })
  atecoVersion: AtecoVersion;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  atecoLabel?: string | null;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => ID, { nullable: true, description: 'The operator who keeps in touch with the employer' })
  @IsOptional()
  liaisonOperatorId?: string | null;

  @Field(() => [EmployerSiteInput], { nullable: true, description: 'Sites created with the employer, all or none' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  sites?: EmployerSiteInput[] | null;
}

@InputType({ description: 'Corrections to an employer; absent fields are kept, null clears an optional one' })
export class UpdateEmployerInput extends withEmployerContact(class {}) {
  @Field({ nullable: true })
  @KeptWhenAbsent()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  legalName?: string;

  @Field({ nullable: true, description: 'A codice fiscale that was the old partita IVA follows the correction' })
  @KeptWhenAbsent()
  @CheckedBy(checkPartitaIva)
  partitaIva?: string;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @CheckedBy(checkEmployerFiscalCode)
  codiceFiscale?: string;

  @Field(() => LegalForm, { nullable: true })
  @KeptWhenAbsent()
  legalForm?: LegalForm;

  @Field(() => EmployerKind, { nullable: true })
  @KeptWhenAbsent()
  kind?: EmployerKind;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @Matches(ATECO_CODE, atecoMessage)
  atecoCode?: string;

  @Field(() => AtecoVersionEnum, { nullable: true })
  @KeptWhenAbsent()
  atecoVersion?: AtecoVersion;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  atecoLabel?: string | null;

  @Field(() => Sector, { nullable: true })
  @KeptWhenAbsent()
  sector?: Sector;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  liaisonOperatorId?: string | null;
}

/** Numbers above this are typos; it also keeps part_time_fte inside its numeric(10, 2) column. */
const MAX_COUNT = 1_000_000;

/**
 * A head count: Int with @Min rather than the NonNegativeInt scalar, because a scalar's error does not name the field
 * at fault while a validation error does.
 */
function Count(description?: string): PropertyDecorator {
  return (target, property) => {
    Field(() => Int, { defaultValue: 0, description })(target, property);
    Min(0)(target, property as string);
    Max(MAX_COUNT)(target, property as string);
  };
}

@InputType({ description: 'The national workforce at a date; every group is part of the total and defaults to 0' })
export class RecordHeadcountInput {
  @Field(() => LocalDateResolver, { description: 'The day counted, e.g. 31 December for the annual report' })
  referenceDate: string;

  @Field(() => Int, { description: 'All employees on the date, every contract, every site' })
  @Min(0)
  @Max(MAX_COUNT)
  totalEmployees: number;

  @Count('Part-time employees')
  partTimeEmployees: number;

  @Field(() => Float, { defaultValue: 0, description: 'Full-time equivalent of the part-time employees' })
  @Min(0)
  @Max(MAX_COUNT)
  partTimeFte: number;

  @Count('Disabled workers hired under Law 68/99')
  disabledWorkers: number;

  @Count('Art. 18 protected-category workers')
  protectedCategoryWorkers: number;

  @Count('Workers disabled while employed, with capacity reduced by 60% or more')
  disabledInServiceWorkers: number;

  @Count('Fixed-term contracts of up to 6 months')
  shortFixedTermWorkers: number;

  @Count('Managers (dirigenti)')
  managers: number;

  @Count()
  apprentices: number;

  @Count('Temp-agency workers at the company')
  tempAgencyWorkers: number;

  @Count()
  homeWorkers: number;

  @Count('Partners of worker cooperatives')
  cooperativePartners: number;

  @Count()
  workersAbroad: number;

  @Count('Construction-site or travelling staff, where the sector excludes them')
  siteOrTravellingStaff: number;
}

/**
 * What every list of employers filters on (the directory, the quota dashboard): activity and where the sites are.
 * Matched by `filterEmployersByActivityAndPlace`.
 */
@InputType()
export abstract class EmployerActivityAndPlaceFilter {
  @Field(() => String, { nullable: true, description: 'e.g. "25" or "25.62": the code and everything under it' })
  @IsOptional()
  @Matches(/^\d{1,2}(\.\d{0,2}){0,2}$/, { message: validationMessage(msg('validation.atecoPrefix')) })
  atecoCodePrefix?: string | null;

  @Field(() => ID, { nullable: true, description: 'Has a site in this municipality' })
  @IsOptional()
  municipalityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Has a site in a municipality of this ambito' })
  @IsOptional()
  ambito?: number | null;
}

@InputType({ description: 'Filters combine with AND' })
export class EmployerFilter extends EmployerActivityAndPlaceFilter {
  @Field(() => String, { nullable: true, description: 'Part of the legal name' })
  @IsOptional()
  @MinLength(2)
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @CheckedBy(checkPartitaIva)
  partitaIva?: string | null;

  @Field(() => EmployerKind, { nullable: true })
  @IsOptional()
  kind?: EmployerKind | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  sector?: Sector | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  liaisonOperatorId?: string | null;
}

export enum EmployerOrderField {
  NAME = 'NAME',
  SHORTFALL = 'SHORTFALL',
}

registerEnumType(EmployerOrderField, {
  name: 'EmployerOrderField',
  description:
    'What the list of employers can be ordered by; SHORTFALL is the Law 68/99 units still to hire today (DESC: the largest first, ties by name)',
});

export const EmployerOrder = OrderInput<EmployerOrderField>('EmployerOrder', EmployerOrderField, 'employers');

@ArgsType()
export class EmployerConnectionArgs extends PageArgs {
  @Field(() => EmployerOrder, { nullable: true, description: 'The order of the list; by legal name when absent' })
  @IsOptional()
  orderBy?: OrderBy<EmployerOrderField> | null;

  @Field(() => EmployerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: EmployerFilter | null;
}
