import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PonteContext } from '../../auth/context';
import { parseId, parseOptionalId } from '../../../graphql/ids';
import { Employer } from '../../employers/employer.entity';
import { ateco2025Of } from '../../employers/ateco-2025';
import { EmployerSite } from '../../employers/employer-site.entity';
import { HeadcountSnapshot } from '../../employers/headcount-snapshot.entity';
import { Operator } from '../../operators/operator.entity';
import { todayInItaly } from '../../../config/calendar';
import { isActive } from '../rules/quota-arrangements';
import { quotaDashboard } from '../quota-dashboard';
import { ProspettoInformativo, RecordProspettoSubmissionInput, toProspettoStatusType } from './prospetto.types';
import { prospettoInformativo, recordProspettoSubmission } from '../prospetto.service';
import { QuotaDashboardArgs } from './quota.inputs';
import {
  art3c3OrganisationLoader,
  atecoCorrespondenceLoader,
  employerRecordsLoader,
  quotaGroupLoader,
  headcountExclusionsLoader,
  partTimeCoverLoader,
  quotaLoader,
  siteHeadcountsLoader,
} from '../reads/quota.loaders';
import { listRuleVersions } from '../quota.service';
import { Art3c3OrganisationEnum } from './quota.enums';
import { Art3c3Organisation } from '../rules/quota-rules';
import { QuotaBreakdown, QuotaRuleVersionType, SiteQuotaType, toBreakdown, toRuleVersionType } from './quota.types';
import { QuotaDashboardConnection } from './quota-dashboard.types';
import { ARRANGEMENT_RESOLVERS, QuotaMutationResolver } from './quota-records.resolver';
import {
  Ateco2025,
  ConsultancyContact,
  HeadcountExclusion,
  PartTimeCoveringWorker,
  ProspettoSubmission,
  QuotaGroupMembership,
  QuotaConvention,
  QuotaExemption,
  QuotaSiteHeadcount,
  QuotaSuspension,
} from './quota-records.types';

