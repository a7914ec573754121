import { EmployerActivityAndPlaceFilter } from '../../employers/employers.types';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';
import { ExemptionKind, SuspensionReason } from '../rules/quota-arrangements';
import {
  Art3c3OrganisationEnum,
  ContactTopic,
  ConventionKindEnum,
  ExemptionKindEnum,
  QuotaDashboardOrder,
  SizeBandEnum,
  SuspensionReasonEnum,
} from './quota.enums';
import { Art3c3Organisation, ConventionKind, SizeBand } from '../rules/quota-rules';
import { msg } from '../../../i18n/message';
import { validationMessage } from '../../../graphql/validation-message';

const NOT_BLANK = /\S/;
const notBlank = { message: validationMessage(msg('validation.notBlank')) };
/** Counts above this are typos; it also keeps values inside their numeric(10, 2) columns. */
const MAX_COUNT = 1_000_000;

@InputType({ description: 'A period of an arrangement; validTo is the last day, or null while open-ended' })
class PeriodInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => LocalDateResolver)
  validFrom: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  validTo?: string | null;

  @Field({ description: 'Reference of the act, e.g. the province’s authorisation number' })
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  reference: string;
}

@InputType()
export class RecordQuotaExemptionInput extends PeriodInput {
  @Field(() => ExemptionKindEnum)
  kind: ExemptionKind;

  @Field(() => Float, {
    nullable: true,
    description:
      'AUTHORISED only: percentage of the disabled units due; at most what the rule version allows for the employer’s sector',
  })
  @IsOptional()
  @Min(0.01)
  @Max(100)
  percentage?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SELF_CERTIFIED only: workers in positions with an INAIL premium rate of 60‰ or more',
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_COUNT)
  highRiskWorkers?: number | null;
}

@InputType()
export class RecordQuotaSuspensionInput extends PeriodInput {
  @Field(() => SuspensionReasonEnum)
  reason: SuspensionReason;

  @Field({ description: 'Province code where the wage guarantee, solidarity contract or dismissal applies, e.g. BS' })
  @Matches(/^[A-Z]{2}$/, { message: validationMessage(msg('validation.provinceCode')) })
  province: string;

  @Field(() => Float, {
    description: 'Full-time equivalents of computable workers whose activity is suspended in that province',
  })
  @Min(0.01)
  @Max(MAX_COUNT)
  suspendedFte: number;
}

@InputType()
export class ScheduledHiringInput {
  @Field(() => LocalDateResolver)
  dueBy: string;

  @Field(() => Int)
  @Min(1)
  @Max(MAX_COUNT)
  units: number;
}

@InputType({ description: 'ART_11 takes a schedule; the other kinds take units and the cooperative’s name' })
export class RecordQuotaConventionInput extends PeriodInput {
  @Field(() => ConventionKindEnum)
  kind: ConventionKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(MAX_COUNT)
  units?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  cooperativeName?: string | null;

  @Field(() => [ScheduledHiringInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested()
  schedule: ScheduledHiringInput[];
}

@InputType()
export class LogConsultancyContactInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => LocalDateResolver)
  contactedOn: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the signed-in operator' })
  @IsOptional()
  operatorId?: string | null;

  @Field(() => ContactTopic)
  topic: ContactTopic;

  @Field()
  @MinLength(3)
  @MaxLength(4000)
  outcome: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(1000)
  nextStep?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  nextStepDue?: string | null;
}

@InputType({ description: 'A site’s part of a headcount' })
export class SiteHeadcountInput {
  @Field(() => ID)
  siteId: string;

  @Field(() => Float, { description: 'Computable employees at the site (part-time pro rata)' })
  @Min(0)
  @Max(MAX_COUNT)
  computableEmployees: number;

  @Field(() => Int, { description: 'Workers at the site who count toward the disabled quota' })
  @Min(0)
  @Max(MAX_COUNT)
  coveringWorkers: number;

