import { EntityManager } from 'typeorm';

export interface SessionToRecord {
  sessionId: string;
  workshopId: string;
  title: string;
  heldOn: string;
}

/**
 * Sessions held (on or before `today`) whose attendance nobody has recorded, of the workshops an operator is in
 * charge of. A session nobody was enrolled in by its day has no sheet to fill and is left out.
 */
export function sessionsToRecord(
  manager: EntityManager,
  operatorId: string,
  today: string,
): Promise<SessionToRecord[]> {
  return manager.query(
    `SELECT s.id AS "sessionId", w.id AS "workshopId", w.title, s.held_on::text AS "heldOn"
     FROM workshop_session s JOIN workshop w ON w.id = s.workshop_id
     WHERE w.operator_in_charge_id = $1 AND s.attendance_recorded_at IS NULL AND s.held_on <= $2
       AND EXISTS (SELECT 1 FROM workshop_enrolment e WHERE e.workshop_id = w.id AND e.enrolled_on <= s.held_on)`,
    [operatorId, today],
  );
}
