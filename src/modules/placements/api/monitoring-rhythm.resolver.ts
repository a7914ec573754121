import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PonteContext } from '../../auth/context';
import { monitoringRhythms, setMonitoringRhythm } from '../monitoring-rhythm.service';
import { PlacementKind } from '../placement.enums';
import { MonitoringRhythm, MonitoringRhythmStepInput } from './placements.types';

@Resolver()
export class MonitoringRhythmResolver {
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
}
