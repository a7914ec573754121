import { Field, InputType, Int } from 'type-graphql';
import { LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { KeptWhenAbsent } from '../../graphql/kept-when-absent';
import { msg } from '../../i18n/message';
import { validationMessage } from '../../graphql/validation-message';

/** A municipality outside the service's ambiti, where an employer or an internship site is. */
@InputType()
export class CreateMunicipalityInput {
  @Field({ description: 'ISTAT code, 6 digits' })
  @Matches(/^\d{6}$/, { message: validationMessage(msg('validation.istatCode')) })
  istatCode: string;

  @Field()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field({ description: 'Cadastral (Belfiore) code: a letter and 3 digits' })
  @Matches(/^[A-Z]\d{3}$/, { message: validationMessage(msg('validation.belfioreCode')) })
  belfioreCode: string;

  @Field()
  @Matches(/^\d{5}$/, { message: validationMessage(msg('validation.postcode')) })
  postcode: string;

  @Field({ description: 'Province abbreviation, e.g. BS' })
  @Matches(/^[A-Z]{2}$/, { message: validationMessage(msg('validation.province')) })
  province: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  population?: number | null;

  @Field(() => LatitudeResolver, { description: 'Town centre' })
  latitude: number;

  @Field(() => LongitudeResolver)
  longitude: number;
}

@InputType({ description: 'Corrections to a municipality; absent fields are kept' })
export class UpdateMunicipalityInput {
  @Field({ nullable: true })
  @KeptWhenAbsent()
  @MinLength(2)
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @KeptWhenAbsent()
  @Matches(/^\d{5}$/, { message: validationMessage(msg('validation.postcode')) })
  postcode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  population?: number | null;

  @Field(() => LatitudeResolver, { nullable: true })
  @KeptWhenAbsent()
  latitude?: number;

  @Field(() => LongitudeResolver, { nullable: true })
  @KeptWhenAbsent()
  longitude?: number;
}
