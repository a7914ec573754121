import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { todayInItaly } from '../../config/calendar';
import { PonteContext } from '../../graphql/context';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { stripUndefined } from '../../graphql/inputs';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { Employer } from '../employers/employer.entity';
import { Opening } from '../openings/opening.entity';
import { Operator } from '../operators/operator.entity';
import { Referral } from '../referrals/referral.entity';
import { MonitoringVisit } from './monitoring-visit.entity';
import { PlacementStatusChange } from './placement-status-change.entity';
import { allowedNextPlacementStatuses, holdsPosition } from './placement-transitions';
import { Placement } from './placement.entity';
import { PlacementKind, PlacementStatus } from './placement.enums';
import {
  cancelMonitoringVisit,
  changePlacementStatus,
  convertPlacementToHiring,
  listPlacements,
  monitoringRhythms,
  planMonitoringVisit,
  proposePlacement,
  recordMonitoringVisit,
  setMonitoringRhythm,
  updatePlacement,
} from './placements.service';
import {
  ChangePlacementStatusInput,
  ConvertToHiringInput,
  ConvertToHiringPayload,
  MonitoringRhythm,
  MonitoringRhythmStepInput,
  PlacementConnection,
  PlacementConnectionArgs,
  PlanMonitoringVisitInput,
  ProposePlacementInput,
  RecordMonitoringVisitInput,
  UpdatePlacementInput,
  WorklistSettingsInput,
} from './placements.types';
import { operatorWorklist, updateWorklistSettings, worklistSettings } from './worklist.service';
import { WorklistItem } from './worklist.types';
import { WorklistSettings } from './worklist-settings.entity';

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => PlacementConnection, { description: 'Placements, newest first' })
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
    );
  }

  @Mutation(() => Placement, { description: 'Proposes a placement (PROPOSED); it takes a position only when confirmed' })
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
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdatePlacementInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    const changes = stripUndefined(input);
    return updatePlacement(ctx.dataSource, parseId(id, 'Placement', 'id'), {
      ...changes,
      tutorId: input.tutorId === undefined ? undefined : parseOptionalId(input.tutorId, 'Operator', 'input.tutorId'),
    });
  }

  @Mutation(() => Placement, {
    description:
      'Moves a placement along its state machine: ACTIVE confirms a proposal (taking one of the opening’s positions, ' +
      'CONFLICT when none is left) or resumes a suspension; SUSPENDED, COMPLETED (with outcome), ENDED_EARLY (with reason)',
  })
  changePlacementStatus(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ChangePlacementStatusInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    return changePlacementStatus(
      ctx.dataSource,
      parseId(id, 'Placement', 'id'),
      { status: input.status, effectiveOn: input.effectiveOn ?? null, reason: input.reason ?? null, outcome: input.outcome ?? null },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => Placement, { description: 'Confirms a proposed placement: same as changePlacementStatus to ACTIVE' })
  confirmPlacement(
    @Arg('id', () => ID) id: string,
    @Arg('startsOn', () => LocalDateResolver, { nullable: true, description: 'The actual first day, when it changed' })
    startsOn: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    return changePlacementStatus(
      ctx.dataSource,
      parseId(id, 'Placement', 'id'),
      { status: PlacementStatus.ACTIVE, effectiveOn: startsOn ?? null, reason: null, outcome: null },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => ConvertToHiringPayload, {
    description: 'An active internship or work trial becomes a hiring with the same employer',
  })
  convertPlacementToHiring(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ConvertToHiringInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ConvertToHiringPayload> {
    return convertPlacementToHiring(
      ctx.dataSource,
      parseId(id, 'Placement', 'id'),
      {
        startsOn: input.startsOn,
        contractType: input.contractType,
        plannedEndOn: input.plannedEndOn ?? null,
        weeklyHours: input.weeklyHours ?? null,
        openingId: parseOptionalId(input.openingId, 'Opening', 'input.openingId') ?? null,
        countsTowardQuota: input.countsTowardQuota ?? null,
        notes: input.notes,
      },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => MonitoringVisit)
  planMonitoringVisit(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('input') input: PlanMonitoringVisitInput,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return planMonitoringVisit(
      ctx.dataSource,
      parseId(placementId, 'Placement', 'placementId'),
      { plannedOn: input.plannedOn, notes: input.notes, operatorId: parseOptionalId(input.operatorId, 'Operator', 'input.operatorId') ?? null },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => MonitoringVisit, {
    description: 'Records a visit done (completing a planned one, or unplanned); the next one is planned by the rhythm',
  })
  recordMonitoringVisit(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('input') input: RecordMonitoringVisitInput,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return recordMonitoringVisit(
      ctx.dataSource,
      parseId(placementId, 'Placement', 'placementId'),
      {
        visitId: parseOptionalId(input.visitId, 'MonitoringVisit', 'input.visitId') ?? null,
        doneOn: input.doneOn,
        outcome: input.outcome,
        notes: input.notes,
        operatorId: parseOptionalId(input.operatorId, 'Operator', 'input.operatorId') ?? null,
      },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => MonitoringVisit)
  cancelMonitoringVisit(
    @Arg('id', () => ID) id: string,
    @Arg('reason', { defaultValue: '' }) reason: string,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return cancelMonitoringVisit(ctx.dataSource, parseId(id, 'MonitoringVisit', 'id'), reason);
  }

  @Query(() => [MonitoringRhythm], { description: 'The service’s monitoring rhythm, by placement kind' })
  monitoringRhythm(@Ctx() ctx: PonteContext): Promise<MonitoringRhythm[]> {
    return monitoringRhythms(ctx.dataSource.manager);
  }

  @Mutation(() => [MonitoringRhythm], {
    description: 'Replaces the rhythm of a kind (null: the default); an empty list makes the kind use the default',
  })
  setMonitoringRhythm(
    @Arg('placementKind', () => PlacementKind, { nullable: true }) placementKind: PlacementKind | null,
    @Arg('steps', () => [MonitoringRhythmStepInput]) steps: MonitoringRhythmStepInput[],
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringRhythm[]> {
    return setMonitoringRhythm(ctx.dataSource, placementKind ?? null, steps);
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

  @FieldResolver(() => Placement, { nullable: true, description: 'On a hiring: the internship or work trial it came from' })
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
    return ctx.loaders.manyBy(MonitoringVisit, 'placementId', { plannedOn: 'ASC', createdAt: 'ASC' }).load(placement.id);
  }

  @FieldResolver(() => [PlacementStatus], { description: 'Statuses the placement may move to next' })
  allowedNextStatuses(@Root() placement: Placement): PlacementStatus[] {
    return allowedNextPlacementStatuses(placement.kind, placement.status);
  }
}

@Resolver(() => PlacementStatusChange)
export class PlacementStatusChangeResolver {
  @FieldResolver(() => Operator, { nullable: true })
  changedBy(@Root() change: PlacementStatusChange, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return change.changedById ? ctx.loaders.byId(Operator).load(change.changedById) : null;
  }
}

@Resolver(() => MonitoringVisit)
export class MonitoringVisitResolver {
  @FieldResolver(() => Placement)
  async placement(@Root() visit: MonitoringVisit, @Ctx() ctx: PonteContext): Promise<Placement> {
    return (await ctx.loaders.byId(Placement).load(visit.placementId))!;
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'Who goes (planned) or went (done)' })
  operator(@Root() visit: MonitoringVisit, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return visit.operatorId ? ctx.loaders.byId(Operator).load(visit.operatorId) : null;
  }
}

/** Placement fields on the types other modules own, kept here so those modules need not know about placements. */
@Resolver(() => Beneficiary)
export class BeneficiaryPlacementsResolver {
  @FieldResolver(() => [Placement], { description: 'The person’s placements, latest start first' })
  placements(@Root() beneficiary: Beneficiary, @Ctx() ctx: PonteContext): Promise<Placement[]> {
    return ctx.loaders.manyBy(Placement, 'beneficiaryId', { startsOn: 'DESC', createdAt: 'DESC' }).load(beneficiary.id);
  }
}

@Resolver(() => Opening)
export class OpeningPlacementsResolver {
  @FieldResolver(() => [Placement], { description: 'Placements on this opening, latest first' })
  placements(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<Placement[]> {
    return ctx.loaders.manyBy(Placement, 'openingId', { createdAt: 'DESC' }).load(opening.id);
  }

  @FieldResolver(() => Int, { description: 'Positions held by ACTIVE or SUSPENDED placements' })
  async positionsTaken(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<number> {
    const placements = await ctx.loaders.manyBy(Placement, 'openingId', { createdAt: 'DESC' }).load(opening.id);
    return placements.filter((p) => holdsPosition(p.status)).length;
  }
}

@Resolver(() => WorklistItem)
export class WorklistResolver {
  @Query(() => [WorklistItem], {
    description:
      'What the acting operator (X-Operator-Id) has to do, most urgent first: visits due, internships ending, ' +
      'referrals waiting for intake, cases with no contact',
  })
  myWorklist(
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The day to compute it for; default today' })
    asOf: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<WorklistItem[]> {
    if (!ctx.actingOperatorId) {
      throw new GraphQLError('The worklist is the acting operator’s: send the X-Operator-Id header', {
        extensions: { code: 'UNAUTHENTICATED', field: 'X-Operator-Id' },
      });
    }
    return operatorWorklist(ctx.dataSource.manager, ctx.actingOperatorId, asOf ?? todayInItaly());
  }

  @Query(() => WorklistSettings, { description: 'The worklist thresholds, in days' })
  worklistSettings(@Ctx() ctx: PonteContext): Promise<WorklistSettings> {
    return worklistSettings(ctx.dataSource.manager);
  }

  @Mutation(() => WorklistSettings, { description: 'Changes the worklist thresholds; absent fields are kept' })
  updateWorklistSettings(@Arg('input') input: WorklistSettingsInput, @Ctx() ctx: PonteContext): Promise<WorklistSettings> {
    return updateWorklistSettings(ctx.dataSource.manager, stripUndefined(input));
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(item.beneficiaryId))!;
  }

  @FieldResolver(() => Placement, { nullable: true })
  placement(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Placement | null> | null {
    return item.placementId ? ctx.loaders.byId(Placement).load(item.placementId) : null;
  }

  @FieldResolver(() => MonitoringVisit, { nullable: true, description: 'The planned visit, when there is one' })
  visit(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<MonitoringVisit | null> | null {
    return item.visitId ? ctx.loaders.byId(MonitoringVisit).load(item.visitId) : null;
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Referral | null> | null {
    return item.referralId ? ctx.loaders.byId(Referral).load(item.referralId) : null;
  }
}

export const PLACEMENT_RESOLVERS = [
  PlacementResolver,
  PlacementStatusChangeResolver,
  MonitoringVisitResolver,
  BeneficiaryPlacementsResolver,
  OpeningPlacementsResolver,
  WorklistResolver,
] as const;
