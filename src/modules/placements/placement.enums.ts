import { registerEnumType } from 'type-graphql';

/** What the placement is. Internships and work trials are paid by an allowance; hirings and renewals are contracts. */
export enum PlacementKind {
  /** Tirocinio di inclusione: extracurricular inclusion internship (Lombardy rules). */
  TIROCINIO_INCLUSIONE = 'TIROCINIO_INCLUSIONE',
  WORK_TRIAL = 'WORK_TRIAL',
  /**
   * Training workshop ("laboratorio") recorded per person, as before workshops had their own records; kept for that
   * history. Workshops are now recorded in workshops/ (createWorkshop, enrolInWorkshop): see its README.
   */
  WORKSHOP = 'WORKSHOP',
  HIRING = 'HIRING',
  CONTRACT_RENEWAL = 'CONTRACT_RENEWAL',
}

export enum PlacementStatus {
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
  CONVERTED_TO_HIRING = 'CONVERTED_TO_HIRING',
  /** A proposal that never started: the employer declined, the person changed their mind, it was a mistake. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * The placements a person is committed to now: confirmed and not ended. A proposal is not a commitment (several may
 * be explored at once); it becomes one when confirmed, and that is where a booking that does not fit is refused.
 */
export const RUNNING_PLACEMENT_STATUSES: readonly PlacementStatus[] = [
  PlacementStatus.ACTIVE,
  PlacementStatus.SUSPENDED,
];

export enum PlacementOutcome {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}

/** The contract of a hiring or renewal. */
export enum EmploymentContractType {
  FIXED_TERM = 'FIXED_TERM',
  PERMANENT = 'PERMANENT',
  APPRENTICESHIP = 'APPRENTICESHIP',
}

export enum VisitStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum VisitOutcome {
  GOING_WELL = 'GOING_WELL',
  NEEDS_SUPPORT = 'NEEDS_SUPPORT',
  AT_RISK = 'AT_RISK',
}

/** Kinds whose start counts as "an internship or work trial started" in the statistics. */
export const INTERNSHIP_KINDS: readonly PlacementKind[] = [
  PlacementKind.TIROCINIO_INCLUSIONE,
  PlacementKind.WORK_TRIAL,
];
/** Kinds that are a contract: their start counts as "placed or renewed". */
export const CONTRACT_KINDS: readonly PlacementKind[] = [PlacementKind.HIRING, PlacementKind.CONTRACT_RENEWAL];

registerEnumType(PlacementKind, {
  name: 'PlacementKind',
  valuesConfig: {
    WORKSHOP: {
      deprecationReason:
        'Workshops are recorded as workshops (createWorkshop, enrolInWorkshop); this kind remains for the placements recorded before',
    },
  },
});
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });
registerEnumType(PlacementOutcome, { name: 'PlacementOutcome' });
registerEnumType(EmploymentContractType, { name: 'EmploymentContractType' });
registerEnumType(VisitStatus, { name: 'MonitoringVisitStatus' });
registerEnumType(VisitOutcome, { name: 'MonitoringVisitOutcome' });
