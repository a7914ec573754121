import { DataSource } from 'typeorm';
import { NotFoundError } from '../../graphql/errors';
import { BeneficiarySkill } from '../beneficiaries/beneficiary-skill.entity';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { AttendanceLine, attendanceProblem } from './rules/attendance';
import { observationProblem, skillEvidenceAfterObservation } from './rules/observation';
import { refuse, refuseIf } from './workshop-errors';
import { WorkshopEnrolment } from './workshop-enrolment.entity';
import { WorkshopObservation } from './workshop-observation.entity';
import { WorkshopSession } from './workshop-session.entity';
import { lockWorkshop, workshopLastDay } from './workshops.service';

/*
 * What happens to the people enrolled: attendance per session, and the observation of their skills at the end,
 * which becomes the skill evidence matching reads.
 */

/**
 * Records (or corrects) a session's attendance sheet: every person enrolled by the day of the session, once. The
 * session then leaves its operator's worklist.
 */
export function recordWorkshopAttendance(
  dataSource: DataSource,
  sessionId: string,
  sheet: AttendanceLine[],
  operatorId: string | null,
  today: string,
): Promise<WorkshopSession> {
  return dataSource.transaction(async (manager) => {
    const found = await manager.findOneBy(WorkshopSession, { id: sessionId });
    if (!found) throw new NotFoundError('WorkshopSession', 'sessionId');
    await lockWorkshop(manager, found.workshopId, 'sessionId');
    const session = (await manager.findOne(WorkshopSession, {
      where: { id: sessionId },
      lock: { mode: 'pessimistic_write' },
    }))!;
    const enrolments: Array<{ id: string; beneficiaryId: string }> = await manager.query(
      `SELECT id, beneficiary_id AS "beneficiaryId" FROM workshop_enrolment WHERE workshop_id = $1 AND enrolled_on <= $2`,
      [session.workshopId, session.heldOn],
    );
    refuseIf(
      attendanceProblem({
        heldOn: session.heldOn,
        today,
        enrolled: enrolments.map((e) => e.beneficiaryId),
        sheet,
        field: 'attendance',
      }),
    );
    const enrolmentOf = new Map(enrolments.map((e) => [e.beneficiaryId, e.id]));
    await manager.query(
      `INSERT INTO workshop_attendance (session_id, enrolment_id, beneficiary_id, status, recorded_by_id)
       SELECT $1, l.enrolment_id, l.beneficiary_id, l.status, $5
       FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS l(enrolment_id, beneficiary_id, status)
       ON CONFLICT ON CONSTRAINT workshop_attendance_once DO UPDATE
         SET status = EXCLUDED.status, recorded_by_id = EXCLUDED.recorded_by_id, updated_at = now()
         WHERE workshop_attendance.status IS DISTINCT FROM EXCLUDED.status`,
      [
        sessionId,
        sheet.map((l) => enrolmentOf.get(l.beneficiaryId)),
        sheet.map((l) => l.beneficiaryId),
        sheet.map((l) => l.status),
        operatorId,
      ],
    );
    session.attendanceRecordedAt = new Date();
    return manager.save(session);
  });
}

export interface ObservationLine {
  skillId: string;
  level: number;
  note: string;
}

/**
 * Records the operator's observation of one participant at the workshop's end, and writes each skill to the
 * person's skills as proven in a workshop (unless a more recent proven level stands: skillEvidenceAfterObservation).
 * The person's match profile follows by the database's own triggers, in this transaction.
 */
export function recordWorkshopObservations(
  dataSource: DataSource,
  workshopId: string,
  beneficiaryId: string,
  lines: ObservationLine[],
  operatorId: string | null,
  today: string,
): Promise<WorkshopEnrolment> {
  return dataSource.transaction(async (manager) => {
    await lockWorkshop(manager, workshopId);
    await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const enrolment = await manager.findOneBy(WorkshopEnrolment, { workshopId, beneficiaryId });
    if (!enrolment) refuse({ code: 'attendanceNotEnrolled', kind: 'CONFLICT', field: 'beneficiaryId' });
    const [{ present, skillIds }] = await manager.query(
      `SELECT (SELECT count(*)::int FROM workshop_attendance a WHERE a.enrolment_id = $1 AND a.status = 'PRESENT') AS present,
              (SELECT coalesce(array_agg(ws.skill_id), '{}') FROM workshop_skill ws WHERE ws.workshop_id = $2) AS "skillIds"`,
      [enrolment.id, workshopId],
    );
    refuseIf(
      observationProblem({
        today,
        lastSessionDay: await workshopLastDay(manager, workshopId),
        sessionsPresent: present,
        workshopSkillIds: skillIds,
        observedSkillIds: lines.map((l) => l.skillId),
        field: 'observations',
      }),
    );
    for (const line of lines) {
      const existing = await manager.findOneBy(WorkshopObservation, {
        enrolmentId: enrolment.id,
        skillId: line.skillId,
      });
      await manager.save(
        Object.assign(existing ?? manager.create(WorkshopObservation, { enrolmentId: enrolment.id, beneficiaryId }), {
          skillId: line.skillId,
          level: line.level,
          note: line.note.trim(),
          observedOn: today,
          observedById: operatorId,
        }),
      );
      const current = await manager.findOneBy(BeneficiarySkill, { beneficiaryId, skillId: line.skillId });
      const next = skillEvidenceAfterObservation(current, { level: line.level, observedOn: today });
      if (next) {
        await manager.save(
          Object.assign(current ?? manager.create(BeneficiarySkill, { beneficiaryId, skillId: line.skillId }), next),
        );
      }
    }
    return enrolment;
  });
}
