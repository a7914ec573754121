import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Ambito } from '../modules/territory/ambito.entity';
import { Municipality } from '../modules/territory/municipality.entity';
import { Operator } from '../modules/operators/operator.entity';
import { RoleGrant } from '../modules/role-grants/role-grant.entity';
import { Skill } from '../modules/skills/skill.entity';
import { Occupation } from '../modules/skills/occupation.entity';
import { Beneficiary } from '../modules/beneficiaries/beneficiary.entity';
import { BeneficiarySkill } from '../modules/beneficiaries/beneficiary-skill.entity';
import { CaseStatusChange } from '../modules/beneficiaries/case-status-change.entity';
import { CodiceFiscaleChange } from '../modules/beneficiaries/codice-fiscale-change.entity';
import { ContactLogEntry } from '../modules/case-work/contact-log.entity';
import { CaseNote } from '../modules/case-work/case-note.entity';
import { WorkConstraints } from '../modules/beneficiaries/work-constraints.entity';
import { Referral } from '../modules/referrals/referral.entity';
import { ReferralAssignment } from '../modules/referrals/referral-assignment.entity';
import { Employer } from '../modules/employers/employer.entity';
import { EmployerSite } from '../modules/employers/employer-site.entity';
import { HeadcountSnapshot } from '../modules/employers/headcount-snapshot.entity';
import { Opening } from '../modules/openings/opening.entity';
import { OpeningSkill } from '../modules/openings/opening-skill.entity';
import { MatchingWeight } from '../modules/matching/matching-weight.entity';
import { Placement } from '../modules/placements/placement.entity';
import { PlacementStatusChange } from '../modules/placements/placement-status-change.entity';
import { MonitoringVisit } from '../modules/placements/monitoring-visit.entity';
import { MonitoringRhythmStep } from '../modules/placements/monitoring-rhythm.entity';
import { Document } from '../modules/documents/document.entity';
import { WorklistSettings } from '../modules/placements/worklist-settings.entity';
import { Workshop } from '../modules/workshops/workshop.entity';
import { WorkshopSession } from '../modules/workshops/workshop-session.entity';
import { WorkshopEnrolment } from '../modules/workshops/workshop-enrolment.entity';
import { WorkshopAttendance } from '../modules/workshops/workshop-attendance.entity';
import { WorkshopObservation } from '../modules/workshops/workshop-observation.entity';

export const ENTITIES = [
  AuditEvent,
  Ambito,
  Municipality,
  Operator,
  RoleGrant,
  Skill,
  Occupation,
  Beneficiary,
  BeneficiarySkill,
  CaseStatusChange,
  CodiceFiscaleChange,
  ContactLogEntry,
  CaseNote,
  WorkConstraints,
  Referral,
  ReferralAssignment,
  Employer,
  EmployerSite,
  HeadcountSnapshot,
  Opening,
  OpeningSkill,
  MatchingWeight,
  Placement,
  PlacementStatusChange,
  MonitoringVisit,
  MonitoringRhythmStep,
  WorklistSettings,
  Workshop,
  WorkshopSession,
  WorkshopEnrolment,
  WorkshopAttendance,
  WorkshopObservation,
  Document,
];
