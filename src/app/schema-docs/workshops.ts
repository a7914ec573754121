import type { SchemaDocs } from './apply-docs';

/** Workshops' record dates, which their shared base does not describe. */
export const workshopDocs: SchemaDocs = {
  'Workshop.createdAt': 'When the workshop was recorded',
  'Workshop.updatedAt': 'When the workshop last changed',
  'WorkshopSession.createdAt': 'When the session was scheduled',
  'WorkshopSession.updatedAt': 'When the session last changed',
  'WorkshopAttendance.createdAt': 'When the attendance was first recorded',
  'WorkshopAttendance.updatedAt': 'When the attendance was last corrected',
  'WorkshopObservation.createdAt': 'When the observation was recorded',
  'WorkshopObservation.updatedAt': 'When the observation last changed',
};