@Resolver()
export class QuotaQueryResolver {
  @Query(() => QuotaDashboardConnection, {
    description:
      'Employers with their Law 68/99 shortfall, sanction exposure and last contact; most units missing first by default',
  })
  async quotaDashboard(@Args() args: QuotaDashboardArgs, @Ctx() ctx: PonteContext): Promise<QuotaDashboardConnection> {
    const filter = args.filter ?? { onlyUncovered: false };
    const asOf = args.asOf ?? todayInItaly();
    const connection = await quotaDashboard(
      ctx.dataSource.manager,
      { ...filter, municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId') },
      args.orderBy,
      asOf,
      args,
      ctx.config,
    );
    // The page computed every quota: Employer.quota on the same date finds it without computing again.
    for (const { node } of connection.edges) quotaLoader(ctx, asOf).prime(node.employer.id, node.quota);
    return connection;
  }

  @Query(() => ProspettoInformativo, { description: 'The annual report’s data on 31 December of the year' })
  async prospettoInformativo(
    @Arg('employerId', () => ID) employerId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: PonteContext,
  ): Promise<ProspettoInformativo> {
    const id = parseId(employerId, 'Employer', 'employerId');
    const report = await prospettoInformativo(ctx.dataSource.manager, id, year);
    ctx.loaders.byId(Employer).prime(id, report.employer);
    return {
      ...toProspettoStatusType(report.status),
      employerId: id,
      snapshotId: report.snapshotId,
      referenceDate: report.referenceDate,
      quota: toBreakdown(report.quota),
      csv: report.csv,
    };
  }

  @Mutation(() => ProspettoSubmission, {
    description: 'Records that the report for a year was sent; what it declared is the quota on 31 December',
  })
  recordProspettoSubmission(
    @Arg('input') input: RecordProspettoSubmissionInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ProspettoSubmission> {
    const employerId = parseId(input.employerId, 'Employer', 'input.employerId');
    return recordProspettoSubmission(ctx.dataSource, { ...input, employerId }, ctx.actingOperatorId);
  }

  @Query(() => [QuotaRuleVersionType], { description: 'The Law 68/99 figures, one version per period, oldest first' })
  async quotaRuleVersions(@Ctx() ctx: PonteContext): Promise<QuotaRuleVersionType[]> {
    return (await listRuleVersions(ctx.dataSource.manager)).map(toRuleVersionType);
  }
}

@Resolver(() => Employer)
export class EmployerQuotaResolver {
  @FieldResolver(() => QuotaBreakdown, {
    description: 'The Law 68/99 position on a date (today by default), step by step',
  })
  quota(
    @Root() employer: Employer,
    @Arg('asOf', () => LocalDateResolver, { nullable: true }) asOf: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<QuotaBreakdown> {
    return quotaLoader(ctx, asOf ?? todayInItaly()).load(employer.id);
  }

  @FieldResolver(() => [QuotaExemption], { description: 'Partial exemptions, latest first' })
  quotaExemptions(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<QuotaExemption[]> {
    return employerRecordsLoader(ctx, 'exemption').load(employer.id);
  }

  @FieldResolver(() => [QuotaSuspension], { description: 'Suspensions of the obligations, latest first' })
  quotaSuspensions(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<QuotaSuspension[]> {
    return employerRecordsLoader(ctx, 'suspension').load(employer.id);
  }

  @FieldResolver(() => [QuotaConvention], { description: 'Conventions, latest first' })
  quotaConventions(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<QuotaConvention[]> {
    return employerRecordsLoader(ctx, 'convention').load(employer.id);
  }

  @FieldResolver(() => Art3c3OrganisationEnum, {
    nullable: true,
    description: 'Party, union or non-profit organisation of L. 68/99 art. 3 c.3; null: none',
  })
  art3c3Organisation(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<Art3c3Organisation | null> {
    return art3c3OrganisationLoader(ctx).load(employer.id);
  }

  @FieldResolver(() => Ateco2025, { description: 'The ATECO 2025 code, for the sector rules and the reports' })
  async ateco2025(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<Ateco2025> {
    return ateco2025Of(
      employer.atecoVersion,
      employer.atecoCode,
      await atecoCorrespondenceLoader(ctx).load(employer.atecoCode),
    );
  }

  @FieldResolver(() => QuotaGroupMembership, {
    nullable: true,
    description: 'Corporate group whose companies compensate their disabled quotas',
  })
  quotaGroup(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<QuotaGroupMembership | null> {
    return quotaGroupLoader(ctx).load(employer.id);
  }

  @FieldResolver(() => [ProspettoSubmission], { description: 'Annual reports sent, latest year first' })
  prospettoSubmissions(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<ProspettoSubmission[]> {
    return employerRecordsLoader(ctx, 'prospetto').load(employer.id);
  }

  @FieldResolver(() => [ConsultancyContact], { description: 'Consultancy contacts, latest first' })
  consultancyContacts(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<ConsultancyContact[]> {
    return employerRecordsLoader(ctx, 'contact').load(employer.id);
  }
}

@Resolver(() => ProspettoInformativo)
export class ProspettoResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() report: ProspettoInformativo, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.byId(Employer).load(report.employerId))!;
  }

  @FieldResolver(() => HeadcountSnapshot, {
    description: 'The headcount the report is based on: the latest on or before 31 December',
  })
  async headcount(@Root() report: ProspettoInformativo, @Ctx() ctx: PonteContext): Promise<HeadcountSnapshot> {
    return (await ctx.loaders.byId(HeadcountSnapshot).load(report.snapshotId))!;
  }

  @FieldResolver(() => [QuotaExemption], { description: 'Exemptions in force on 31 December' })
  async exemptions(@Root() report: ProspettoInformativo, @Ctx() ctx: PonteContext): Promise<QuotaExemption[]> {
    return (await employerRecordsLoader(ctx, 'exemption').load(report.employerId)).filter((r) =>
      isActive(r, report.referenceDate),
    );
  }

  @FieldResolver(() => [QuotaSuspension], { description: 'Suspensions in force on 31 December' })
  async suspensions(@Root() report: ProspettoInformativo, @Ctx() ctx: PonteContext): Promise<QuotaSuspension[]> {
    return (await employerRecordsLoader(ctx, 'suspension').load(report.employerId)).filter((r) =>
      isActive(r, report.referenceDate),
    );
  }

  @FieldResolver(() => [QuotaConvention], { description: 'Conventions in force on 31 December' })
  async conventions(@Root() report: ProspettoInformativo, @Ctx() ctx: PonteContext): Promise<QuotaConvention[]> {
    return (await employerRecordsLoader(ctx, 'convention').load(report.employerId)).filter((r) =>
      isActive(r, report.referenceDate),
    );
  }
}

@Resolver(() => ConsultancyContact)
export class ConsultancyContactResolver {
  @FieldResolver(() => Operator)
  async operator(@Root() contact: ConsultancyContact, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(contact.operatorId))!;
  }

  @FieldResolver(() => Employer)
  async employer(@Root() contact: ConsultancyContact, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.byId(Employer).load(contact.employerId))!;
  }
}

@Resolver(() => SiteQuotaType)
export class SiteQuotaResolver {
  @FieldResolver(() => EmployerSite)
  async site(@Root() share: SiteQuotaType, @Ctx() ctx: PonteContext): Promise<EmployerSite> {
    return (await ctx.loaders.byId(EmployerSite).load(share.siteId))!;
  }
}

@Resolver(() => QuotaSiteHeadcount)
export class QuotaSiteHeadcountResolver {
  @FieldResolver(() => EmployerSite)
  async site(@Root() record: QuotaSiteHeadcount, @Ctx() ctx: PonteContext): Promise<EmployerSite> {
    return (await ctx.loaders.byId(EmployerSite).load(record.siteId))!;
  }
}

@Resolver(() => HeadcountSnapshot)
export class HeadcountSiteBreakdownResolver {
  @FieldResolver(() => [QuotaSiteHeadcount], {
    description: 'Per-site breakdown for compensation among sites; empty if not recorded',
  })
  siteBreakdown(@Root() snapshot: HeadcountSnapshot, @Ctx() ctx: PonteContext): Promise<QuotaSiteHeadcount[]> {
    return siteHeadcountsLoader(ctx).load(snapshot.id);
  }

  @FieldResolver(() => [HeadcountExclusion], {
    description: 'Workers in groups left out of the base that the headcount has no column for',
  })
  otherExclusions(@Root() snapshot: HeadcountSnapshot, @Ctx() ctx: PonteContext): Promise<HeadcountExclusion[]> {
    return headcountExclusionsLoader(ctx).load(snapshot.id);
  }

  @FieldResolver(() => [PartTimeCoveringWorker], {
    description: 'The part-timers among the covering workers; they count by their hours',
  })
  partTimeCoveringWorkers(
    @Root() snapshot: HeadcountSnapshot,
    @Ctx() ctx: PonteContext,
  ): Promise<PartTimeCoveringWorker[]> {
    return partTimeCoverLoader(ctx).load(snapshot.id);
  }
}

export const QUOTA_RESOLVERS = [
  QuotaQueryResolver,
  EmployerQuotaResolver,
  ProspettoResolver,
  ConsultancyContactResolver,
  SiteQuotaResolver,
  QuotaSiteHeadcountResolver,
  HeadcountSiteBreakdownResolver,
  QuotaMutationResolver,
  ...ARRANGEMENT_RESOLVERS,
] as const;
