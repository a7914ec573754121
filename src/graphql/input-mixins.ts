import { MaxLength, MinLength, IsOptional } from 'class-validator';
import { EmailAddressResolver } from 'graphql-scalars';
import { PhoneNumberScalar } from './phone-number';
import { ClassType, Field, InputType } from 'type-graphql';
import { KeptWhenAbsent } from './kept-when-absent';

/*
 * Fields that several inputs share, declared once. Each mixin adds its fields to the input class it extends; the
 * mixin's own class is never referenced, so it is not a type of the schema.
 */

/** A person's names as a correction gives them: absent means unchanged. */
export function withNames<TBase extends ClassType>(Base: TBase) {
  @InputType()
  class Names extends Base {
    @Field({ nullable: true })
    @KeptWhenAbsent()
    @MinLength(1)
    @MaxLength(100)
    givenName?: string;

    @Field({ nullable: true })
    @KeptWhenAbsent()
    @MinLength(1)
    @MaxLength(100)
    familyName?: string;
  }
  return Names;
}

/** An email address and a phone number, both optional (null clears them). */
export function withEmailAndPhone<TBase extends ClassType>(Base: TBase) {
  @InputType()
  class EmailAndPhone extends Base {
    @Field(() => EmailAddressResolver, { nullable: true })
    @IsOptional()
    email?: string | null;

    @Field(() => PhoneNumberScalar, {
      nullable: true,
      description: 'Phone number; Italian or international, stored as E.164',
    })
    @IsOptional()
    phone?: string | null;
  }
  return EmailAndPhone;
}
