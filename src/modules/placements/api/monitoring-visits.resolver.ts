import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../../auth/context';
import { parseOptionalId } from '../../../graphql/ids';
import { Operator } from '../../operators/operator.entity';
import { cancelMonitoringVisit, planMonitoringVisit, recordMonitoringVisit } from '../monitoring-visits.service';
import { MonitoringVisit } from '../monitoring-visit.entity';
import { Placement } from '../placement.entity';
import { PlanMonitoringVisitInput, RecordMonitoringVisitInput } from './placements.types';
import { GlobalIdArg } from '../../../graphql/global-id-arg';

@Resolver(() => MonitoringVisit)
export class MonitoringVisitResolver {
  @Mutation(() => MonitoringVisit)
  planMonitoringVisit(
    @GlobalIdArg('placementId', 'Placement') placementId: string,
    @Arg('input') input: PlanMonitoringVisitInput,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return planMonitoringVisit(
      ctx.dataSource,
      placementId,
      {
        plannedOn: input.plannedOn,
        notes: input.notes,
        operatorId: parseOptionalId(input.operatorId, 'Operator', 'input.operatorId') ?? null,
      },
      ctx.actingOperatorId,
    );
  }

  @Mutation(() => MonitoringVisit, {
    description: 'Records a visit done (completing a planned one, or unplanned); the next one is planned by the rhythm',
  })
  recordMonitoringVisit(
    @GlobalIdArg('placementId', 'Placement') placementId: string,
    @Arg('input') input: RecordMonitoringVisitInput,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return recordMonitoringVisit(
      ctx.dataSource,
      placementId,
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
    @GlobalIdArg('id', 'MonitoringVisit') id: string,
    @Arg('reason', { defaultValue: '' }) reason: string,
    @Ctx() ctx: PonteContext,
  ): Promise<MonitoringVisit> {
    return cancelMonitoringVisit(ctx.dataSource, id, reason);
  }

  @FieldResolver(() => Placement)
  async placement(@Root() visit: MonitoringVisit, @Ctx() ctx: PonteContext): Promise<Placement> {
    return (await ctx.loaders.byId(Placement).load(visit.placementId))!;
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'Who goes (planned) or went (done)' })
  operator(@Root() visit: MonitoringVisit, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return visit.operatorId ? ctx.loaders.byId(Operator).load(visit.operatorId) : null;
  }
}
