import { OperatorRole } from '../operators/operator.entity';

/*
 * Who may do what: the one table the access guard enforces and the access tests walk.
 *
 * OPERATOR         case work (people, referrals, placements) in their own ambito only; other ambiti do not exist
 *                  for them. They read employers and openings to find placements.
 * EMPLOYER_LIAISON employers, sites, openings, quotas and contacts; people only as far as matching needs, without
 *                  health details or case notes.
 * COORDINATOR      everything in both ambiti, read and write; statistics and the audit trail.
 * ADMIN            operators and configuration; no case content. An admin never changes their own role, and a role
 *                  that reads case content given by an admin waits for a coordinator's approval (role-grants/).
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
  signOut: STAFF,
  me: STAFF,
  // Reference data and the staff directory
  node: STAFF,
  // Typed lookups, answered as `node` answers them: every staff role may ask, and the ID argument's type decides
  // (CASE_TYPES, RECORD_TYPES), so a role that may not see the type gets FORBIDDEN on `id`, as from `node`.
  beneficiary: STAFF,
  placement: STAFF,
  opening: STAFF,
  employer: STAFF,
  ambiti: STAFF,
  municipalities: STAFF,
  skillCatalogue: STAFF,
  occupations: STAFF,
  operators: STAFF,
  quotaRuleVersions: STAFF,
  matchingWeights: STAFF,
  monitoringRhythm: STAFF,
  worklistSettings: STAFF,
  // Labels of the enums' values, for dropdowns: the same for every role.
  enumLabels: STAFF,
  // Staff accounts
  createOperator: [ADMIN],
  updateOperator: [ADMIN],
  setOperatorPassword: [ADMIN],
  unlockSignIn: [ADMIN],
  // A role that reads case content takes two people: an admin asks, a coordinator (neither the requester nor the
  // account holder) decides. Admins see the requests, to know what waits.
  roleGrants: [COORDINATOR, ADMIN],
  approveRoleGrant: [COORDINATOR],
  rejectRoleGrant: [COORDINATOR],
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
  // A referral an operator may not take on waits for a coordinator, who alone sees why.
  referralsAwaitingAssignment: [COORDINATOR],
  resolveReferralAssignment: [COORDINATOR],
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
  // Workshops (laboratori): run by the case workers of their ambito.
  workshops: CASE_WORK,
  createWorkshop: CASE_WORK,
  updateWorkshop: CASE_WORK,
  addWorkshopSession: CASE_WORK,
  enrolInWorkshop: CASE_WORK,
  recordWorkshopAttendance: CASE_WORK,
  recordWorkshopObservations: CASE_WORK,

  logContact: CASE_WORK,
  addCaseNote: CASE_WORK,
  // Only the note's author, within the edit window (the service checks the author: it is about the record, not a role).
  editCaseNote: CASE_WORK,
  replaceCodiceFiscale: CASE_WORK,
  voidReferral: CASE_WORK,
  // Corrections that undo a decision or move a caseload: the coordinator's.
  reopenCase: [COORDINATOR],
  worklist: [COORDINATOR],
  handOverCaseload: [COORDINATOR],

  // Documents: uploaded by the people who follow the case; read as DOCUMENT_READERS says.
  attachDocument: CASE_WORK,
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
  // Mediation: the same people as the rankings, under the same disclosure rules (see mediation/README.md).
  openingWhatIf: MATCHING,
  beneficiaryWhatIf: MATCHING,
  mediationBrief: MATCHING,
  // Fairness of the rankings by health, disability and social groups: oversight only.
  matchingFairness: [COORDINATOR],
  // Oversight
  serviceStatistics: [COORDINATOR],
  auditTrail: [COORDINATOR],
  // The person's rights (GDPR art. 15): everything held about one person, for the coordinator who answers them.
  subjectAccessExport: [COORDINATOR],
};

/**
 * Case records: who may see them at all. For an OPERATOR they exist only in their own ambito (the ambito where the
 * person lives; for a workshop and its sessions, where it is held: see `scopeLink` in case-scope.ts). Elsewhere in the schema a field leading to a type its reader may not see reads as null.
 */
export const CASE_TYPES: Readonly<Record<string, readonly OperatorRole[]>> = {
  Beneficiary: MATCHING,
  Referral: CASE_WORK,
  CaseStatusChange: CASE_WORK,
  Placement: CASE_WORK,
  PlacementStatusChange: CASE_WORK,
  MonitoringVisit: CASE_WORK,
  ContactLogEntry: CASE_WORK,
  CaseNote: CASE_WORK,
  CodiceFiscaleChange: CASE_WORK,
  WorkConstraints: MATCHING,
  BeneficiarySkill: MATCHING,
  Workshop: CASE_WORK,
  WorkshopSession: CASE_WORK,
  WorkshopEnrolment: CASE_WORK,
  WorkshopAttendance: CASE_WORK,
  WorkshopObservation: CASE_WORK,

  Document: MATCHING,
};

/**
 * Who reads a document, by its classification, among the readers of the `Document` type: a health document is
 * health data (the people who follow the case, each read audited); an administrative one (a referral letter, an
 * internship agreement) is read by everyone who may see the person. A document a role may not read does not exist
 * for it: lists leave it out, its ID is answered as a missing record, its download as not found.
 */
export const DOCUMENT_READERS: Readonly<Record<'HEALTH' | 'ADMINISTRATIVE', readonly OperatorRole[]>> = {
  HEALTH: CASE_WORK,
  ADMINISTRATIVE: MATCHING,
};

