import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver, PositiveIntResolver } from 'graphql-scalars';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../graphql/pagination';
import { Connection } from '../../graphql/relay';
import { OrderBy, OrderInput } from '../../graphql/ordering';
import { AccessibilityFeature, PhysicalDemand, Sector, Shift } from '../work-conditions/work-conditions.enums';
import { Opening } from './opening.entity';
import { ContractType, OpeningStatus, SkillRequirement } from './opening.enums';

/** `positions` is a smallint; anything near its limit is a typing slip, not a real hiring plan. */
export const MAX_POSITIONS = 1000;

@ObjectType()
export class OpeningConnection extends Connection(Opening) {}

@InputType()
export class OpeningSkillInput {
  @Field(() => ID)
  skillId: string;

  @Field(() => SkillRequirement)
  requirement: SkillRequirement;

  @Field(() => Int, { description: '1 basic, 2 with supervision, 3 autonomous, 4 can teach others' })
  @Min(1)
  @Max(4)
  minimumLevel: number;

  @Field({ defaultValue: false, description: 'Only for REQUIRED skills: a candidate without it is excluded' })
  indispensable: boolean;
}

@InputType({ description: 'A new opening, created as DRAFT together with its skills' })
export class CreateOpeningInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => ID, { description: 'A site of the same employer' })
  siteId: string;

  @Field()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  occupationId?: string | null;

  @Field(() => Sector, { nullable: true, description: 'Defaults to the employer’s sector' })
  @IsOptional()
  sector?: Sector | null;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  description: string;

  @Field(() => Int)
  @Min(1)
  @Max(48)
  weeklyHours: number;

  @Field(() => [Shift])
  @ArrayMinSize(1)
  @ArrayUnique()
  shifts: Shift[];

  @Field(() => ContractType)
  contractType: ContractType;

  @Field(() => PositiveIntResolver)
  @Max(MAX_POSITIONS)
  positions: number;

  @Field({ defaultValue: false })
  countsTowardQuota: boolean;

  @Field(() => [PhysicalDemand], { defaultValue: [] })
  @ArrayUnique()
  physicalDemands: PhysicalDemand[];

  @Field(() => [AccessibilityFeature], { defaultValue: [] })
  @ArrayUnique()
  accessibilityFeatures: AccessibilityFeature[];

  @Field({ defaultValue: false })
  accommodationsArrangeable: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Not in the past' })
  @IsOptional()
  closesOn?: string | null;

  @Field(() => [OpeningSkillInput], { defaultValue: [], description: 'Each skill at most once' })
  @ArrayMaxSize(30)
  @ValidateNested()
  requiredSkills: OpeningSkillInput[];
}

@InputType({ description: 'Changes to an opening; absent fields are kept, null clears an optional one' })
export class UpdateOpeningInput {
  @Field(() => ID, { nullable: true, description: 'Another site of the same employer' })
  @IsOptional()
  siteId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  occupationId?: string | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  sector?: Sector;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(48)
  weeklyHours?: number;

  @Field(() => [Shift], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  shifts?: Shift[];

  @Field(() => ContractType, { nullable: true })
  @IsOptional()
  contractType?: ContractType;

  @Field(() => PositiveIntResolver, { nullable: true })
  @IsOptional()
  @Max(MAX_POSITIONS)
  positions?: number;

  @Field({ nullable: true })
  @IsOptional()
  countsTowardQuota?: boolean;

  @Field(() => [PhysicalDemand], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  physicalDemands?: PhysicalDemand[];

  @Field(() => [AccessibilityFeature], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  accessibilityFeatures?: AccessibilityFeature[];

  @Field({ nullable: true })
  @IsOptional()
  accommodationsArrangeable?: boolean;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  closesOn?: string | null;

  @Field(() => [OpeningSkillInput], { nullable: true, description: 'When given, replaces the whole list' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested()
  requiredSkills?: OpeningSkillInput[];
}

@InputType()
export class ChangeOpeningStatusInput {
  @Field(() => OpeningStatus)
  status: OpeningStatus;
}

@InputType({ description: 'Filters combine with AND' })
export class OpeningFilter {
  @Field(() => [OpeningStatus], { nullable: true })
  @IsOptional()
  statuses?: OpeningStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  employerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipality of the opening’s site' })
  @IsOptional()
  municipalityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Ambito of the municipality of the opening’s site' })
  @IsOptional()
  ambito?: number | null;

  @Field(() => ID, { nullable: true, description: 'Asks for this skill, as required or preferred' })
  @IsOptional()
  skillId?: string | null;

  @Field(() => [ContractType], { nullable: true })
  @IsOptional()
  contractTypes?: ContractType[] | null;

  @Field(() => Sector, { nullable: true })
  @IsOptional()
  sector?: Sector | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  countsTowardQuota?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words in the title or in the employer’s legal name, ignoring letter case and accents ("citta" finds "Città")',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

export enum OpeningOrderField {
  CREATED = 'CREATED',
  CLOSING_DATE = 'CLOSING_DATE',
  TITLE = 'TITLE',
}

registerEnumType(OpeningOrderField, {
  name: 'OpeningOrderField',
  description: 'What the list of openings can be ordered by',
});

export const OpeningOrder = OrderInput<OpeningOrderField>('OpeningOrder', OpeningOrderField, 'openings');

@ArgsType()
export class OpeningConnectionArgs extends PageArgs {
  @Field(() => OpeningOrder, { nullable: true, description: 'The order of the list; newest first when absent' })
  @IsOptional()
  orderBy?: OrderBy<OpeningOrderField> | null;

  @Field(() => OpeningFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OpeningFilter | null;
}
