import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  InputType,
  Field,
  Mutation,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { PonteContext } from '../auth/context';
import { parseOptionalId } from '../../graphql/ids';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Operator } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { fromGlobalId } from '../../graphql/relay';
import { Referral, ReferringServiceKind } from './referral.entity';
import { ReferralAssignment } from './referral-assignment.entity';
import {
  AssignmentResolution,
  referralsAwaitingAssignment,
  resolveReferralAssignment,
} from './referral-assignment.service';
import { GlobalIdArg } from '../../graphql/global-id-arg';

registerEnumType(AssignmentResolution, {
  name: 'AssignmentResolution',
  description:
    'TRANSFER: join the known person’s case and move them to the residence the referral gives; MERGE: join the case, residence kept; NEW_PERSON: create the person; DECLINE: with a note',
});

@InputType()
export class ResolveReferralAssignmentInput {
  @Field(() => AssignmentResolution)
  resolution: AssignmentResolution;

  @Field(() => ID, {
    nullable: true,
    description: 'For TRANSFER and MERGE: the person; defaults to the one whose codice fiscale the referral carries',
  })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to decline' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@Resolver(() => ReferralAssignment)
export class ReferralAssignmentResolver {
  @Query(() => [ReferralAssignment], {
    description: 'Referrals operators received that wait for a coordinator, oldest first',
  })
  referralsAwaitingAssignment(@Ctx() ctx: PonteContext): Promise<ReferralAssignment[]> {
    return referralsAwaitingAssignment(ctx.dataSource.manager);
  }

  @Mutation(() => ReferralAssignment, {
    description: 'Assigns a waiting referral: transfer, merge, new person or decline',
  })
  resolveReferralAssignment(
    @GlobalIdArg('id', 'ReferralAssignment') id: string,
    @Arg('input') input: ResolveReferralAssignmentInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ReferralAssignment> {
    return resolveReferralAssignment(
      ctx.dataSource,
      id,
      {
        resolution: input.resolution,
        beneficiaryId: parseOptionalId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId') ?? null,
        note: input.note?.trim() || null,
      },
      ctx.actingOperatorId,
    );
  }

  @FieldResolver(() => Operator)
  async receivedBy(@Root() assignment: ReferralAssignment, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(assignment.receivedById))!;
  }

  @FieldResolver(() => ReferringServiceKind, { nullable: true })
  serviceKind(@Root() assignment: ReferralAssignment): ReferringServiceKind {
    return assignment.referralDetails.serviceKind;
  }

  @FieldResolver(() => String, { nullable: true })
  serviceName(@Root() assignment: ReferralAssignment): string {
    return assignment.referralDetails.serviceName;
  }

  @FieldResolver(() => LocalDateResolver)
  referredOn(@Root() assignment: ReferralAssignment): string {
    return assignment.referralDetails.referredOn;
  }

  @FieldResolver(() => String, { nullable: true })
  reason(@Root() assignment: ReferralAssignment): string {
    return assignment.referralDetails.reason;
  }

  @FieldResolver(() => String, { description: 'The person as the referral names them' })
  personName(@Root() assignment: ReferralAssignment): string {
    return `${assignment.newBeneficiary.givenName} ${assignment.newBeneficiary.familyName}`;
  }

  @FieldResolver(() => String)
  codiceFiscale(@Root() assignment: ReferralAssignment): string {
    return assignment.newBeneficiary.codiceFiscale!.toUpperCase();
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Where the referral says the person lives' })
  residence(@Root() assignment: ReferralAssignment, @Ctx() ctx: PonteContext): Promise<Municipality | null> | null {
    const decoded = fromGlobalId(assignment.newBeneficiary.residenceMunicipalityId ?? '');
    return decoded ? ctx.loaders.byId(Municipality).load(decoded.id) : null;
  }

  @FieldResolver(() => Beneficiary, {
    nullable: true,
    description: 'The person known with this codice fiscale, if any',
  })
  knownBeneficiary(
    @Root() assignment: ReferralAssignment,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary | null> | null {
    return assignment.knownBeneficiaryId ? ctx.loaders.byId(Beneficiary).load(assignment.knownBeneficiaryId) : null;
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'The referral recorded when it was assigned' })
  referral(@Root() assignment: ReferralAssignment, @Ctx() ctx: PonteContext): Promise<Referral | null> | null {
    return assignment.referralId ? ctx.loaders.byId(Referral).load(assignment.referralId) : null;
  }
}
