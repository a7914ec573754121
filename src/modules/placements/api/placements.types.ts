import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EmailAddressResolver, LocalDateResolver } from 'graphql-scalars';
import { PhoneNumberScalar } from '../../../graphql/phone-number';
import { ArrayMaxSize, IsIn, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { KeptWhenAbsent } from '../../../graphql/kept-when-absent';
import { PageArgs } from '../../../graphql/pagination';
import { Connection } from '../../../graphql/relay';
import { OrderBy, OrderInput } from '../../../graphql/ordering';
import { MonitoringRhythmStep } from '../monitoring-rhythm.entity';
import { Placement } from '../placement.entity';
import {
  EmploymentContractType,
  PlacementKind,
  PlacementOutcome,
  PlacementStatus,
  VisitOutcome,
} from '../placement.enums';
import { SERVICE_AMBITI } from '../../territory/service-ambiti';
import { msg } from '../../../i18n/message';
import { validationMessage } from '../../../graphql/validation-message';

@ObjectType()
export class PlacementConnection extends Connection(Placement) {}

@InputType()
export class CompanyTutorInput {
  @Field()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  email?: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  @IsOptional()
  phone?: string | null;
}

@InputType({ description: 'A new placement, created as PROPOSED' })
export class ProposePlacementInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => PlacementKind)
  kind: PlacementKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The opening; optional for workshops, and for hirings or renewals given with employerId',
  })
  @IsOptional()
  openingId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Without an opening: the employer (a workshop held with one, a renewal)',
  })
  @IsOptional()
  employerId?: string | null;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Required except for open-ended hirings and renewals (and for FIXED_TERM contracts it is required)',
  })
  @IsOptional()
  plannedEndOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the opening’s weekly hours' })
  @IsOptional()
  @Min(1)
  @Max(48)
  weeklyHours?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The service’s tutor (an operator); defaults to the person’s operator, then to the acting operator',
  })
  @IsOptional()
  tutorId?: string | null;

  @Field(() => CompanyTutorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  companyTutor?: CompanyTutorInput | null;

  @Field(() => Int, { nullable: true, description: 'Euro cents per month; internships and work trials only' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  monthlyAllowanceCents?: number | null;

  @Field(() => EmploymentContractType, {
    nullable: true,
    description: 'Hirings and renewals only; defaults to the opening’s contract type',
  })
  @IsOptional()
  contractType?: EmploymentContractType | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Hirings and renewals of a Law 68/99 person: counts toward the employer’s quota. Defaults to the opening’s flag',
  })
  @IsOptional()
  countsTowardQuota?: boolean | null;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  notes: string;
}

@InputType({
  description: 'Corrections to a placement; absent fields are kept. The start date changes only while PROPOSED',
})
export class UpdatePlacementInput {
  @Field(() => LocalDateResolver, { nullable: true })
  @KeptWhenAbsent()
  startsOn?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  plannedEndOn?: string | null;

  @Field(() => Int, { nullable: true })
  @KeptWhenAbsent()
  @Min(1)
  @Max(48)
  weeklyHours?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  tutorId?: string | null;

  @Field(() => CompanyTutorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  companyTutor?: CompanyTutorInput | null;

  @Field(() => Int, { nullable: true, description: 'Euro cents per month' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  monthlyAllowanceCents?: number | null;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MaxLength(4000)
  notes?: string;
}

@InputType({ description: 'A move along the placement state machine (confirming, suspending, resuming, ending)' })
export class ChangePlacementStatusInput {
  @Field(() => PlacementStatus)
  status: PlacementStatus;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When the change takes effect (the end date for an ending); defaults to today',
  })
  @IsOptional()
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to suspend, for ENDED_EARLY and for WITHDRAWN' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => PlacementOutcome, { nullable: true, description: 'Required for COMPLETED' })
  @IsOptional()
  outcome?: PlacementOutcome | null;
}

@InputType({ description: 'The hiring that an internship or work trial turns into' })
export class ConvertToHiringInput {
  @Field(() => LocalDateResolver, { description: 'First day of the contract; the internship ends the day before' })
  startsOn: string;