  @Field(() => Int, { defaultValue: 0, description: 'Art. 18 protected-category workers at the site' })
  @Min(0)
  @Max(MAX_COUNT)
  protectedCoveringWorkers: number;
}

@InputType({ description: 'The per-site breakdown of a headcount; replaces any breakdown recorded before' })
export class RecordSiteHeadcountsInput {
  @Field(() => ID)
  snapshotId: string;

  @Field(() => [SiteHeadcountInput])
  @ArrayMaxSize(200)
  @ValidateNested()
  sites: SiteHeadcountInput[];
}

@InputType({ description: 'Workers of a headcount in a group it has no column for' })
export class HeadcountExclusionInput {
  @Field({
    description: 'A group some rule version excludes, e.g. SOCIALLY_USEFUL_WORK (see quotaRuleVersions.exclusions)',
  })
  @Matches(/^[A-Z][A-Z0-9_]*$/, { message: validationMessage(msg('validation.groupCode')) })
  @MaxLength(60)
  group: string;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_COUNT)
  workers: number;
}

@InputType({ description: 'The workers of a headcount in groups beside its columns; replaces any recorded before' })
export class RecordHeadcountExclusionsInput {
  @Field(() => ID)
  snapshotId: string;

  @Field(() => [HeadcountExclusionInput])
  @ArrayMaxSize(50)
  @ValidateNested()
  groups: HeadcountExclusionInput[];
}

@InputType({ description: 'A part-time worker covering the disabled quota' })
export class PartTimeCoveringWorkerInput {
  @Field(() => Float, { description: 'Hours as a percentage of the full-time hours of the collective agreement' })
  @Min(0.01)
  @Max(99.99)
  hoursPercent: number;

  @Field(() => Int, { description: 'Percentage of reduction of working capacity (degree of disability)' })
  @Min(0)
  @Max(100)
  capacityReduction: number;
}

@InputType({ description: 'The part-time workers among a headcount’s covering workers; replaces any recorded before' })
export class RecordPartTimeCoveringWorkersInput {
  @Field(() => ID)
  snapshotId: string;

  @Field(() => [PartTimeCoveringWorkerInput])
  @ArrayMaxSize(1000)
  @ValidateNested()
  workers: PartTimeCoveringWorkerInput[];
}

@InputType({
  description: 'A new hire of an employer of 15–35, which started its obligation under the gradual regime (until 2017)',
})
export class RecordQuotaNewHireInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => LocalDateResolver)
  hiredOn: string;

  @Field({ description: 'Reference, e.g. the compulsory communication of the hiring' })
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  reference: string;
}

@InputType({ description: 'The corporate group an employer belongs to; groupName null removes it' })
export class SetQuotaGroupInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => String, { nullable: true, description: 'Name of the group, the same for all its companies' })
  @IsOptional()
  @Matches(NOT_BLANK, notBlank)
  @MaxLength(200)
  groupName?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'From when; required with a group name' })
  @IsOptional()
  since?: string | null;
}

@InputType()
export class SetArt3c3OrganisationInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => Art3c3OrganisationEnum, { nullable: true, description: 'Null: the employer is none of them' })
  @IsOptional()
  organisation?: Art3c3Organisation | null;
}

@InputType({ description: 'Filters combine with AND' })
export class QuotaDashboardFilter extends EmployerActivityAndPlaceFilter {
  @Field(() => [SizeBandEnum], {
    nullable: true,
    description: 'Employers below the first band or without a headcount have none',
  })
  @IsOptional()
  sizeBands?: SizeBand[] | null;

  @Field({ defaultValue: false, description: 'Only employers with units missing (in grace or sanctionable)' })
  onlyUncovered: boolean;
}

@ArgsType()
export class QuotaDashboardArgs extends PageArgs {
  @Field(() => QuotaDashboardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: QuotaDashboardFilter | null;

  @Field(() => QuotaDashboardOrder, { defaultValue: QuotaDashboardOrder.SHORTFALL_DESC })
  orderBy: QuotaDashboardOrder;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Defaults to today' })
  @IsOptional()
  asOf?: string | null;
}
