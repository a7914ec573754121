import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { ClassType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { EmailAddressResolver, LocalDateResolver } from 'graphql-scalars';
import { PhoneNumberScalar } from '../../graphql/phone-number';
import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { NewBeneficiaryInput } from '../beneficiaries/beneficiaries.types';
import { Referral, ReferringServiceKind } from './referral.entity';

/** The person at the referring service to contact: the same three fields when a referral is received or corrected. */
function withReferrerContact<TBase extends ClassType>(Base: TBase) {
  @InputType()
  class ReferrerContact extends Base {
    @Field(() => String, { nullable: true })
    @IsOptional()
    @MaxLength(200)
    contactName?: string | null;

    @Field(() => EmailAddressResolver, { nullable: true })
    @IsOptional()
    contactEmail?: string | null;

    @Field(() => PhoneNumberScalar, { nullable: true })
    @IsOptional()
    contactPhone?: string | null;
  }
  return ReferrerContact;
}

@InputType()
export class ReferralDetailsInput extends withReferrerContact(class {}) {
  @Field(() => ReferringServiceKind)
  serviceKind: ReferringServiceKind;

  @Field({ description: 'e.g. "Servizi sociali del Comune di Rezzato", "CPS Brescia Est"' })
  @MinLength(3)
  @MaxLength(200)
  serviceName: string;

  @Field(() => LocalDateResolver)
  referredOn: string;

  @Field()
  @MinLength(3)
  @MaxLength(4000)
  reason: string;
}

@InputType({
  description: 'A referral for a person already known (beneficiaryId) or new (newBeneficiary): give exactly one',
})
export class ReceiveReferralInput {
  @Field(() => ReferralDetailsInput)
  @ValidateNested()
  referral: ReferralDetailsInput;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => NewBeneficiaryInput, {
    nullable: true,
    description: 'The person, when new to the service (otherwise `beneficiaryId`)',
  })
  @IsOptional()
  @ValidateNested()
  newBeneficiary?: NewBeneficiaryInput | null;
}

@ObjectType()
export class ReceiveReferralPayload {
  @Field(() => Referral, { nullable: true, description: 'Null while the referral waits for assignment' })
  referral: Referral | null;

  @Field(() => Beneficiary, { nullable: true, description: 'Null while the referral waits for assignment' })
  beneficiary: Beneficiary | null;

  @Field({ description: 'True when the person was not known before this referral' })
  beneficiaryCreated: boolean;

  @Field({
    description:
      'True when a coordinator must assign the referral before it becomes a case (for an operator: the person ' +
      'lives outside their ambito, or cannot be taken on by them); nothing else is said about the person',
  })
  awaitingAssignment: boolean;
}

@InputType({ description: 'Corrections to a referral’s details; absent fields are kept' })
export class UpdateReferralInput extends withReferrerContact(class {}) {
  @Field(() => ReferringServiceKind, { nullable: true })
  @KeptWhenAbsent()
  serviceKind?: ReferringServiceKind;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MinLength(3)
  @MaxLength(200)
  serviceName?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @KeptWhenAbsent()
  referredOn?: string;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MinLength(3)
  @MaxLength(4000)
  reason?: string;
}
