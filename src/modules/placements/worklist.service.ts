import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../graphql/errors';
import { Operator, OperatorRole } from '../operators/operator.entity';
import { addDays } from '../../config/calendar';
import { MonitoringRhythmStep } from './monitoring-rhythm.entity';
import { nextVisitDue, stepsForKind } from './rules/monitoring-rhythm';
import { PlacementKind, VisitOutcome } from './placement.enums';
import {
  daysOverdue,
  sortWorklist,
  urgencyOf,
  WorklistEntry,
  WorklistItemKind,
  WorklistUrgency,
} from './rules/worklist';
import { WorklistSettings } from './worklist-settings.entity';
import { Message, msg } from '../../i18n/message';
import { BuiltSql } from '../../db/built-sql';
import { WORKLIST_SQL, WorklistArgs } from './sql/worklist-sql';
import { sessionsToRecord } from '../workshops/reads/sessions-to-record';

export interface WorklistRow extends WorklistEntry {
  urgency: WorklistUrgency;
  daysOverdue: number;
  /** What to do, as a catalogue message: rendered in the request's language at the edge. */
  message: Message;
  placementId: string | null;
  visitId: string | null;
  referralId: string | null;
  referralAssignmentId: string | null;
  /** For a workshop session to record: the session and its workshop (which decides who sees the item). */
  workshopSessionId?: string | null;
  workshopId?: string | null;
}

export async function worklistSettings(manager: EntityManager): Promise<WorklistSettings> {
  return (await manager.findOneBy(WorklistSettings, { id: true }))!;
}

export async function updateWorklistSettings(
  manager: EntityManager,
  input: Partial<
    Pick<WorklistSettings, 'referralWaitingDays' | 'noContactDays' | 'internshipEndingDays' | 'visitAheadDays'>
  >,
): Promise<WorklistSettings> {
  const settings = await worklistSettings(manager);
  Object.assign(settings, input);
  return manager.save(settings);
}

/**
 * What the operator has to do, most urgent first (see compareWorklistEntries). The operator's items: visits they
 * are down to do (or, unassigned, of placements they tutor), internships and work trials they tutor, and the people
 * assigned to them; referrals waiting with nobody assigned go to every operator of the person's ambito (and to staff
 * without an ambito).
 */
