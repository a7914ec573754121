import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PonteContext } from '../../auth/context';
import { parseOptionalId } from '../../../graphql/ids';
import { Operator } from '../../operators/operator.entity';
import { changePlacementStatus, convertPlacementToHiring } from '../placement-lifecycle.service';
import { PlacementStatusChange } from '../placement-status-change.entity';
import { Placement } from '../placement.entity';
import { PlacementStatus } from '../placement.enums';
import { ChangePlacementStatusInput, ConvertToHiringInput, ConvertToHiringPayload } from './placements.types';
import { GlobalIdArg } from '../../../graphql/global-id-arg';

@Resolver(() => Placement)
export class PlacementLifecycleResolver {
  @Mutation(() => Placement, {
    description:
      'Moves a placement along its state machine: ACTIVE confirms a proposal (taking one of the opening’s positions, ' +
      'CONFLICT when none is left) or resumes a suspension; SUSPENDED, COMPLETED (with outcome), ENDED_EARLY (with reason); ' +
      'WITHDRAWN (with reason) for a proposal that will not start',
  })
  changePlacementStatus(
    @GlobalIdArg('id', 'Placement') id: string,
    @Arg('input') input: ChangePlacementStatusInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    return changePlacementStatus(
      ctx.dataSource,
      id,
      {
        status: input.status,
        effectiveOn: input.effectiveOn ?? null,
        reason: input.reason ?? null,
        outcome: input.outcome ?? null,
      },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => Placement, { description: 'Confirms a proposed placement: same as changePlacementStatus to ACTIVE' })
  confirmPlacement(
    @GlobalIdArg('id', 'Placement') id: string,
    @Arg('startsOn', () => LocalDateResolver, { nullable: true, description: 'The actual first day, when it changed' })
    startsOn: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<Placement> {
    return changePlacementStatus(
      ctx.dataSource,
      id,
      { status: PlacementStatus.ACTIVE, effectiveOn: startsOn ?? null, reason: null, outcome: null },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => ConvertToHiringPayload, {
    description: 'An active internship or work trial becomes a hiring with the same employer',
  })
  convertPlacementToHiring(
    @GlobalIdArg('id', 'Placement') id: string,
    @Arg('input') input: ConvertToHiringInput,
    @Ctx() ctx: PonteContext,
  ): Promise<ConvertToHiringPayload> {
    return convertPlacementToHiring(
      ctx.dataSource,
      id,
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
}

@Resolver(() => PlacementStatusChange)
export class PlacementStatusChangeResolver {
  @FieldResolver(() => Operator, { nullable: true })
  changedBy(@Root() change: PlacementStatusChange, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return change.changedById ? ctx.loaders.byId(Operator).load(change.changedById) : null;
  }
}
