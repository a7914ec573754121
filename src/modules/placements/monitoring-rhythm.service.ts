import { DataSource, EntityManager } from 'typeorm';
import { UserInputError } from '../../graphql/errors';
import { MonitoringRhythmStep } from './monitoring-rhythm.entity';
import { PlacementKind } from './placement.enums';
import { msg } from '../../i18n/message';

// ---------------------------------------------------------------------------------------------------------------
// Configuration: monitoring rhythm

export async function monitoringRhythms(
  manager: EntityManager,
): Promise<Array<{ placementKind: PlacementKind | null; steps: MonitoringRhythmStep[] }>> {
  const steps = await manager.find(MonitoringRhythmStep, { order: { fromDay: 'ASC' } });
  const kinds = [...new Set(steps.map((s) => s.placementKind))].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
  return kinds.map((placementKind) => ({
    placementKind,
    steps: steps.filter((s) => s.placementKind === placementKind),
  }));
}

/**
 * Replaces the rhythm of one kind (null: the default). An empty list removes a kind's own rhythm, so the default
 * applies again; the default itself must start at day 0.
 */
export async function setMonitoringRhythm(
  dataSource: DataSource,
  placementKind: PlacementKind | null,
  steps: Array<{ fromDay: number; everyDays: number }>,
): Promise<Array<{ placementKind: PlacementKind | null; steps: MonitoringRhythmStep[] }>> {
  const days = steps.map((s) => s.fromDay);
  if (new Set(days).size !== days.length) throw new UserInputError(msg('placements.twoStepsStartSame'), 'steps');
  if (placementKind === null && !days.includes(0)) {
    throw new UserInputError(msg('placements.defaultRhythmNeedsStep'), 'steps');
  }
  if (placementKind !== null && steps.length && !days.includes(0)) {
    throw new UserInputError(msg('placements.rhythmNeedsStepDay'), 'steps');
  }
  await dataSource.transaction(async (manager) => {
    await manager.query(`LOCK TABLE monitoring_rhythm IN EXCLUSIVE MODE`);
    await manager.query(`DELETE FROM monitoring_rhythm WHERE placement_kind IS NOT DISTINCT FROM $1`, [placementKind]);
    if (steps.length)
      await manager.insert(
        MonitoringRhythmStep,
        steps.map((s) => ({ ...s, placementKind })),
      );
  });
  return monitoringRhythms(dataSource.manager);
}
