import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { parseOptionalId } from '../../graphql/ids';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Operator, OperatorRole } from '../operators/operator.entity';
import { Referral } from './referral.entity';
import { receiveReferral, updateReferral } from './referrals.service';
import { voidReferral } from './referral-void.service';
import { ReceiveReferralInput, ReceiveReferralPayload, UpdateReferralInput } from './referrals.types';
import { GlobalIdArg } from '../../graphql/global-id-arg';

@Resolver(() => Referral)
export class ReferralResolver {
  @Mutation(() => ReceiveReferralPayload, {
    description: 'Referral intake: records the referral and opens the case, creating the person when new',
  })
  receiveReferral(
    @Arg('input') input: ReceiveReferralInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ReceiveReferralPayload> {
    return receiveReferral(
      ctx.dataSource,
      {
        referral: input.referral,
        beneficiaryId: parseOptionalId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId') ?? null,
        newBeneficiary: input.newBeneficiary ?? null,
      },
      {
        operatorId: ctx.actingOperatorId,
        confinedTo: ctx.viewer?.role === OperatorRole.OPERATOR ? { ambito: ctx.viewer.ambitoNumber } : null,
      },
    );
  }

  @Mutation(() => Referral)
  updateReferral(
    @GlobalIdArg('id', 'Referral') id: string,
    @Arg('input') input: UpdateReferralInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Referral> {
    return updateReferral(ctx.dataSource, id, input);
  }

  @Mutation(() => Referral, {
    description:
      'Voids a referral entered by mistake, keeping it with the reason; a case it opened and that has not moved on ' +
      'closes (CONFLICT when the case has moved on: close or correct the case instead)',
  })
  voidReferral(
    @GlobalIdArg('id', 'Referral') id: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Referral> {
    return voidReferral(ctx.dataSource, id, reason, ctx.actingOperatorId);
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(@Root() referral: Referral, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(referral.beneficiaryId))!;
  }

  @FieldResolver(() => Operator, { nullable: true })
  receivedBy(@Root() referral: Referral, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return referral.receivedById ? ctx.loaders.byId(Operator).load(referral.receivedById) : null;
  }
}