  @Field(() => EmploymentContractType)
  contractType: EmploymentContractType;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Required for FIXED_TERM' })
  @IsOptional()
  plannedEndOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Defaults to the internship’s weekly hours' })
  @IsOptional()
  @Min(1)
  @Max(48)
  weeklyHours?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A job opening of the same employer the hiring fills (it takes one of its positions); usually none',
  })
  @IsOptional()
  openingId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Counts toward the employer’s Law 68/99 quota' })
  @IsOptional()
  countsTowardQuota?: boolean | null;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  notes: string;
}

@ObjectType()
export class ConvertToHiringPayload {
  @Field(() => Placement, { description: 'The internship or work trial, now CONVERTED_TO_HIRING' })
  internship: Placement;

  @Field(() => Placement, { description: 'The new ACTIVE hiring' })
  hiring: Placement;
}

@InputType()
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  openingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  employerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  tutorId?: string | null;

  @Field(() => [PlacementStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: PlacementStatus[] | null;

  @Field(() => [PlacementKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  kinds?: PlacementKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Placements of people living in this ambito' })
  @IsOptional()
  @IsIn(SERVICE_AMBITI, {
    message: validationMessage(msg('validation.serviceAmbito', { ambiti: SERVICE_AMBITI.join(', ') })),
  })
  ambito?: number | null;
}

export enum PlacementOrderField {
  START = 'START',
  STATUS = 'STATUS',
  CREATED = 'CREATED',
}

registerEnumType(PlacementOrderField, {
  name: 'PlacementOrderField',
  description: 'What the list of placements can be ordered by',
});

export const PlacementOrder = OrderInput<PlacementOrderField>('PlacementOrder', PlacementOrderField, 'placements');

@ArgsType()
export class PlacementConnectionArgs extends PageArgs {
  @Field(() => PlacementOrder, { nullable: true, description: 'The order of the list; newest first when absent' })
  @IsOptional()
  orderBy?: OrderBy<PlacementOrderField> | null;

  @Field(() => PlacementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PlacementFilter | null;
}

@InputType({ description: 'A visit to plan' })
export class PlanMonitoringVisitInput {
  @Field(() => LocalDateResolver)
  plannedOn: string;

  @Field(() => ID, { nullable: true, description: 'Who goes; defaults to the placement’s tutor' })
  @IsOptional()
  operatorId?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  notes: string;
}

@InputType({ description: 'A visit done: completes a planned visit (visitId) or records an unplanned one' })
export class RecordMonitoringVisitInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The planned visit this completes; without it a new visit is recorded',
  })
  @IsOptional()
  visitId?: string | null;

  @Field(() => LocalDateResolver)
  doneOn: string;

  @Field(() => VisitOutcome)
  outcome: VisitOutcome;

  @Field({ defaultValue: '' })
  @MaxLength(4000)
  notes: string;

  @Field(() => ID, { nullable: true, description: 'Who visited; defaults to the acting operator, then the tutor' })
  @IsOptional()
  operatorId?: string | null;
}

@InputType()
export class MonitoringRhythmStepInput {
  @Field(() => Int, { description: 'From this many days after the start…' })
  @Min(0)
  @Max(3650)
  fromDay: number;

  @Field(() => Int, { description: '…a visit is due every this many days' })
  @Min(1)
  @Max(365)
  everyDays: number;
}

@ObjectType()
export class MonitoringRhythm {
  @Field(() => PlacementKind, { nullable: true, description: 'Null: the default for kinds without steps of their own' })
  placementKind: PlacementKind | null;

  @Field(() => [MonitoringRhythmStep])
  steps: MonitoringRhythmStep[];
}

@InputType({ description: 'Worklist thresholds in days; absent fields are kept' })
export class WorklistSettingsInput {
  @Field(() => Int, { nullable: true })
  @KeptWhenAbsent()
  @Min(0)
  @Max(365)
  referralWaitingDays?: number;

  @Field(() => Int, { nullable: true })
  @KeptWhenAbsent()
  @Min(1)
  @Max(3650)
  noContactDays?: number;

  @Field(() => Int, { nullable: true })
  @KeptWhenAbsent()
  @Min(0)
  @Max(365)
  internshipEndingDays?: number;

  @Field(() => Int, { nullable: true })
  @KeptWhenAbsent()
  @Min(0)
  @Max(365)
  visitAheadDays?: number;
}
