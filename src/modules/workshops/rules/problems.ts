import type { MessageParams } from '../../../i18n/translate';

/**
 * What a workshop rule can refuse, as a code the client can test and the parameters of its sentence
 * (`workshops.<code>` in the message catalogue). BAD_INPUT problems are about what was sent; CONFLICT ones about
 * the state of the records.
 */
export type WorkshopProblemCode =
  | 'municipalityOutsideService'
  | 'noSessions'
  | 'sessionEndsBeforeStart'
  | 'sessionRepeated'
  | 'unknownSkills'
  | 'operatorNotCaseWorker'
  | 'full'
  | 'alreadyEnrolled'
  | 'caseNotAvailable'
  | 'otherAmbito'
  | 'workshopOver'
  | 'sessionNotHeldYet'
  | 'attendanceNotEnrolled'
  | 'attendanceRepeated'
  | 'attendanceMissing'
  | 'notOverYet'
  | 'neverPresent'
  | 'skillNotExercised'
  | 'observationRepeated'
  | 'capacityBelowEnrolled';

export interface WorkshopProblem {
  code: WorkshopProblemCode;
  kind: 'BAD_INPUT' | 'CONFLICT';
  /** The argument at fault, as a path into the operation's arguments. */
  field: string;
  params?: MessageParams;
}