/**
 * Every other type whose global ID the API takes or gives, and who may name or fetch it. An ID of a type in
 * neither table is refused: a check that does not know a type cannot let it through.
 */
export const RECORD_TYPES: Readonly<Record<string, Allowed>> = {
  Municipality: STAFF,
  Skill: STAFF,
  Occupation: STAFF,
  Operator: STAFF,
  Employer: STAFF,
  EmployerSite: STAFF,
  HeadcountSnapshot: STAFF,
  Opening: STAFF,
  OpeningSkill: STAFF,
  QuotaExemption: EMPLOYER_WORK,
  QuotaSuspension: EMPLOYER_WORK,
  QuotaConvention: EMPLOYER_WORK,
  ConsultancyContact: EMPLOYER_WORK,
  AuditEvent: [COORDINATOR],
  ReferralAssignment: [COORDINATOR],
  RoleGrant: CONFIGURATION,
  ProspettoSubmission: EMPLOYER_WORK,
  QuotaNewHire: EMPLOYER_WORK,
};

/** Lookups that answer null, not NOT_FOUND, for a record that does not exist or is not visible: the two look alike. */
export const NULL_WHEN_NOT_FOUND: ReadonlySet<string> = new Set([
  'node',
  'beneficiary',
  'placement',
  'opening',
  'employer',
]);

/** Root fields whose lists an OPERATOR sees only for their own ambito, and the argument that says which ambito. */
export const AMBITO_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  beneficiaries: ['filter', 'ambito'],
  placements: ['filter', 'ambito'],
  workshops: ['ambito'],
  matchCandidates: ['filter', 'ambito'],
  placementPlan: ['ambito'],
};

/**
 * Arguments that say where a person lives, and so whose case they are: an OPERATOR may name only a municipality of
 * their own ambito. A referral for someone living elsewhere is not refused: it waits for a coordinator.
 */
export const RESIDENCE_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  updateBeneficiary: ['input', 'residenceMunicipalityId'],
  // Not a residence, but the same boundary: an operator runs workshops only in their own ambito.
  createWorkshop: ['input', 'municipalityId'],
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
  'WorkConstraints.physicalLimitations': CASE_WORK,
  'WorkConstraints.accessibilityNeeds': CASE_WORK,
  'Beneficiary.targetedPlacementEnrolledOn': CASE_WORK,
  // The kind and name of the referring service can name a condition (an addiction or mental-health service).
  'Referral.serviceKind': CASE_WORK,
  'Referral.serviceName': CASE_WORK,
  'Referral.reason': CASE_WORK,
  'ReferralAssignment.serviceKind': [COORDINATOR],
  'ReferralAssignment.serviceName': [COORDINATOR],
  'ReferralAssignment.reason': [COORDINATOR],
  'CaseStatusChange.reason': CASE_WORK,
  'Placement.notes': CASE_WORK,
  'Placement.endReason': CASE_WORK,
  // Why this person for this opening: the factors' explanations can tell a Law 68/99 registration.
  'Placement.matchEvidence': CASE_WORK,
  'PlacementStatusChange.reason': CASE_WORK,
  'MonitoringVisit.notes': CASE_WORK,
  'WorkshopObservation.note': CASE_WORK,

  // Case notes are health data by nature; a contact's note may quote a condition too. Neither has a filter or a count:
  // the lists are read only through the person, by case workers (CaseNote and ContactLogEntry are CASE_WORK types).
  'CaseNote.body': CASE_WORK,
  'ContactLogEntry.note': CASE_WORK,
  'Referral.voidReason': CASE_WORK,
};

export function allows(allowed: Allowed | undefined, role: OperatorRole | null): boolean {
  if (allowed === PUBLIC) return true;
  return role !== null && allowed !== undefined && allowed.includes(role);
}

/**
 * Filters on a sensitive attribute: with `totalCount` they tell how many people have it, so they are an oracle on
 * the attribute. Only roles that may read it may filter on it, and each use is recorded like a read.
 */
export const SENSITIVE_FILTERS: Readonly<
  Record<string, { path: readonly string[]; readers: readonly OperatorRole[]; attribute: string }[]>
> = {
  beneficiaries: [
    { path: ['filter', 'law68Category'], readers: MATCHING, attribute: 'Beneficiary.law68Category' },
    { path: ['filter', 'law381'], readers: CASE_WORK, attribute: 'Beneficiary.law381Category' },
    {
      path: ['filter', 'followedBySocialServices'],
      readers: CASE_WORK,
      attribute: 'Beneficiary.followedBySocialServices',
    },
  ],
};

/**
 * What matching tells about people beyond their ranked identity. Decision for EMPLOYER_LIAISON: they see who is
 * proposed for an employer's opening and why (score, factors, skill gaps, commute), not who was left out or why
 * (`excluded` reads null: the reasons quote limitations, and the list named people who are not candidates), not
 * placement history (the PAST_PLACEMENT explanation is replaced by a neutral sentence; its points stay, as the
 * score must add up, and concern only the opening's own employer), and a person's workplace needs only as the
 * accessibility features a workplace must offer (`accommodations`), only once the person has a placement proposed
 * or running with that employer. Case workers see everything, and reads of needs and of reasons quoting
 * limitations or needs are recorded as reads of the person's work constraints.
 */
export const MATCH_DISCLOSURE = {
  /** Who reads all of it: excluded pairs and their reasons, placement history, needs. */
  caseWorkers: CASE_WORK,
  /** Liaisons read accommodations of people with a placement in one of these statuses at the opening's employer. */
  liaisonNeedsPlacementStatuses: ['PROPOSED', 'ACTIVE', 'SUSPENDED'] as readonly string[],
} as const;
