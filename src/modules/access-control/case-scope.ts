import { ObjectLiteral } from 'typeorm';
import { Loaders } from '../../graphql/loaders';
import { PersonLink } from '../audit/read-audit-log';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { BeneficiarySkill } from '../beneficiaries/beneficiary-skill.entity';
import { CaseStatusChange } from '../beneficiaries/case-status-change.entity';
import { CodiceFiscaleChange } from '../beneficiaries/codice-fiscale-change.entity';
import { CaseNote } from '../case-work/case-note.entity';
import { ContactLogEntry } from '../case-work/contact-log.entity';
import { Document } from '../documents/document.entity';
import { MonitoringVisit } from '../placements/monitoring-visit.entity';
import { PlacementStatusChange } from '../placements/placement-status-change.entity';
import { Placement } from '../placements/placement.entity';
import { Referral } from '../referrals/referral.entity';
import { Municipality } from '../territory/municipality.entity';
import { WorkshopAttendance } from '../workshops/workshop-attendance.entity';
import { WorkshopEnrolment } from '../workshops/workshop-enrolment.entity';
import { WorkshopObservation } from '../workshops/workshop-observation.entity';
import { WorkshopSession } from '../workshops/workshop-session.entity';
import { Workshop } from '../workshops/workshop.entity';

/** The entity behind each case type, to find the record a global ID names. */
export const CASE_ENTITIES = {
  Beneficiary,
  BeneficiarySkill,
  Referral,
  CaseStatusChange,
  Placement,
  PlacementStatusChange,
  MonitoringVisit,
  Workshop,
  WorkshopSession,
  WorkshopEnrolment,
  WorkshopAttendance,
  WorkshopObservation,

  ContactLogEntry,
  CaseNote,
  CodiceFiscaleChange,
  Document,
};

/** The person a record is about, or null for records that are about no one. */
export function personLink(typeName: string, record: ObjectLiteral): PersonLink {
  switch (typeName) {
    case 'Beneficiary':
      return { beneficiaryId: record.id };
    case 'BeneficiarySkill':
    case 'Referral':
    case 'CaseStatusChange':
    case 'Placement':
    case 'WorkConstraints':
    case 'WorklistItem':
    case 'WorkshopEnrolment':
    case 'WorkshopAttendance':
    case 'WorkshopObservation':
    case 'ContactLogEntry':
    case 'CaseNote':
    case 'CodiceFiscaleChange':
    case 'Document':
      return { beneficiaryId: record.beneficiaryId };
    case 'PlacementStatusChange':
    case 'MonitoringVisit':
      return { placementId: record.placementId };
    default:
      return null;
  }
}

/**
 * What decides a case record's ambito: the person it is about or, for a workshop and its sessions (about no one),
 * the workshop, held in one ambito.
 */
export type ScopeLink = PersonLink | { workshopId: string };

export function scopeLink(typeName: string, record: ObjectLiteral): ScopeLink {
  switch (typeName) {
    case 'Workshop':
      return { workshopId: record.id };
    case 'WorkshopSession':
      return { workshopId: record.workshopId };
    case 'WorklistItem':
      return !record.beneficiaryId && record.workshopId
        ? { workshopId: record.workshopId }
        : personLink(typeName, record);
    default:
      return personLink(typeName, record);
  }
}

/**
 * The ambito a person belongs to for access purposes: the one they live in. Undefined when the record is gone;
 * null when the person lives outside both ambiti (only coordinators then see them).
 */
export async function ambitoOf(link: ScopeLink, loaders: Loaders): Promise<number | null | undefined> {
  if (!link) return undefined;
  if ('workshopId' in link) return (await loaders.byId(Workshop).load(link.workshopId))?.ambitoNumber;
  const beneficiaryId =
    'beneficiaryId' in link
      ? link.beneficiaryId
      : (await loaders.byId(Placement).load(link.placementId))?.beneficiaryId;
  const beneficiary = beneficiaryId ? await loaders.byId(Beneficiary).load(beneficiaryId) : null;
  if (!beneficiary) return undefined;
  const municipality = await loaders.byId(Municipality).load(beneficiary.residenceMunicipalityId);
  return municipality?.ambitoNumber ?? null;
}
