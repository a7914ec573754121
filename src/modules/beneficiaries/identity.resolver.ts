import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PonteContext } from '../auth/context';
import { CheckedBy } from '../../graphql/checked-by';
import { GlobalIdArg } from '../../graphql/global-id-arg';
import { Beneficiary } from './beneficiary.entity';
import { checkCodiceFiscale } from './codice-fiscale';
import { CodiceFiscaleChange } from './codice-fiscale-change.entity';
import { replaceCodiceFiscale } from './identity.service';
import { isTemporaryCodiceFiscale } from './temporary-codice-fiscale';

@InputType({ description: 'The definitive codice fiscale that replaces a temporary one' })
export class ReplaceCodiceFiscaleInput {
  @Field({ description: '16 characters, check character verified; must encode the birth date as recorded' })
  @CheckedBy(checkCodiceFiscale)
  codiceFiscale: string;

  @Field(() => String, { nullable: true, description: 'Default: "Codice fiscale definitivo"' })
  @IsOptional()
  @MaxLength(500)
  reason?: string | null;
}

@Resolver(() => Beneficiary)
export class BeneficiaryIdentityResolver {
  @Mutation(() => Beneficiary, {
    description:
      'Replaces a temporary 11-digit codice fiscale by the definitive one, keeping the record, its links and the old code in codiceFiscaleHistory',
  })
  replaceCodiceFiscale(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('input') input: ReplaceCodiceFiscaleInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    return replaceCodiceFiscale(ctx.dataSource, beneficiaryId, input, ctx.actingOperatorId);
  }

  @FieldResolver(() => Boolean, {
    description: 'The codice fiscale is the temporary 11-digit one, to be replaced by the definitive code',
  })
  codiceFiscaleTemporary(@Root() person: Beneficiary): boolean {
    return isTemporaryCodiceFiscale(person.codiceFiscale);
  }

  @FieldResolver(() => [CodiceFiscaleChange], {
    nullable: true,
    description: 'Codes the person had before, oldest first (null for roles without case access)',
  })
  codiceFiscaleHistory(@Root() person: Beneficiary, @Ctx() ctx: PonteContext): Promise<CodiceFiscaleChange[]> {
    return ctx.loaders.manyBy(CodiceFiscaleChange, 'beneficiaryId', { changedAt: 'ASC' }).load(person.id);
  }
}
