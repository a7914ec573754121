import {
  BeneficiaryWorkshopsResolver,
  WorkshopAttendanceResolver,
  WorkshopEnrolmentResolver,
  WorkshopObservationResolver,
  WorkshopSessionResolver,
} from './participation.resolver';
import { WorkshopResolver } from './workshops.resolver';

/** The module's resolvers, for the composition root. */
export const WORKSHOP_RESOLVERS = [
  WorkshopResolver,
  WorkshopSessionResolver,
  WorkshopEnrolmentResolver,
  WorkshopAttendanceResolver,
  WorkshopObservationResolver,
  BeneficiaryWorkshopsResolver,
] as const;
