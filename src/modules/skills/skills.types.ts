import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Sector } from '../work-conditions/work-conditions.enums';
import { SkillKind } from './skill.entity';
import { msg } from '../../i18n/message';
import { validationMessage } from '../../graphql/validation-message';

@InputType({ description: 'A local skill for the catalogue; add the ESCO URI only when it has been checked' })
export class CreateSkillInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{2,49}$/, { message: validationMessage(msg('validation.skillCode')) })
  code: string;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  labelIt: string;

  @Field()
  @MinLength(2)
  @MaxLength(200)
  labelEn: string;

  @Field(() => SkillKind)
  kind: SkillKind;

  @Field(() => Sector)
  sector: Sector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, {
    message: validationMessage(msg('validation.escoUri')),
  })
  escoUri?: string | null;
}

@InputType()
export class UpdateSkillInput {
  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MinLength(2)
  @MaxLength(200)
  labelIt?: string;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MinLength(2)
  @MaxLength(200)
  labelEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, {
    message: validationMessage(msg('validation.escoUri')),
  })
  escoUri?: string | null;

  @Field({ nullable: true, description: 'false retires the skill from new records' })
  @KeptWhenAbsent()
  active?: boolean;
}
