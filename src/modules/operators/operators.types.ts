import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { Field, InputType, Int } from 'type-graphql';
import { EmailAddressResolver } from 'graphql-scalars';
import { IsIn, IsOptional, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { OperatorRole } from './operator.entity';
import { SERVICE_AMBITI } from '../territory/service-ambiti';
import { withNames } from '../../graphql/input-mixins';
import { msg } from '../../i18n/message';
import { validationMessage } from '../../graphql/validation-message';

@InputType()
export class CreateOperatorInput {
  @Field()
  @MinLength(1)
  @MaxLength(100)
  givenName: string;

  @Field()
  @MinLength(1)
  @MaxLength(100)
  familyName: string;

  @Field(() => EmailAddressResolver)
  email: string;

  @Field(() => OperatorRole)
  role: OperatorRole;

  @Field(() => Int, {
    nullable: true,
    description: 'Required for operators and liaisons; coordinators and admins work in both',
  })
  @IsOptional()
  @IsIn(SERVICE_AMBITI, {
    message: validationMessage(msg('validation.serviceAmbito', { ambiti: SERVICE_AMBITI.join(', ') })),
  })
  ambito?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `First password (${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters); without one the operator cannot sign in until an admin sets it`,
  })
  @IsOptional()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string | null;
}

@InputType()
export class UpdateOperatorInput extends withNames(class {}) {
  @Field(() => EmailAddressResolver, { nullable: true })
  @KeptWhenAbsent()
  email?: string;

  @Field(() => OperatorRole, { nullable: true })
  @KeptWhenAbsent()
  role?: OperatorRole;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_AMBITI, {
    message: validationMessage(msg('validation.serviceAmbito', { ambiti: SERVICE_AMBITI.join(', ') })),
  })
  ambito?: number | null;

  @Field({
    nullable: true,
    description: 'false deactivates the operator: their sessions end at once; their history stays',
  })
  @KeptWhenAbsent()
  active?: boolean;
}
