import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
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

/** Snapshots in one order everywhere, so `headcountSnapshots` and `latestHeadcount` share one loader. */
const LATEST_FIRST = { referenceDate: 'DESC' } as const;

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
  employers(@Args() args: EmployerConnectionArgs, @Ctx() ctx: PonteContext): Promise<EmployerConnection> {
    const filter = args.filter ?? {};
    return listEmployers(
      ctx.dataSource.manager,
      {
        ...filter,
        municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'),
        liaisonOperatorId: parseOptionalId(filter.liaisonOperatorId, 'Operator', 'filter.liaisonOperatorId'),
      },
      args,
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
    return ctx.loaders.manyBy(EmployerSite, 'employerId', { isHeadquarters: 'DESC', name: 'ASC' }).load(employer.id);
  }

  @FieldResolver(() => Operator, { nullable: true })
  liaisonOperator(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return employer.liaisonOperatorId ? ctx.loaders.byId(Operator).load(employer.liaisonOperatorId) : null;
  }

  @FieldResolver(() => [HeadcountSnapshot], { description: 'Latest first' })
  headcountSnapshots(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<HeadcountSnapshot[]> {
    return ctx.loaders.manyBy(HeadcountSnapshot, 'employerId', LATEST_FIRST).load(employer.id);
  }

  @FieldResolver(() => HeadcountSnapshot, { nullable: true, description: 'Null until a headcount is recorded' })
  async latestHeadcount(@Root() employer: Employer, @Ctx() ctx: PonteContext): Promise<HeadcountSnapshot | null> {
    const [latest] = await ctx.loaders.manyBy(HeadcountSnapshot, 'employerId', LATEST_FIRST).load(employer.id);
    return latest ?? null;
  }
}

@Resolver(() => EmployerSite)
export class EmployerSiteResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() site: EmployerSite, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.byId(Employer).load(site.employerId))!;
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() site: EmployerSite, @Ctx() ctx: PonteContext): Promise<Municipality> {
    return (await ctx.loaders.byId(Municipality).load(site.municipalityId))!;
  }
}

@Resolver(() => HeadcountSnapshot)
export class HeadcountSnapshotResolver {
  @FieldResolver(() => Employer)
  async employer(@Root() snapshot: HeadcountSnapshot, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.byId(Employer).load(snapshot.employerId))!;
  }
}
