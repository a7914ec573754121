import { OperatorRole } from '../operators/operator.entity';

/*
 * Who may do what: the one table the access guard enforces and the access tests walk.
 *
 * OPERATOR         case work (people, referrals, placements) in their own ambito only; other ambiti do not exist
 *                  for them. They read employers and openings to find placements.
 * EMPLOYER_LIAISON employers, sites, openings, quotas and contacts; people only as far as matching needs, without
 *                  health details or case notes.
 * COORDINATOR      everything in both ambiti, read and write; statistics and the audit trail.
 * ADMIN            operators and configuration; no case content.
 */

const { OPERATOR, EMPLOYER_LIAISON, COORDINATOR, ADMIN } = OperatorRole;

export const PUBLIC = 'PUBLIC' as const;
export type Allowed = readonly OperatorRole[] | typeof PUBLIC;

const STAFF = [OPERATOR, EMPLOYER_LIAISON, COORDINATOR, ADMIN] as const;
const CASE_WORK = [OPERATOR, COORDINATOR] as const;
const EMPLOYER_WORK = [EMPLOYER_LIAISON, COORDINATOR] as const;
const MATCHING = [OPERATOR, EMPLOYER_LIAISON, COORDINATOR] as const;
const CONFIGURATION = [COORDINATOR, ADMIN] as const;

/** Every query and mutation; a root field missing here is refused to everyone (a test keeps the table complete). */
export const ROOT_FIELDS: Readonly<Record<string, Allowed>> = {
  // Sessions
  signIn: PUBLIC,
  refreshSession: PUBLIC,
  changeMyPassword: STAFF,
  me: STAFF,
  // Reference data and the staff directory
  node: STAFF,
  ambiti: STAFF,
  municipalities: STAFF,
  skillCatalogue: STAFF,
  occupations: STAFF,
  operators: STAFF,
  quotaRuleVersions: STAFF,
  matchingWeights: STAFF,
  monitoringRhythm: STAFF,
  worklistSettings: STAFF,
  // Staff accounts
  createOperator: [ADMIN],
  updateOperator: [ADMIN],
  setOperatorPassword: [ADMIN],
  // Configuration
  createMunicipality: CONFIGURATION,
  updateMunicipality: CONFIGURATION,
  createSkill: CONFIGURATION,
  updateSkill: CONFIGURATION,
  setOccupationCp2021Code: CONFIGURATION,
  // How people are ranked is a choice of the service, not a technical setting.
  setMatchingWeights: [COORDINATOR],
  setMonitoringRhythm: CONFIGURATION,
  updateWorklistSettings: CONFIGURATION,
  // Case work
  beneficiaries: CASE_WORK,
  placements: CASE_WORK,
  myWorklist: CASE_WORK,
  receiveReferral: CASE_WORK,
  updateReferral: CASE_WORK,
  updateBeneficiary: CASE_WORK,
  changeCaseStatus: CASE_WORK,
  closeCase: CASE_WORK,
  setBeneficiarySkill: CASE_WORK,
  removeBeneficiarySkill: CASE_WORK,
  setWorkConstraints: CASE_WORK,
  proposePlacement: CASE_WORK,
  confirmPlacement: CASE_WORK,
  updatePlacement: CASE_WORK,
  changePlacementStatus: CASE_WORK,
  convertPlacementToHiring: CASE_WORK,
  planMonitoringVisit: CASE_WORK,
  recordMonitoringVisit: CASE_WORK,
  cancelMonitoringVisit: CASE_WORK,
  // Employers, openings and quotas
  employers: MATCHING,
  openings: MATCHING,
  quotaDashboard: EMPLOYER_WORK,
  prospettoInformativo: EMPLOYER_WORK,
  createEmployer: EMPLOYER_WORK,
  updateEmployer: EMPLOYER_WORK,
  addEmployerSite: EMPLOYER_WORK,
  updateEmployerSite: EMPLOYER_WORK,
  recordHeadcountSnapshot: EMPLOYER_WORK,
  recordSiteHeadcounts: EMPLOYER_WORK,
  recordHeadcountExclusions: EMPLOYER_WORK,
  recordPartTimeCoveringWorkers: EMPLOYER_WORK,
  setArt3c3Organisation: EMPLOYER_WORK,
  recordQuotaNewHire: EMPLOYER_WORK,
  setQuotaGroup: EMPLOYER_WORK,
  createOpening: EMPLOYER_WORK,
  updateOpening: EMPLOYER_WORK,
  changeOpeningStatus: EMPLOYER_WORK,
  recordQuotaExemption: EMPLOYER_WORK,
  endQuotaExemption: EMPLOYER_WORK,
  recordQuotaSuspension: EMPLOYER_WORK,
  endQuotaSuspension: EMPLOYER_WORK,
  recordQuotaConvention: EMPLOYER_WORK,
  endQuotaConvention: EMPLOYER_WORK,
  logConsultancyContact: EMPLOYER_WORK,
  recordProspettoSubmission: EMPLOYER_WORK,
  // Matching
  matchCandidates: MATCHING,
  matchOpenings: MATCHING,
  placementPlan: MATCHING,
  // Oversight
  serviceStatistics: [COORDINATOR],
  auditTrail: [COORDINATOR],
};

/**
 * Case records: who may see them at all. For an OPERATOR they exist only in their own ambito (the ambito where the
 * person lives). Elsewhere in the schema a field leading to a type its reader may not see reads as null.
 */
export const CASE_TYPES: Readonly<Record<string, readonly OperatorRole[]>> = {
  Beneficiary: MATCHING,
  Referral: CASE_WORK,
  CaseStatusChange: CASE_WORK,
  Placement: CASE_WORK,
  PlacementStatusChange: CASE_WORK,
  MonitoringVisit: CASE_WORK,
  WorkConstraints: MATCHING,
};

/** Root fields whose lists an OPERATOR sees only for their own ambito, and the argument that says which ambito. */
export const AMBITO_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  beneficiaries: ['filter', 'ambito'],
  placements: ['filter', 'ambito'],
  matchCandidates: ['filter', 'ambito'],
  placementPlan: ['ambito'],
};

/** Results that stand for a person without being case records: an OPERATOR's lists keep their own ambito's only. */
export const PERSON_ITEMS: ReadonlySet<string> = new Set(['WorklistItem']);

/**
 * Special-category data (health, disability, addiction, justice) and case notes. Roles not listed read null;
 * every read by a listed role goes into the audit trail.
 */
export const SENSITIVE_FIELDS: Readonly<Record<string, readonly OperatorRole[]>> = {
  'Beneficiary.invalidityPercentage': CASE_WORK,
  'Beneficiary.disabilityKinds': CASE_WORK,
  'Beneficiary.law381Category': CASE_WORK,
  'Beneficiary.law68Category': MATCHING,
  'WorkConstraints.physicalLimitations': MATCHING,
  'WorkConstraints.accessibilityNeeds': MATCHING,
  'Referral.reason': CASE_WORK,
  'CaseStatusChange.reason': CASE_WORK,
  'Placement.notes': CASE_WORK,
  'Placement.endReason': CASE_WORK,
  'PlacementStatusChange.reason': CASE_WORK,
  'MonitoringVisit.notes': CASE_WORK,
};

export function allows(allowed: Allowed | undefined, role: OperatorRole | null): boolean {
  if (allowed === PUBLIC) return true;
  return role !== null && allowed !== undefined && allowed.includes(role);
}
