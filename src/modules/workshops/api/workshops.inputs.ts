import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver, LocalTimeResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsIn, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { KeptWhenAbsent } from '../../../graphql/kept-when-absent';
import { PageArgs } from '../../../graphql/pagination';
import { SERVICE_AMBITI, SERVICE_AMBITI_TEXT } from '../../territory/service-ambiti';
import { AttendanceStatus } from '../workshop.enums';

@InputType({ description: 'One session of a workshop: a day, and start and end times (Italian local time)' })
export class WorkshopSessionInput {
  @Field(() => LocalDateResolver, { description: 'The day it is held' })
  heldOn: string;

  @Field(() => LocalTimeResolver, { description: 'Start time, e.g. 09:00' })
  startsAt: string;

  @Field(() => LocalTimeResolver, { description: 'End time, after the start' })
  endsAt: string;
}

@InputType({ description: 'A new workshop with its schedule' })
export class CreateWorkshopInput {
  @Field({ description: 'A short name, e.g. "Laboratorio di assemblaggio"' })
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @Field({ description: 'What the workshop is about and what participants do' })
  @MinLength(1)
  @MaxLength(2000)
  theme: string;

  @Field(() => ID, { description: 'A municipality of the service; its ambito becomes the workshop’s' })
  municipalityId: string;

  @Field(() => String, { nullable: true, description: 'Where in the municipality, when known' })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Int, { description: 'How many people may be enrolled at most (1 to 100)' })
  @Min(1)
  @Max(100)
  capacity: number;

  @Field(() => ID, { description: 'The operator in charge: an operator of the ambito, or the coordinator' })
  operatorInChargeId: string;

  @Field(() => [ID], { description: 'The catalogue skills the workshop exercises (what its observations can prove)' })
  @ArrayMaxSize(30)
  skillIds: string[];

  @Field(() => [WorkshopSessionInput], { description: 'The schedule: at least one session' })
  @ArrayMaxSize(200)
  @ValidateNested()
  sessions: WorkshopSessionInput[];
}

@InputType({ description: 'Corrections to a workshop; absent fields are kept' })
export class UpdateWorkshopInput {
  @Field({ nullable: true, description: 'A short name' })
  @KeptWhenAbsent()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true, description: 'What the workshop is about' })
  @KeptWhenAbsent()
  @MinLength(1)
  @MaxLength(2000)
  theme?: string;

  @Field(() => String, { nullable: true, description: 'Where in the municipality; null clears it' })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Int, { nullable: true, description: 'The capacity; not below the people already enrolled' })
  @KeptWhenAbsent()
  @Min(1)
  @Max(100)
  capacity?: number;

  @Field(() => ID, { nullable: true, description: 'A new operator in charge' })
  @KeptWhenAbsent()
  operatorInChargeId?: string;
}

@InputType({ description: 'One line of a session’s attendance sheet' })
export class AttendanceLineInput {
  @Field(() => ID, { description: 'The participant (a Beneficiary)' })
  beneficiaryId: string;

  @Field(() => AttendanceStatus, { description: 'Present, absent or excused' })
  status: AttendanceStatus;
}

@InputType({ description: 'What the operator saw of a participant in one of the workshop’s skills' })
export class SkillObservationInput {
  @Field(() => ID, { description: 'A skill the workshop exercises' })
  skillId: string;

  @Field(() => Int, { description: '1 basic, 2 with supervision, 3 autonomous, 4 can teach others' })
  @Min(1)
  @Max(4)
  level: number;

  @Field({ defaultValue: '', description: 'A short note (case data: only case workers read it)' })
  @MaxLength(2000)
  note: string;
}

@ArgsType()
export class WorkshopConnectionArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: 'Workshops held in this ambito (operators: always their own)' })
  @IsOptional()
  @IsIn(SERVICE_AMBITI, { message: `ambito must be ${SERVICE_AMBITI_TEXT}` })
  ambito?: number | null;

  @Field(() => ID, { nullable: true, description: 'Workshops this operator is in charge of' })
  @IsOptional()
  operatorInChargeId?: string | null;
}
