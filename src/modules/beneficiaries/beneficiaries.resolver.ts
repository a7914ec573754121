import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { childrenLink, LinkTable, parentLink } from '../../graphql/links';
import { parseId, parseIds, parseOptionalId } from '../../graphql/ids';
import { Operator } from '../operators/operator.entity';
import { Referral } from '../referrals/referral.entity';
import { Occupation } from '../skills/occupation.entity';
import { Skill } from '../skills/skill.entity';
import { Municipality } from '../territory/municipality.entity';
import { BeneficiarySkill } from './beneficiary-skill.entity';
import { Beneficiary } from './beneficiary.entity';
import { CaseStatus } from './beneficiary.enums';
import {
  BeneficiaryConnection,
  BeneficiaryConnectionArgs,
  BeneficiaryProfileInput,
  ChangeCaseStatusInput,
  SetBeneficiarySkillInput,
  WorkConstraintsInput,
} from './beneficiaries.types';
import {
  listBeneficiaries,
  removeBeneficiarySkill,
  setBeneficiarySkill,
  setWorkConstraints,
  updateBeneficiary,
} from './beneficiaries.service';
import { changeCaseStatus, reopenCase } from './case-lifecycle.service';
import { CaseStatusChange } from './case-status-change.entity';
import { WorkConstraints } from './work-constraints.entity';
import { allowedNextStatuses } from './case-transitions';
import { GlobalIdArg } from '../../graphql/global-id-arg';

