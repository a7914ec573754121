import { Field, InputType, Int } from 'type-graphql';
import { LatitudeResolver, LongitudeResolver } from 'graphql-scalars';
import { IsOptional, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { KeptWhenAbsent } from '../../graphql/kept-when-absent';

/** A municipality outside the service's ambiti, where an employer or an internship site is. */
@InputType()
export class CreateMunicipalityInput {
  @Field({ description: 'ISTAT code, 6 digits' })
  @Matches(/^\d{6}$/, { message: 'istatCode must be the 6-digit ISTAT code, e.g. 017113' })
  istatCode: string;

  @Field()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field({ description: 'Cadastral (Belfiore) code: a letter and 3 digits' })
  @Matches(/^[A-Z]\d{3}$/, { message: 'belfioreCode must be a capital letter and 3 digits, e.g. F471' })
  belfioreCode: string;

  @Field()
  @Matches(/^\d{5}$/, { message: 'postcode must be a 5-digit CAP' })
  postcode: string;

  @Field({ description: 'Province abbreviation, e.g. BS' })
  @Matches(/^[A-Z]{2}$/, { message: 'province must be the 2-letter abbreviation, e.g. BS' })
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
  @Matches(/^\d{5}$/, { message: 'postcode must be a 5-digit CAP' })
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
