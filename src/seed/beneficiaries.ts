import { Law68Category } from '../modules/beneficiaries/beneficiary.enums';
import { Row } from './bulk-insert';
import { drawCaseHistory } from './case-history';
import { Staff } from './operators';
import { drawBirthDate, drawBirthplace, drawPersonProfile, PersonProfile, uniqueCodiceFiscale } from './people';
import { Day, SeededRandom, instant, isoDate, toDay } from './random';
import { MunicipalityRef, ReferenceData } from './reference-data';
import { drawWorkProfile } from './work-profile';

export const BENEFICIARY_COLUMNS = {
  id: 'uuid',
  codice_fiscale: 'text',
  given_name: 'text',
  family_name: 'text',
  birth_date: 'date',
  residence_municipality_id: 'uuid',
  address: 'text',
  email: 'text',
  phone: 'text',
  law68_category: 'text',
  invalidity_percentage: 'smallint',
  disability_kinds: 'text[]',
  targeted_placement_enrolled_on: 'date',
  law381_category: 'text',
  followed_by_social_services: 'boolean',
  education_level: 'text',
  languages: 'text[]',
  has_driving_licence: 'boolean',
  has_own_vehicle: 'boolean',
  assigned_operator_id: 'uuid',
  case_status: 'text',
  case_opened_at: 'timestamptz',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

export const CASE_STATUS_CHANGE_COLUMNS = {
  id: 'uuid',
  beneficiary_id: 'uuid',
  from_status: 'text',
  to_status: 'text',
  changed_by_id: 'uuid',
  changed_at: 'timestamptz',
  reason: 'text',
} as const;

export const REFERRAL_COLUMNS = {
  id: 'uuid',
  beneficiary_id: 'uuid',
  service_kind: 'text',
  service_name: 'text',
  contact_name: 'text',
  contact_email: 'text',
  contact_phone: 'text',
  referred_on: 'date',
  reason: 'text',
  received_by_id: 'uuid',
  opened_case: 'boolean',
  created_at: 'timestamptz',
} as const;

export const BENEFICIARY_SKILL_COLUMNS = {
  id: 'uuid',
  beneficiary_id: 'uuid',
  skill_id: 'uuid',
  level: 'smallint',
  source: 'text',
  assessed_on: 'date',
} as const;

export const WORK_CONSTRAINTS_COLUMNS = {
  beneficiary_id: 'uuid',
  min_weekly_hours: 'smallint',
  max_weekly_hours: 'smallint',
  available_shifts: 'text[]',
  max_commute_minutes: 'smallint',
  max_commute_km: 'smallint',
  transport_modes: 'text[]',
  physical_limitations: 'text[]',
  accessibility_needs: 'text[]',
  excluded_sectors: 'text[]',
  preferred_sectors: 'text[]',
  preferred_occupation_ids: 'uuid[]',
  updated_at: 'timestamptz',
} as const;

export interface BeneficiaryRows {
  beneficiaries: Row[];
  caseStatusChanges: Row[];
  referrals: Row[];
  skills: Row[];
  constraints: Row[];
}

export function emptyBeneficiaryRows(): BeneficiaryRows {
  return { beneficiaries: [], caseStatusChanges: [], referrals: [], skills: [], constraints: [] };
}

export interface BeneficiaryContext {
  random: SeededRandom;
  ref: ReferenceData;
  staff: Staff;
  referenceDay: Day;
  earliestDay: Day;
  codiciFiscali: Set<string>;
  /** Next operator of each ambito, so caseloads stay even. */
  nextOperator: Map<number, number>;
}

/** One person with everything the service records about them, appended to `out`. */
/** A person's `beneficiary` row: the profile drawn for them plus the facts of their case. */
export function beneficiaryRow(
  person: PersonProfile,
  facts: {
    codiceFiscale: string;
    birthDate: string;
    residenceId: string;
    enrolledOn: string | null;
    operatorId: string;
    caseStatus: string;
    caseOpenedAt: Date | string;
    createdAt: Date | string;
    updatedAt: Date | string;
  },
): Row {
  return {
    id: person.id,
    codice_fiscale: facts.codiceFiscale,
    given_name: person.givenName,
    family_name: person.familyName,
    birth_date: facts.birthDate,
    residence_municipality_id: facts.residenceId,
    address: person.address,
    email: person.email,
    phone: person.phone,
    law68_category: person.law68,
    invalidity_percentage: person.law68 === Law68Category.DISABLED_ART1 ? person.invalidity : null,
    disability_kinds: person.disabilityKinds,
    targeted_placement_enrolled_on: facts.enrolledOn,
    law381_category: person.law381,
    followed_by_social_services: person.followedBySocialServices,
    education_level: person.education,
    languages: person.languages,
    has_driving_licence: person.hasDrivingLicence,
    has_own_vehicle: person.hasOwnVehicle,
    assigned_operator_id: facts.operatorId,
    case_status: facts.caseStatus,
    case_opened_at: facts.caseOpenedAt,
    created_at: facts.createdAt,
    updated_at: facts.updatedAt,
  };
}

export function generateBeneficiary(ctx: BeneficiaryContext, residence: MunicipalityRef, out: BeneficiaryRows): void {
  const { random, ref, staff, referenceDay } = ctx;
  const ambito = residence.ambitoNumber ?? 1;
  const operators = staff.operators.get(ambito)!;
  const index = ctx.nextOperator.get(ambito) ?? 0;
  ctx.nextOperator.set(ambito, index + 1);
  const operator = operators[index % operators.length];

  const person = drawPersonProfile(random, residence);
  const history = drawCaseHistory(random, person, operator, staff, ctx.earliestDay, referenceDay);
  const birthDate = drawBirthDate(random, referenceDay, history.firstStep.day);
  const codiceFiscale = uniqueCodiceFiscale(person, birthDate, drawBirthplace(random, person, ref), ctx.codiciFiscali);

  let enrolledOn: Day | null = null;
  if (person.law68 !== null) {
    const adult = toDay(birthDate) + Math.ceil(18 * 365.25);
    const before = history.firstStep.day - 30;
    enrolledOn =
      random.chance(0.8) && before > adult
        ? random.int(Math.max(adult, toDay('2000-01-10'), before - 15 * 365), before)
        : random.int(history.openingStep.day, referenceDay);
  }

  out.beneficiaries.push(
    beneficiaryRow(person, {
      codiceFiscale,
      birthDate,
      residenceId: residence.id,
      enrolledOn: enrolledOn === null ? null : isoDate(enrolledOn),
      operatorId: operator.id,
      caseStatus: history.status,
      caseOpenedAt: instant(history.openingStep.day, history.openingStep.minute),
      createdAt: instant(history.firstStep.day, history.firstStep.minute),
      updatedAt: instant(history.lastStep.day, history.lastStep.minute),
    }),
  );
  for (const step of history.steps) {
    out.caseStatusChanges.push({
      id: random.uuid(),
      beneficiary_id: person.id,
      from_status: step.from,
      to_status: step.to,
      changed_by_id: step.byId,
      changed_at: instant(step.day, step.minute),
      reason: step.reason,
    });
  }
  for (const r of history.referrals) {
    out.referrals.push({
      id: r.id,
      beneficiary_id: person.id,
      service_kind: r.serviceKind,
      service_name: r.serviceName,
      contact_name: r.contactName,
      contact_email: r.contactEmail,
      contact_phone: r.contactPhone,
      referred_on: isoDate(r.referredOn),
      reason: r.reason,
      received_by_id: r.receivedById,
      opened_case: r.openedCase,
      created_at: instant(r.createdDay, r.createdMinute),
    });
  }
  const work = drawWorkProfile(random, person, history, ref, referenceDay);
  out.skills.push(...work.skills);
  if (work.constraints) out.constraints.push(work.constraints);
}

/**
 * Residences in the service's proportions: 206 of 315 people in Ambito 1, 109 in Ambito 3, and within each ambito
 * by population (largest remainder, so the counts are exact), in random order.
 */
export function allocateResidences(random: SeededRandom, ref: ReferenceData, total: number): MunicipalityRef[] {
  const inAmbito1 = Math.round((total * 206) / 315);
  const residences = [
    ...byPopulation(
      ref.serviceMunicipalities.filter((m) => m.ambitoNumber === 1),
      inAmbito1,
    ),
    ...byPopulation(
      ref.serviceMunicipalities.filter((m) => m.ambitoNumber === 3),
      total - inAmbito1,
    ),
  ];
  return random.shuffle(residences);
}

function byPopulation(municipalities: MunicipalityRef[], count: number): MunicipalityRef[] {
  if (count === 0) return [];
  if (municipalities.length === 0) throw new Error('No municipality of the ambito is in the reference data');
  const population = municipalities.reduce((sum, m) => sum + (m.population ?? 1), 0);
  const shares = municipalities.map((m) => {
    const exact = (count * (m.population ?? 1)) / population;
    return { m, n: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let missing = count - shares.reduce((sum, s) => sum + s.n, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest || a.m.istatCode.localeCompare(b.m.istatCode))) {
    if (missing-- <= 0) break;
    s.n += 1;
  }
  return shares.flatMap((s) => Array.from({ length: s.n }, () => s.m));
}

export function peopleByAmbito(residences: MunicipalityRef[]): Map<number, number> {
  const counts = new Map<number, number>([
    [1, 0],
    [3, 0],
  ]);
  for (const r of residences) counts.set(r.ambitoNumber ?? 1, (counts.get(r.ambitoNumber ?? 1) ?? 0) + 1);
  return counts;
}
