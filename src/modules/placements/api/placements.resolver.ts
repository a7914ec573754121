import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../../auth/context';
import { parseId, parseOptionalId } from '../../../graphql/ids';
import { stripUndefined } from '../../../graphql/inputs';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { Employer } from '../../employers/employer.entity';
import { Opening } from '../../openings/opening.entity';
import { Operator } from '../../operators/operator.entity';
import { MatchEvidenceResolver, PlacementMatchEvidenceResolver } from './match-evidence.resolver';
import { MonitoringRhythmResolver } from './monitoring-rhythm.resolver';
import { MonitoringVisitResolver } from './monitoring-visits.resolver';
import { MonitoringVisit } from '../monitoring-visit.entity';
import { PlacementLifecycleResolver, PlacementStatusChangeResolver } from './placement-lifecycle.resolver';
import { PlacementStatusChange } from '../placement-status-change.entity';
import { allowedNextPlacementStatuses, holdsPosition, isPlannedOn } from '../rules/placement-transitions';
import { LocalDateResolver } from 'graphql-scalars';
import { todayInItaly } from '../../../config/calendar';
import { Placement } from '../placement.entity';
import { PlacementStatus } from '../placement.enums';
import { listPlacements, proposePlacement, updatePlacement } from '../placements.service';
import {
  PlacementConnection,
  PlacementConnectionArgs,
  ProposePlacementInput,
  UpdatePlacementInput,
} from './placements.types';
import { WorklistResolver } from './worklist.resolver';
import { GlobalIdArg } from '../../../graphql/global-id-arg';