export async function operatorWorklist(
  manager: EntityManager,
  operatorId: string,
  today: string,
): Promise<WorklistRow[]> {
  const operator = await manager.findOneBy(Operator, { id: operatorId });
  if (!operator) throw new NotFoundError('Operator');
  const settings = await worklistSettings(manager);
  const entries: WorklistRow[] = [];
  const add = (row: Omit<WorklistRow, 'urgency' | 'daysOverdue'>) =>
    entries.push({ ...row, urgency: urgencyOf(row.dueOn, today), daysOverdue: daysOverdue(row.dueOn, today) });
  const visitHorizon = addDays(today, settings.visitAheadDays);
  const run = (sql: BuiltSql) => manager.query(sql.text, sql.params);
  const args: WorklistArgs = { operatorId, operatorAmbito: operator.ambitoNumber ?? null, today, settings };

  // Visits planned.
  const planned: Array<{
    visitId: string;
    placementId: string;
    beneficiaryId: string;
    dueOn: string;
    kind: PlacementKind;
    lastOutcome: string | null;
    name: string;
  }> = await run(WORKLIST_SQL.plannedVisits(args));
  for (const v of planned) {
    add({
      kind: WorklistItemKind.VISIT_DUE,
      dueOn: v.dueOn,
      atRisk: v.lastOutcome === VisitOutcome.AT_RISK,
      beneficiaryId: v.beneficiaryId,
      sortName: v.name,
      message: msg('worklist.visitPlanned', { placementKind: v.kind }),
      placementId: v.placementId,
      visitId: v.visitId,
      referralId: null,
      referralAssignmentId: null,
    });
  }

  // Running placements the operator tutors with no visit planned: due by the rhythm.
  const unplanned: Array<{
    placementId: string;
    beneficiaryId: string;
    kind: PlacementKind;
    startsOn: string;
    lastDone: string | null;
    lastOutcome: string | null;
    name: string;
  }> = await run(WORKLIST_SQL.unplannedPlacements(args));
  if (unplanned.length) {
    const steps = await manager.find(MonitoringRhythmStep);
    for (const p of unplanned) {
      const due = nextVisitDue(p.startsOn, p.lastDone, stepsForKind(p.kind, steps));
      if (due === null || due > visitHorizon) continue;
      add({
        kind: WorklistItemKind.VISIT_DUE,
        dueOn: due,
        atRisk: p.lastOutcome === VisitOutcome.AT_RISK,
        beneficiaryId: p.beneficiaryId,
        sortName: p.name,
        message: msg('worklist.visitDue', { placementKind: p.kind }),
        placementId: p.placementId,
        visitId: null,
        referralId: null,
        referralAssignmentId: null,
      });
    }
  }

  // Internships and work trials ending soon, or past their planned end and still running.
  const ending: Array<{
    placementId: string;
    beneficiaryId: string;
    kind: PlacementKind;
    dueOn: string;
    lastOutcome: string | null;
    name: string;
  }> = await run(WORKLIST_SQL.internshipsEnding(args));
  for (const p of ending) {
    add({
      kind: WorklistItemKind.INTERNSHIP_ENDING,
      dueOn: p.dueOn,
      atRisk: p.lastOutcome === VisitOutcome.AT_RISK,
      beneficiaryId: p.beneficiaryId,
      sortName: p.name,
      message:
        p.dueOn < today
          ? msg('worklist.internshipOverdue', { placementKind: p.kind })
          : msg('worklist.internshipEnding', { placementKind: p.kind, endsOn: p.dueOn }),
      placementId: p.placementId,
      visitId: null,
      referralId: null,
      referralAssignmentId: null,
    });
  }

  // Referrals waiting for intake longer than allowed.
  const waiting: Array<{ beneficiaryId: string; referralId: string | null; openedOn: string; name: string }> =
    await run(WORKLIST_SQL.referralsWaiting(args));
  for (const w of waiting) {
    add({
      kind: WorklistItemKind.REFERRAL_WAITING,
      dueOn: addDays(w.openedOn, settings.referralWaitingDays),
      atRisk: false,
      beneficiaryId: w.beneficiaryId,
      sortName: w.name,
      message: msg('worklist.referralWaiting', { referredOn: w.openedOn }),
      placementId: null,
      visitId: null,
      referralId: w.referralId,
      referralAssignmentId: null,
    });
  }

  // Open cases with no contact for too long (people waiting for intake are counted above instead).
  const silent: Array<{ beneficiaryId: string; lastContact: string; name: string }> = await run(
    WORKLIST_SQL.silentCases(args),
  );
  for (const s of silent) {
    add({
      kind: WorklistItemKind.NO_CONTACT,
      dueOn: addDays(s.lastContact, settings.noContactDays),
      atRisk: false,
      beneficiaryId: s.beneficiaryId,
      sortName: s.name,
      message: msg('worklist.noContact', { lastContact: s.lastContact }),
      placementId: null,
      visitId: null,
      referralId: null,
      referralAssignmentId: null,
    });
  }

  // Referrals operators could not take on: the coordinator assigns them, the same day.
  if (operator.role === OperatorRole.COORDINATOR) {
    const toAssign: Array<{ id: string; receivedOn: string; name: string }> = await run(
      WORKLIST_SQL.referralsToAssign(args),
    );
    for (const a of toAssign) {
      add({
        kind: WorklistItemKind.REFERRAL_TO_ASSIGN,
        dueOn: a.receivedOn,
        atRisk: false,
        beneficiaryId: null,
        sortName: a.name,
        message: msg('worklist.referralUnassigned', { receivedOn: a.receivedOn }),
        placementId: null,
        visitId: null,
        referralId: null,
        referralAssignmentId: a.id,
      });
    }
  }

  // Workshop sessions held whose attendance is still to record, for the operator in charge.
  for (const session of await sessionsToRecord(manager, operatorId, today)) {
    add({
      kind: WorklistItemKind.WORKSHOP_SESSION_TO_RECORD,
      dueOn: session.heldOn,
      atRisk: false,
      beneficiaryId: null,
      sortName: session.title,
      message: msg('workshops.worklistSessionToRecord', { title: session.title, heldOn: session.heldOn }),
      placementId: null,
      visitId: null,
      referralId: null,
      referralAssignmentId: null,
      workshopSessionId: session.sessionId,
      workshopId: session.workshopId,
    });
  }

  return sortWorklist(entries, today);
}
