import { Arg, ClassType, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PonteContext } from '../../auth/context';
import { parseId, parseOptionalId } from '../../../graphql/ids';
import { Employer } from '../../employers/employer.entity';
import { Operator } from '../../operators/operator.entity';
import {
  LogConsultancyContactInput,
  RecordQuotaConventionInput,
  RecordQuotaExemptionInput,
  RecordQuotaSuspensionInput,
  RecordHeadcountExclusionsInput,
  RecordPartTimeCoveringWorkersInput,
  RecordQuotaNewHireInput,
  RecordSiteHeadcountsInput,
  SetArt3c3OrganisationInput,
  SetQuotaGroupInput,
} from './quota.inputs';
import {
  endArrangement,
  recordConvention,
  recordExemption,
  recordNewHire,
  recordSuspension,
} from '../quota-arrangements.service';
import {
  logConsultancyContact,
  recordHeadcountExclusions,
  recordPartTimeCoveringWorkers,
  recordSiteHeadcounts,
  setArt3c3Organisation,
  setQuotaGroup,
} from '../quota-liaison.service';
import { Art3c3OrganisationEnum } from './quota.enums';
import { Art3c3Organisation } from '../rules/quota-rules';
import {
  ConsultancyContact,
  HeadcountExclusion,
  PartTimeCoveringWorker,
  QuotaConvention,
  QuotaGroupMembership,
  QuotaNewHire,
  QuotaExemption,
  QuotaSiteHeadcount,
  QuotaSuspension,
} from './quota-records.types';

const employerId = (input: { employerId: string }) => parseId(input.employerId, 'Employer', 'input.employerId');

