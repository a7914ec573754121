import { AttendanceStatus } from '../workshop.enums';
import { WorkshopProblem } from './problems';

export interface AttendanceLine {
  beneficiaryId: string;
  status: AttendanceStatus;
}

/**
 * A session's attendance is recorded as one sheet: from the day it is held, every participant once, nobody else.
 * A partial sheet would leave the session looking recorded while someone's presence is unknown.
 */
export function attendanceProblem(input: {
  heldOn: string;
  today: string;
  enrolled: readonly string[];
  sheet: readonly AttendanceLine[];
  field: string;
}): WorkshopProblem | null {
  const { heldOn, today, enrolled, sheet, field } = input;
  if (heldOn > today) return { code: 'sessionNotHeldYet', kind: 'CONFLICT', field: 'sessionId', params: { heldOn } };
  const participants = new Set(enrolled);
  const seen = new Set<string>();
  for (const [i, line] of sheet.entries()) {
    if (!participants.has(line.beneficiaryId)) {
      return { code: 'attendanceNotEnrolled', kind: 'BAD_INPUT', field: `${field}.${i}.beneficiaryId` };
    }
    if (seen.has(line.beneficiaryId)) {
      return { code: 'attendanceRepeated', kind: 'BAD_INPUT', field: `${field}.${i}.beneficiaryId` };
    }
    seen.add(line.beneficiaryId);
  }
  const missing = participants.size - seen.size;
  return missing > 0 ? { code: 'attendanceMissing', kind: 'BAD_INPUT', field, params: { missing } } : null;
}
