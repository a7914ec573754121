import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksNodeIdsOnly } from '../../graphql/pagination';
import { PonteContext } from '../auth/context';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { Operator } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { EmployerSite } from './employer-site.entity';
import { Employer } from './employer.entity';
import {
  CreateEmployerInput,
  EmployerConnection,
  EmployerConnectionArgs,
  EmployerSiteInput,
  RecordHeadcountInput,
  UpdateEmployerInput,
  UpdateEmployerSiteInput,
} from './employers.types';
import {
  addEmployerSite,
  createEmployer,
  listEmployers,
  recordHeadcountSnapshot,
  updateEmployer,
  updateEmployerSite,
} from './employers.service';
import { HeadcountSnapshot } from './headcount-snapshot.entity';
import { GlobalIdArg } from '../../graphql/global-id-arg';
import { childrenLink, firstChildLink, LinkTable, parentLink } from '../../graphql/links';

/** Snapshots in one order everywhere, so `headcountSnapshots` and `latestHeadcount` share one loader. */
const LATEST_FIRST = { referenceDate: 'DESC' } as const;

/** Where an employer's and a site's fields lead, for their resolvers and for direct reads. */
export const EMPLOYER_LINKS = {
  Employer: {
    sites: childrenLink(EmployerSite, 'employerId', { isHeadquarters: 'DESC', name: 'ASC' }),
    liaisonOperator: parentLink<Employer, Operator>(Operator, 'liaisonOperatorId'),
    headcountSnapshots: childrenLink(HeadcountSnapshot, 'employerId', LATEST_FIRST),
    latestHeadcount: firstChildLink(HeadcountSnapshot, 'employerId', LATEST_FIRST),
  },
  EmployerSite: {
    employer: parentLink<EmployerSite, Employer>(Employer, 'employerId'),
    municipality: parentLink<EmployerSite, Municipality>(Municipality, 'municipalityId'),
  },
  HeadcountSnapshot: { employer: parentLink<HeadcountSnapshot, Employer>(Employer, 'employerId') },
} as const satisfies LinkTable;

function withMunicipalityKey(site: EmployerSiteInput, field: string): EmployerSiteInput {
  return { ...site, municipalityId: parseId(site.municipalityId, 'Municipality', `${field}.municipalityId`) };
}

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => Employer, {
    nullable: true,
    description:
      'One employer by its global ID, with the same access rules as `node`; null when it does not exist or is not visible',
  })
  employer(
    @GlobalIdArg('id', 'Employer', { description: 'The employer’s global ID' }) id: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Employer | null> {
    return ctx.loaders.byId(Employer).load(id);
  }
  @Query(() => EmployerConnection, { description: 'Employers by legal name' })
  employers(
    @Args() args: EmployerConnectionArgs,
    @Ctx() ctx: PonteContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EmployerConnection> {
    const filter = args.filter ?? {};
    return listEmployers(
      ctx.dataSource.manager,
      {
        ...filter,
        municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'),
        liaisonOperatorId: parseOptionalId(filter.liaisonOperatorId, 'Operator', 'filter.liaisonOperatorId'),
      },
      // Employers are read by every staff member: no access rule looks at more than their id.
      { ...args, nodeIdsOnly: asksNodeIdsOnly(info), nodesAlong: ctx.direct?.nodesOf(info) },
      ctx.config,
      args.orderBy,
    );
  }

  @Mutation(() => Employer, { description: 'Registers an employer with its sites, all or nothing' })
  createEmployer(@Arg('input') input: CreateEmployerInput, @Ctx() ctx: PonteContext): Promise<Employer> {
    return createEmployer(ctx.dataSource, {
      ...input,
      liaisonOperatorId: parseOptionalId(input.liaisonOperatorId, 'Operator', 'input.liaisonOperatorId'),
      sites: input.sites?.map((site, i) => withMunicipalityKey(site, `input.sites.${i}`)),
    });
  }

  @Mutation(() => Employer, { description: 'Corrects an employer’s details; absent fields are kept' })
  updateEmployer(
    @GlobalIdArg('id', 'Employer') id: string,
    @Arg('input') input: UpdateEmployerInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Employer> {
    return updateEmployer(ctx.dataSource, id, {
      ...input,
      liaisonOperatorId: parseOptionalId(input.liaisonOperatorId, 'Operator', 'input.liaisonOperatorId'),
    });
  }

  @Mutation(() => EmployerSite)
  addEmployerSite(
    @GlobalIdArg('employerId', 'Employer') employerId: string,
    @Arg('input') input: EmployerSiteInput,
    @Ctx() ctx: PonteContext,
  ): Promise<EmployerSite> {
    return addEmployerSite(ctx.dataSource, employerId, withMunicipalityKey(input, 'input'));
  }

  @Mutation(() => EmployerSite, { description: 'Corrects a site; absent fields are kept' })
  updateEmployerSite(
    @GlobalIdArg('id', 'EmployerSite') id: string,
    @Arg('input') input: UpdateEmployerSiteInput,
    @Ctx() ctx: PonteContext,
  ): Promise<EmployerSite> {
    return updateEmployerSite(ctx.dataSource, id, {
      ...input,
      municipalityId:
        input.municipalityId === undefined
          ? undefined
          : parseId(input.municipalityId, 'Municipality', 'input.municipalityId'),
    });
  }

  @Mutation(() => HeadcountSnapshot, { description: 'Records the workforce at a date (one snapshot per date)' })
  recordHeadcountSnapshot(
    @GlobalIdArg('employerId', 'Employer') employerId: string,
    @Arg('input') input: RecordHeadcountInput,
    @Ctx() ctx: PonteContext,
  ): Promise<HeadcountSnapshot> {
    return recordHeadcountSnapshot(ctx.dataSource.manager, employerId, input);
  }

  @FieldResolver(() => [EmployerSite], { description: 'The headquarters first, then by name' })
  sites(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<EmployerSite[]> {
    return ctx.loaders.followMany(EMPLOYER_LINKS.Employer.sites, employer);
  }

  @FieldResolver(() => Operator, { nullable: true })
  liaisonOperator(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<Operator | null> {
    return ctx.loaders.followOne(EMPLOYER_LINKS.Employer.liaisonOperator, employer);
  }

  @FieldResolver(() => [HeadcountSnapshot], { description: 'Latest first' })
  headcountSnapshots(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<HeadcountSnapshot[]> {
    return ctx.loaders.followMany(EMPLOYER_LINKS.Employer.headcountSnapshots, employer);
  }

  @FieldResolver(() => HeadcountSnapshot, { nullable: true, description: 'Null until a headcount is recorded' })
  async latestHeadcount(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<HeadcountSnapshot | null> {
    return ctx.loaders.followOne(EMPLOYER_LINKS.Employer.latestHeadcount, employer);
  }
}

@Resolver(() => EmployerSite)
export class EmployerSiteResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() site: EmployerSite, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.followOne<Employer>(EMPLOYER_LINKS.EmployerSite.employer, site))!;
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() site: EmployerSite, @Ctx() ctx: PonteContext): Promise<Municipality> {
    return (await ctx.loaders.followOne<Municipality>(EMPLOYER_LINKS.EmployerSite.municipality, site))!;
  }
}

@Resolver(() => HeadcountSnapshot)
export class HeadcountSnapshotResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() snapshot: HeadcountSnapshot, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.followOne<Employer>(EMPLOYER_LINKS.HeadcountSnapshot.employer, snapshot))!;
  }
}