/** Where a person's fields lead, for their resolvers and for direct reads. */
export const BENEFICIARY_LINKS = {
  Beneficiary: {
    residence: parentLink<Beneficiary, Municipality>(Municipality, 'residenceMunicipalityId'),
    skills: childrenLink(BeneficiarySkill, 'beneficiaryId', { level: 'DESC', skillId: 'ASC' }),
  },
  BeneficiarySkill: { skill: parentLink<BeneficiarySkill, Skill>(Skill, 'skillId') },
} as const satisfies LinkTable;

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Query(() => Beneficiary, {
    nullable: true,
    description:
      'One person by its global ID, with the same access rules as `node`; null when it does not exist or is not visible',
  })
  beneficiary(
    @GlobalIdArg('id', 'Beneficiary', { description: 'The person’s global ID' }) id: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary | null> {
    return ctx.loaders.byId(Beneficiary).load(id);
  }
  @Query(() => BeneficiaryConnection, {
    description: 'People the service accompanies, by family name unless `orderBy` asks otherwise',
  })
  beneficiaries(
    @Args() args: BeneficiaryConnectionArgs,
    @Ctx() ctx: PonteContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BeneficiaryConnection> {
    const filter = args.filter ?? {};
    // People are case records: their list gives bare ids only when no access rule looks into them for this reader.
    const along = ctx.direct?.nodesOf(info);
    return listBeneficiaries(
      ctx.dataSource.manager,
      {
        ...filter,
        municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'),
        skillId: parseOptionalId(filter.skillId, 'Skill', 'filter.skillId'),
        assignedOperatorId: parseOptionalId(filter.assignedOperatorId, 'Operator', 'filter.assignedOperatorId'),
      },
      { ...args, nodeIdsOnly: along?.idsSuffice === true, nodesAlong: along },
      ctx.config,
      args.orderBy,
    );
  }

  @Mutation(() => Beneficiary, { description: 'Corrects or completes a person’s profile; absent fields are kept' })
  updateBeneficiary(
    @GlobalIdArg('id', 'Beneficiary') id: string,
    @Arg('input') input: BeneficiaryProfileInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    return updateBeneficiary(ctx.dataSource, id, input);
  }

  @Mutation(() => WorkConstraints, { description: 'Sets the person’s work constraints; absent fields are kept' })
  setWorkConstraints(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('input') input: WorkConstraintsInput,
    @Ctx() ctx: PonteContext,
  ): Promise<WorkConstraints> {
    const occupationIds =
      input.preferredOccupationIds &&
      parseIds(input.preferredOccupationIds, 'Occupation', 'input.preferredOccupationIds');
    return setWorkConstraints(ctx.dataSource, beneficiaryId, input, occupationIds);
  }

  @Mutation(() => BeneficiarySkill, { description: 'Records a person’s level in a skill (replacing the previous one)' })
  setBeneficiarySkill(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('input') input: SetBeneficiarySkillInput,
    @Ctx() ctx: PonteContext,
  ): Promise<BeneficiarySkill> {
    return setBeneficiarySkill(ctx.dataSource, beneficiaryId, parseId(input.skillId, 'Skill', 'input.skillId'), input);
  }

  @Mutation(() => Beneficiary, { description: 'Removes a skill recorded by mistake' })
  removeBeneficiarySkill(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @GlobalIdArg('skillId', 'Skill') skillId: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    return removeBeneficiarySkill(ctx.dataSource, beneficiaryId, skillId);
  }

  @Mutation(() => Beneficiary, { description: 'Moves a case along its allowed transitions, recording who and why' })
  changeCaseStatus(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('input') input: ChangeCaseStatusInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    const id = beneficiaryId;
    return changeCaseStatus(ctx.dataSource, id, input.status, input.reason, ctx.actingOperatorId);
  }

  @Mutation(() => Beneficiary, { description: 'Closes a case; the record is kept and a new referral can reopen it' })
  closeCase(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    const id = beneficiaryId;
    return changeCaseStatus(ctx.dataSource, id, CaseStatus.CLOSED, reason, ctx.actingOperatorId);
  }

  @Mutation(() => Beneficiary, {
    description:
      'Reopens a case closed by mistake (coordinator, within the configured days of the closure), back to the status ' +
      'it was closed from; the reason goes into the case history',
  })
  reopenCase(
    @GlobalIdArg('beneficiaryId', 'Beneficiary') beneficiaryId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Beneficiary> {
    return reopenCase(ctx.dataSource, beneficiaryId, reason, ctx.actingOperatorId, ctx.config.caseWork.caseReopenDays);
  }

  @FieldResolver(() => Municipality)
  async residence(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<Municipality> {
    return (await ctx.loaders.followOne<Municipality>(BENEFICIARY_LINKS.Beneficiary.residence, beneficiary))!;
  }

  @FieldResolver(() => Operator, { nullable: true })
  assignedOperator(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return beneficiary.assignedOperatorId ? ctx.loaders.byId(Operator).load(beneficiary.assignedOperatorId) : null;
  }

  @FieldResolver(() => [BeneficiarySkill])
  skills(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<BeneficiarySkill[]> {
    return ctx.loaders.followMany(BENEFICIARY_LINKS.Beneficiary.skills, beneficiary);
  }

  @FieldResolver(() => WorkConstraints, { nullable: true, description: 'Null until the operator records them' })
  workConstraints(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<WorkConstraints | null> {
    return ctx.loaders.oneBy(WorkConstraints, 'beneficiaryId').load(beneficiary.id);
  }

  @FieldResolver(() => [Referral], {
    nullable: true,
    description: 'Every referral received for the person, latest first (null for roles without case access)',
  })
  referrals(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<Referral[]> {
    return ctx.loaders
      .manyBy(Referral, 'beneficiaryId', { referredOn: 'DESC', createdAt: 'DESC' })
      .load(beneficiary.id);
  }

  @FieldResolver(() => [CaseStatusChange], {
    nullable: true,
    description: 'Every status change of the person’s cases, oldest first (null for roles without case access)',
  })
  caseHistory(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<CaseStatusChange[]> {
    return ctx.loaders.manyBy(CaseStatusChange, 'beneficiaryId', { changedAt: 'ASC' }).load(beneficiary.id);
  }

  @FieldResolver(() => [CaseStatus], { description: 'Statuses the case may move to next with changeCaseStatus' })
  allowedNextStatuses(@Root() beneficiary: Beneficiary): readonly CaseStatus[] {
    return allowedNextStatuses(beneficiary.caseStatus);
  }
}

@Resolver(() => BeneficiarySkill)
export class BeneficiarySkillResolver {
  @FieldResolver(() => Skill)
  async skill(@Root() record: BeneficiarySkill, @Ctx() ctx: PonteContext): Promise<Skill> {
    return (await ctx.loaders.followOne<Skill>(BENEFICIARY_LINKS.BeneficiarySkill.skill, record))!;
  }
}

@Resolver(() => CaseStatusChange)
export class CaseStatusChangeResolver {
  @FieldResolver(() => Operator, { nullable: true })
  changedBy(@Root() change: CaseStatusChange, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return change.changedById ? ctx.loaders.byId(Operator).load(change.changedById) : null;
  }
}

@Resolver(() => WorkConstraints)
export class WorkConstraintsResolver {
  @FieldResolver(() => [Occupation])
  async preferredOccupations(@Root() constraints: WorkConstraints, @Ctx() ctx: PonteContext): Promise<Occupation[]> {
    const found = await ctx.loaders.byId(Occupation).loadMany(constraints.preferredOccupationIds);
    return found.filter((o): o is Occupation => o instanceof Occupation);
  }
}
