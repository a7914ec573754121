import { enumParam } from '../../i18n/translate';
import { DataSource, EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { MonitoringRhythmStep } from './monitoring-rhythm.entity';
import { nextVisitDue, stepsForKind } from './rules/monitoring-rhythm';
import { MonitoringVisit } from './monitoring-visit.entity';
import { holdsPosition } from './rules/placement-transitions';
import { knownActor, lockPlacement, requireOperator } from './placement-write-checks';
import { Placement } from './placement.entity';
import { PlacementKind, PlacementStatus, VisitStatus } from './placement.enums';
import { msg } from '../../i18n/message';

const P = PlacementStatus;

async function rhythmSteps(manager: EntityManager, kind: PlacementKind) {
  return stepsForKind(kind, await manager.find(MonitoringRhythmStep));
}

/** Plans the next visit by the rhythm when the placement runs and has none planned. */
export async function planNextVisitIfNone(
  manager: EntityManager,
  placement: Placement,
  notBefore: string | null,
): Promise<void> {
  if (placement.status !== P.ACTIVE) return;
  const planned = await manager.existsBy(MonitoringVisit, { placementId: placement.id, status: VisitStatus.PLANNED });
  if (planned) return;
  const [last] = await manager.find(MonitoringVisit, {
    where: { placementId: placement.id, status: VisitStatus.DONE },
    order: { doneOn: 'DESC' },
    take: 1,
  });
  let due = nextVisitDue(placement.startsOn, last?.doneOn ?? null, await rhythmSteps(manager, placement.kind));
  if (due === null) return;
  if (notBefore && due < notBefore) due = notBefore;
  await manager.insert(MonitoringVisit, {
    placementId: placement.id,
    status: VisitStatus.PLANNED,
    plannedOn: due,
    operatorId: placement.tutorId,
    notes: '',
  });
}

export async function cancelPlannedVisits(manager: EntityManager, placementId: string): Promise<void> {
  await manager.update(
    MonitoringVisit,
    { placementId, status: VisitStatus.PLANNED },
    { status: VisitStatus.CANCELLED },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Monitoring visits

export async function planMonitoringVisit(
  dataSource: DataSource,
  placementId: string,
  cmd: { plannedOn: string; operatorId: string | null; notes: string },
  actorId: string | null,
): Promise<MonitoringVisit> {
  return dataSource.transaction(async (manager) => {
    const placement = await lockPlacement(manager, placementId, 'placementId');
    if (!holdsPosition(placement.status) && placement.status !== P.PROPOSED) {
      throw new ConflictError(
        msg('placements.placementVisitPlanned', { status: enumParam('PlacementStatus', placement.status) }),
        'placementId',
      );
    }
    if (cmd.plannedOn < placement.startsOn) {
      throw new UserInputError(msg('placements.visitPlannedBeforePlacement'), 'input.plannedOn');
    }
    const operatorId = cmd.operatorId ?? placement.tutorId ?? (await knownActor(manager, actorId));
    if (cmd.operatorId) await requireOperator(manager, cmd.operatorId, 'input.operatorId');
    return manager.save(
      manager.create(MonitoringVisit, {
        placementId,
        status: VisitStatus.PLANNED,
        plannedOn: cmd.plannedOn,
        operatorId,
        notes: cmd.notes,
      }),
    );
  });
}

/**
 * Records a visit done: completes the planned visit given, or records an unplanned one. When the placement still
 * runs and has no other visit planned, the next one is planned by the rhythm.
 */
export async function recordMonitoringVisit(
  dataSource: DataSource,
  placementId: string,
  cmd: {
    visitId: string | null;
    doneOn: string;
    outcome: MonitoringVisit['outcome'];
    notes: string;
    operatorId: string | null;
  },
  actorId: string | null,
  today = todayInItaly(),
): Promise<MonitoringVisit> {
  if (cmd.doneOn > today) throw new UserInputError(msg('placements.visitDoneFuture'), 'input.doneOn');
  return dataSource.transaction(async (manager) => {
    const placement = await lockPlacement(manager, placementId, 'placementId');
    if (!placement.startedAt) {
      throw new ConflictError(msg('placements.placementStartedThereNothing'), 'placementId');
    }
    if (cmd.doneOn < placement.startsOn || (placement.endedOn && cmd.doneOn > placement.endedOn)) {
      throw new UserInputError(msg('placements.visitDateOutsidePlacement'), 'input.doneOn');
    }
    if (cmd.operatorId) await requireOperator(manager, cmd.operatorId, 'input.operatorId');
    const operatorId = cmd.operatorId ?? (await knownActor(manager, actorId)) ?? placement.tutorId;
    if (!operatorId) throw new UserInputError(msg('placements.sayWhoDidVisit'), 'input.operatorId');

    let visit: MonitoringVisit;
    if (cmd.visitId) {
      const planned = await manager.findOne(MonitoringVisit, {
        where: { id: cmd.visitId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!planned || planned.placementId !== placementId) throw new NotFoundError('MonitoringVisit', 'input.visitId');
      if (planned.status !== VisitStatus.PLANNED) {
        throw new ConflictError(
          msg('placements.visitAlready', { status: enumParam('MonitoringVisitStatus', planned.status) }),
          'input.visitId',
        );
      }
      visit = planned;
    } else {
      visit = manager.create(MonitoringVisit, { placementId, plannedOn: cmd.doneOn });
    }
    Object.assign(visit, {
      status: VisitStatus.DONE,
      doneOn: cmd.doneOn,
      outcome: cmd.outcome,
      notes: cmd.notes,
      operatorId,
    });
    visit = await manager.save(visit);
    await planNextVisitIfNone(manager, placement, null);
    return visit;
  });
}

export async function cancelMonitoringVisit(
  dataSource: DataSource,
  id: string,
  reason: string,
): Promise<MonitoringVisit> {
  return dataSource.transaction(async (manager) => {
    const visit = await manager.findOne(MonitoringVisit, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!visit) throw new NotFoundError('MonitoringVisit');
    if (visit.status !== VisitStatus.PLANNED)
      throw new ConflictError(
        msg('placements.visitAlready2', { status: enumParam('MonitoringVisitStatus', visit.status) }),
        'id',
      );
    visit.status = VisitStatus.CANCELLED;
    const note = reason.trim();
    if (note) visit.notes = visit.notes ? `${visit.notes}\n${note}` : note;
    return manager.save(visit);
  });
}