@Resolver()
export class QuotaMutationResolver {
  @Mutation(() => QuotaExemption, { description: 'Records a partial exemption; its period may not overlap another' })
  recordQuotaExemption(
    @Arg('input') input: RecordQuotaExemptionInput,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaExemption> {
    return recordExemption(ctx.dataSource, employerId(input), input, ctx.actingOperatorId);
  }

  @Mutation(() => QuotaExemption, { description: 'Sets the last day of an exemption' })
  endQuotaExemption(
    @Arg('id', () => ID) id: string,
    @Arg('lastDay', () => LocalDateResolver) lastDay: string,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaExemption> {
    return endArrangement(ctx.dataSource, 'exemption', parseId(id, 'QuotaExemption', 'id'), lastDay);
  }

  @Mutation(() => QuotaSuspension, {
    description: 'Records a suspension of the obligations; its period may not overlap another',
  })
  recordQuotaSuspension(
    @Arg('input') input: RecordQuotaSuspensionInput,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaSuspension> {
    return recordSuspension(ctx.dataSource, employerId(input), input, ctx.actingOperatorId);
  }

  @Mutation(() => QuotaSuspension, { description: 'Sets the last day of a suspension' })
  endQuotaSuspension(
    @Arg('id', () => ID) id: string,
    @Arg('lastDay', () => LocalDateResolver) lastDay: string,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaSuspension> {
    return endArrangement(ctx.dataSource, 'suspension', parseId(id, 'QuotaSuspension', 'id'), lastDay);
  }

  @Mutation(() => QuotaConvention, { description: 'Records a convention with its hiring schedule, all or nothing' })
  recordQuotaConvention(
    @Arg('input') input: RecordQuotaConventionInput,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaConvention> {
    return recordConvention(ctx.dataSource, employerId(input), input, ctx.actingOperatorId);
  }

  @Mutation(() => QuotaConvention, { description: 'Sets the last day of a convention' })
  endQuotaConvention(
    @Arg('id', () => ID) id: string,
    @Arg('lastDay', () => LocalDateResolver) lastDay: string,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaConvention> {
    return endArrangement(ctx.dataSource, 'convention', parseId(id, 'QuotaConvention', 'id'), lastDay);
  }

  @Mutation(() => ConsultancyContact, { description: 'Logs a consultancy contact with a company' })
  logConsultancyContact(
    @Arg('input') input: LogConsultancyContactInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ConsultancyContact> {
    return logConsultancyContact(ctx.dataSource, {
      ...input,
      employerId: employerId(input),
      operatorId: parseOptionalId(input.operatorId, 'Operator', 'input.operatorId') ?? ctx.actingOperatorId,
    });
  }

  @Mutation(() => [QuotaSiteHeadcount], { description: 'Records how a headcount divides among the employer’s sites' })
  recordSiteHeadcounts(
    @Arg('input') input: RecordSiteHeadcountsInput,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaSiteHeadcount[]> {
    return recordSiteHeadcounts(
      ctx.dataSource,
      parseId(input.snapshotId, 'HeadcountSnapshot', 'input.snapshotId'),
      input.sites.map((site, i) => ({
        ...site,
        siteId: parseId(site.siteId, 'EmployerSite', `input.sites.${i}.siteId`),
      })),
    );
  }

  @Mutation(() => [HeadcountExclusion], {
    description: 'Records the workers of a headcount in groups left out of the base that it has no column for',
  })
  recordHeadcountExclusions(
    @Arg('input') input: RecordHeadcountExclusionsInput,
    @Ctx() ctx: PonteContext,
  ): Promise<HeadcountExclusion[]> {
    return recordHeadcountExclusions(
      ctx.dataSource,
      parseId(input.snapshotId, 'HeadcountSnapshot', 'input.snapshotId'),
      input.groups,
    );
  }

  @Mutation(() => QuotaGroupMembership, {
    nullable: true,
    description: 'Records the corporate group of an employer (compensation within the group), or removes it',
  })
  setQuotaGroup(
    @Arg('input') input: SetQuotaGroupInput,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaGroupMembership | null> {
    return setQuotaGroup(ctx.dataSource, employerId(input), input.groupName ?? null, input.since ?? null);
  }

  @Mutation(() => QuotaNewHire, {
    description:
      'Records a new hire that started the obligation of an employer of 15–35 under the gradual regime (until 2017)',
  })
  recordQuotaNewHire(@Arg('input') input: RecordQuotaNewHireInput, @Ctx() ctx: PonteContext): Promise<QuotaNewHire> {
    return recordNewHire(ctx.dataSource, { ...input, employerId: employerId(input) }, ctx.actingOperatorId);
  }

  @Mutation(() => Art3c3OrganisationEnum, {
    nullable: true,
    description: 'Records whether the employer is a party, union or non-profit organisation of art. 3 c.3',
  })
  setArt3c3Organisation(
    @Arg('input') input: SetArt3c3OrganisationInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Art3c3Organisation | null> {
    return setArt3c3Organisation(ctx.dataSource, employerId(input), input.organisation ?? null);
  }

  @Mutation(() => [PartTimeCoveringWorker], {
    description: 'Records which covering workers of a headcount are part-time, with their hours',
  })
  recordPartTimeCoveringWorkers(
    @Arg('input') input: RecordPartTimeCoveringWorkersInput,
    @Ctx() ctx: PonteContext,
  ): Promise<PartTimeCoveringWorker[]> {
    return recordPartTimeCoveringWorkers(
      ctx.dataSource,
      parseId(input.snapshotId, 'HeadcountSnapshot', 'input.snapshotId'),
      input.workers,
    );
  }
}

/** The employer and the recording operator of each kind of arrangement. */
function arrangementResolver<T extends { employerId: string; recordedById: string | null }>(type: ClassType<T>) {
  @Resolver(() => type)
  class ArrangementResolver {
    @FieldResolver(() => Employer)
    async employer(@Root() record: T, @Ctx() ctx: PonteContext): Promise<Employer> {
      return (await ctx.loaders.byId(Employer).load(record.employerId))!;
    }

    @FieldResolver(() => Operator, { nullable: true, description: 'Who recorded it' })
    recordedBy(@Root() record: T, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
      return record.recordedById ? ctx.loaders.byId(Operator).load(record.recordedById) : null;
    }
  }
  return ArrangementResolver;
}

export const ARRANGEMENT_RESOLVERS = [
  arrangementResolver(QuotaExemption),
  arrangementResolver(QuotaSuspension),
  arrangementResolver(QuotaConvention),
] as const;