/*
 * Listing, proposing and correcting placements, and the fields of a placement. Status changes and conversion to
 * hiring are in placement-lifecycle.resolver.ts, visits in monitoring-visits.resolver.ts, the rhythm in
 * monitoring-rhythm.resolver.ts, the worklist in worklist.resolver.ts.
 */

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => Placement, {
    nullable: true,
    description:
      'One placement by its global ID, with the same access rules as `node`; null when it does not exist or is not visible',
  })
  placement(
    @GlobalIdArg('id', 'Placement', { description: 'The placement’s global ID' }) id: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement | null> {
    return ctx.loaders.byId(Placement).load(id);
  }
  @Query(() => PlacementConnection, { description: 'Placements, newest first unless `orderBy` asks otherwise' })
  placements(@Args() args: PlacementConnectionArgs, @Ctx() ctx: PonteContext): Promise<PlacementConnection> {
    const filter = args.filter ?? {};
    return listPlacements(
      ctx.dataSource.manager,
      {
        ...filter,
        beneficiaryId: parseOptionalId(filter.beneficiaryId, 'Beneficiary', 'filter.beneficiaryId'),
        openingId: parseOptionalId(filter.openingId, 'Opening', 'filter.openingId'),
        employerId: parseOptionalId(filter.employerId, 'Employer', 'filter.employerId'),
        tutorId: parseOptionalId(filter.tutorId, 'Operator', 'filter.tutorId'),
      },
      args,
      ctx.config,
      args.orderBy,
    );
  }

  @Mutation(() => Placement, {
    description: 'Proposes a placement (PROPOSED); it takes a position only when confirmed',
  })
  proposePlacement(@Arg('input') input: ProposePlacementInput, @Ctx() ctx: PonteContext): Promise<Placement> {
    return proposePlacement(
      ctx.dataSource,
      {
        beneficiaryId: parseId(input.beneficiaryId, 'Beneficiary', 'input.beneficiaryId'),
        kind: input.kind,
        openingId: parseOptionalId(input.openingId, 'Opening', 'input.openingId') ?? null,
        employerId: parseOptionalId(input.employerId, 'Employer', 'input.employerId') ?? null,
        startsOn: input.startsOn,
        plannedEndOn: input.plannedEndOn ?? null,
        weeklyHours: input.weeklyHours ?? null,
        tutorId: parseOptionalId(input.tutorId, 'Operator', 'input.tutorId') ?? null,
        companyTutor: input.companyTutor ?? null,
        monthlyAllowanceCents: input.monthlyAllowanceCents ?? null,
        contractType: input.contractType ?? null,
        countsTowardQuota: input.countsTowardQuota ?? null,
        notes: input.notes,
      },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => Placement, { description: 'Corrects a placement’s details; absent fields are kept' })
  updatePlacement(
    @GlobalIdArg('id', 'Placement') id: string,
    @Arg('input') input: UpdatePlacementInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    const changes = stripUndefined(input);
    return updatePlacement(ctx.dataSource, id, {
      ...changes,
      tutorId: input.tutorId === undefined ? undefined : parseOptionalId(input.tutorId, 'Operator', 'input.tutorId'),
    });
  }

  @FieldResolver(() => Boolean, {
    description:
      'Confirmed ahead of its first day (a hiring signed before it starts): true until startsOn, false from that day',
  })
  planned(
    @Root() placement: Placement,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The day to answer for; default today' })
    asOf: string | null,
  ): boolean {
    return isPlannedOn(placement, asOf ?? todayInItaly());
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(placement.beneficiaryId))!;
  }

  @FieldResolver(() => Opening, { nullable: true })
  opening(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Opening | null> | null {
    return placement.openingId ? ctx.loaders.byId(Opening).load(placement.openingId) : null;
  }

  @FieldResolver(() => Employer, { nullable: true })
  employer(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Employer | null> | null {
    return placement.employerId ? ctx.loaders.byId(Employer).load(placement.employerId) : null;
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The service’s tutor' })
  tutor(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return placement.tutorId ? ctx.loaders.byId(Operator).load(placement.tutorId) : null;
  }

  @FieldResolver(() => Operator, { nullable: true })
  proposedBy(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return placement.proposedById ? ctx.loaders.byId(Operator).load(placement.proposedById) : null;
  }

  @FieldResolver(() => Placement, {
    nullable: true,
    description: 'On a hiring: the internship or work trial it came from',
  })
  convertedFrom(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Placement | null> | null {
    return placement.convertedFromId ? ctx.loaders.byId(Placement).load(placement.convertedFromId) : null;
  }

  @FieldResolver(() => Placement, { nullable: true, description: 'On a converted internship: the hiring it became' })
  convertedTo(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<Placement | null> | null {
    return placement.status === PlacementStatus.CONVERTED_TO_HIRING
      ? ctx.loaders.oneBy(Placement, 'convertedFromId').load(placement.id)
      : null;
  }

  @FieldResolver(() => [PlacementStatusChange], { description: 'Every status change, oldest first' })
  history(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<PlacementStatusChange[]> {
    return ctx.loaders.manyBy(PlacementStatusChange, 'placementId', { changedAt: 'ASC' }).load(placement.id);
  }

  @FieldResolver(() => [MonitoringVisit], { description: 'Monitoring visits, by planned date' })
  visits(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<MonitoringVisit[]> {
    return ctx.loaders
      .manyBy(MonitoringVisit, 'placementId', { plannedOn: 'ASC', createdAt: 'ASC' })
      .load(placement.id);
  }

  @FieldResolver(() => [PlacementStatus], { description: 'Statuses the placement may move to next' })
  allowedNextStatuses(@Root() placement: Placement): PlacementStatus[] {
    return allowedNextPlacementStatuses(placement.kind, placement.status);
  }
}

/** Placement fields on the types other modules own, kept here so those modules need not know about placements. */
@Resolver(() => Beneficiary)
export class BeneficiaryPlacementsResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description: 'The person’s placements, latest start first (null for roles without case access)',
  })
  placements(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<Placement[]> {
    return ctx.loaders.manyBy(Placement, 'beneficiaryId', { startsOn: 'DESC', createdAt: 'DESC' }).load(beneficiary.id);
  }
}

@Resolver(() => Opening)
export class OpeningPlacementsResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description:
      'Placements on this opening, latest first (null for roles without case access; an operator sees those of their ambito)',
  })
  placements(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<Placement[]> {
    return ctx.loaders.manyBy(Placement, 'openingId', { createdAt: 'DESC' }).load(opening.id);
  }

  @FieldResolver(() => Int, { description: 'Positions held by ACTIVE or SUSPENDED placements' })
  async positionsTaken(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<number> {
    const placements = await ctx.loaders.manyBy(Placement, 'openingId', { createdAt: 'DESC' }).load(opening.id);
    return placements.filter((p) => holdsPosition(p.status)).length;
  }
}

export const PLACEMENT_RESOLVERS = [
  PlacementResolver,
  PlacementLifecycleResolver,
  PlacementStatusChangeResolver,
  MonitoringVisitResolver,
  MonitoringRhythmResolver,
  BeneficiaryPlacementsResolver,
  OpeningPlacementsResolver,
  WorklistResolver,
  PlacementMatchEvidenceResolver,
  MatchEvidenceResolver,
] as const;
