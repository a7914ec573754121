import { EmployerKind } from '../modules/employers/employer.entity';
import { ContractType, OpeningStatus, SkillRequirement } from '../modules/openings/opening.enums';
import {
  AccessibilityFeature as F,
  PhysicalDemand as D,
  Sector,
  Shift,
} from '../modules/work-conditions/work-conditions.enums';
import { Row } from './bulk-insert';
import { EmployerDraft } from './employers';
import { SECTOR_TRANSVERSAL, profileOf } from './occupation-profiles';
import { Day, SeededRandom, instant, isoDate, officeMinute, toDay } from './random';
import { CatalogueEntry, ReferenceData } from './reference-data';

export const OPENING_COLUMNS = {
  id: 'uuid',
  employer_id: 'uuid',
  site_id: 'uuid',
  title: 'text',
  occupation_id: 'uuid',
  sector: 'text',
  description: 'text',
  weekly_hours: 'smallint',
  shifts: 'text[]',
  contract_type: 'text',
  positions: 'smallint',
  counts_toward_quota: 'boolean',
  physical_demands: 'text[]',
  accessibility_features: 'text[]',
  accommodations_arrangeable: 'boolean',
  status: 'text',
  opened_on: 'date',
  starts_on: 'date',
  closes_on: 'date',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

export const OPENING_SKILL_COLUMNS = {
  id: 'uuid',
  opening_id: 'uuid',
  skill_id: 'uuid',
  requirement: 'text',
  minimum_level: 'smallint',
  indispensable: 'boolean',
} as const;

/** Occupations whose core skill employers rarely train on the job (a forklift licence, driving, welding…). */
const HARD_TO_TRAIN = new Set([
  'OCC_FORKLIFT_DRIVER',
  'OCC_COURIER',
  'OCC_WELDER',
  'OCC_COOK',
  'OCC_CASHIER',
  'OCC_CALL_CENTRE_AGENT',
  'OCC_DATA_ENTRY_CLERK',
  'OCC_CARE_AUXILIARY',
]);

const SHIFT_WORDS: Record<Shift, string> = {
  MORNING: 'mattino',
  AFTERNOON: 'pomeriggio',
  EVENING: 'sera',
  NIGHT: 'notte',
  WEEKEND: 'fine settimana',
};

const CONTRACT_WORDS: Record<ContractType, string> = {
  TIROCINIO: 'Tirocinio di inclusione con tutor aziendale',
  FIXED_TERM: 'Contratto a tempo determinato con possibilità di proroga',
  PERMANENT: 'Contratto a tempo indeterminato',
  APPRENTICESHIP: 'Contratto di apprendistato professionalizzante',
};

const SIZE_WEIGHT: Record<string, number> = { micro: 1, small: 1.5, medium: 2, large: 3, cooperative: 2, public: 1.5 };

export function generateOpenings(
  random: SeededRandom,
  ref: ReferenceData,
  employers: EmployerDraft[],
  count: number,
  referenceDay: Day,
): { openings: Row[]; skills: Row[] } {
  const out = { openings: [] as Row[], skills: [] as Row[] };
  if (count === 0) return out;
  if (employers.length === 0) throw new Error('Openings need at least one employer');
  for (const employer of assignOpenings(random, employers, count)) {
    drawOpening(random, ref, employer, referenceDay, out);
  }
  return out;
}

/** Bigger employers post more openings; none posts more than a few unless the data set asks for many per employer. */
function assignOpenings(random: SeededRandom, employers: EmployerDraft[], count: number): EmployerDraft[] {
  const cap = Math.max(4, Math.ceil((2 * count) / employers.length));
  const cumulative: number[] = [];
  let total = 0;
  for (const e of employers) cumulative.push((total += SIZE_WEIGHT[e.band] ?? 1));
  const posted = new Map<string, number>();
  const assigned: EmployerDraft[] = [];
  while (assigned.length < count) {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    const employer = employers[lo];
    const n = posted.get(employer.id) ?? 0;
    if (n >= cap) continue;
    posted.set(employer.id, n + 1);
    assigned.push(employer);
  }
  return assigned;
}

function openingSector(random: SeededRandom, employer: EmployerDraft): Sector {
  if (employer.kind === EmployerKind.PUBLIC) {
    return employer.sector === Sector.CARE
      ? random.weighted<Sector>({ CARE: 40, CLEANING_FACILITY: 25, OFFICE: 20, FOOD_SERVICE: 15 })
      : random.weighted<Sector>({ OFFICE: 50, CLEANING_FACILITY: 25, AGRICULTURE_GREEN: 25 });
  }
  if (random.chance(0.85)) return employer.sector;
  // Every business also needs a warehouse, cleaning or office hand now and then.
  const sideJobs: Partial<Record<Sector, Sector[]>> = {
    MANUFACTURING: [Sector.LOGISTICS, Sector.CLEANING_FACILITY, Sector.OFFICE],
    LOGISTICS: [Sector.OFFICE, Sector.CLEANING_FACILITY],
    RETAIL: [Sector.LOGISTICS],
    FOOD_SERVICE: [Sector.CLEANING_FACILITY],
    CARE: [Sector.CLEANING_FACILITY, Sector.FOOD_SERVICE],
  };
  return random.pick(sideJobs[employer.sector] ?? [Sector.OFFICE]);
}

function drawOpening(
  random: SeededRandom,
  ref: ReferenceData,
  employer: EmployerDraft,
  referenceDay: Day,
  out: { openings: Row[]; skills: Row[] },
): void {
  const sector = openingSector(random, employer);
  const occupation = random.pick(ref.occupationsBySector.get(sector) ?? [...ref.occupations.values()]);
  const profile = profileOf(occupation, ref);
  const site = random.chance(0.6) ? employer.sites[0] : random.pick(employer.sites);
  const cooperative = employer.kind === EmployerKind.SOCIAL_COOPERATIVE_B;

  const contract = random.weighted<ContractType>(
    cooperative
      ? { TIROCINIO: 35, FIXED_TERM: 40, PERMANENT: 20, APPRENTICESHIP: 5 }
      : { TIROCINIO: 40, FIXED_TERM: 28, PERMANENT: 20, APPRENTICESHIP: 12 },
  );
  const hours = Number(
    contract === ContractType.TIROCINIO
      ? random.pick([20, 20, 24, 25, 30])
      : contract === ContractType.APPRENTICESHIP
        ? random.pick([36, 38, 40])
        : random.chance(0.45)
          ? random.pick([15, 18, 20, 24, 25, 30])
          : random.pick([36, 38, 40]),
  );
  const shifts = [profile.shifts[0] ?? Shift.MORNING, ...random.some(profile.shifts.slice(1), 0.4)];
  const positions = Number(random.weighted({ 1: 70, 2: 22, 3: 8 }));
  // Only a hire at an obliged employer covers the quota; an internship is not a hire.
  const countsTowardQuota =
    employer.obliged &&
    (contract === ContractType.FIXED_TERM || contract === ContractType.PERMANENT) &&
    random.chance(0.85);

  const demands = new Set(profile.demands.filter(() => random.chance(0.85)));
  if (random.chance(0.1)) demands.add(random.pick(Object.values(D)));
  const features = drawFeatures(random, employer, sector);
  const status = random.weighted<OpeningStatus>({ OPEN: 60, DRAFT: 8, ON_HOLD: 7, FILLED: 15, CLOSED: 10 });
  const dates = drawDates(random, status, employer.createdDay, referenceDay);

  const createdMinute = officeMinute(random);
  const updatedMinute = dates.updated === dates.created ? createdMinute + random.int(5, 90) : officeMinute(random);
  const id = random.uuid();
  const skills = drawOpeningSkills(
    random,
    ref,
    occupation,
    profile.skills,
    sector,
    contract,
    demands.has(D.CUSTOMER_CONTACT),
  );
  const label = occupation.labelIt;
  const title =
    contract === ContractType.TIROCINIO
      ? `Tirocinio di inclusione – ${label}`
      : contract === ContractType.APPRENTICESHIP
        ? `Apprendista ${lowerFirst(label)}`
        : `${label}${hours < 30 ? ' part-time' : ''}`;
  const shiftWords = shifts.map((s) => SHIFT_WORDS[s]);
  const shiftText = shiftWords.length === 1 ? `turno del ${shiftWords[0]}` : `turni: ${joinItalian(shiftWords)}`;
  const activities = skills.filter((s) => s.kind === 'core').map((s) => lowerFirst(s.skill.labelIt));
  const description =
    `${employer.shortName} cerca ${positions === 1 ? 'una persona' : `${positions} persone`} come ${lowerFirst(label)} ` +
    `presso la sede "${site.name}". ` +
    (activities.length > 0 ? `Attività principali: ${joinItalian(activities)}. ` : '') +
    `Orario: ${hours} ore settimanali, ${shiftText}. ${CONTRACT_WORDS[contract]}.` +
    (countsTowardQuota ? ' Assunzione riservata alle categorie protette (L. 68/99).' : '');

  out.openings.push({
    id,
    employer_id: employer.id,
    site_id: site.id,
    title,
    occupation_id: occupation.id,
    sector,
    description,
    weekly_hours: hours,
    shifts,
    contract_type: contract,
    positions,
    counts_toward_quota: countsTowardQuota,
    physical_demands: [...demands],
    accessibility_features: features,
    accommodations_arrangeable: random.chance(
      cooperative ? 0.6 : employer.kind === EmployerKind.PUBLIC ? 0.5 : employer.band === 'large' ? 0.4 : 0.2,
    ),
    status,
    opened_on: dates.openedOn === null ? null : isoDate(dates.openedOn),
    starts_on: dates.startsOn === null ? null : isoDate(dates.startsOn),
    closes_on: dates.closesOn === null ? null : isoDate(dates.closesOn),
    created_at: instant(dates.created, createdMinute),
    updated_at: instant(dates.updated, updatedMinute),
  });
  for (const s of skills) {
    out.skills.push({
      id: random.uuid(),
      opening_id: id,
      skill_id: s.skill.id,
      requirement: s.requirement,
      minimum_level: s.minimumLevel,
      indispensable: s.indispensable,
    });
  }
}

function drawFeatures(random: SeededRandom, employer: EmployerDraft, sector: Sector): F[] {
  const p: Partial<Record<F, number>> =
    employer.kind === EmployerKind.SOCIAL_COOPERATIVE_B
      ? {
          ON_SITE_TUTOR: 0.7,
          FLEXIBLE_BREAKS: 0.5,
          STEP_FREE_ACCESS: 0.6,
          ACCESSIBLE_TOILET: 0.5,
          QUIET_ENVIRONMENT: 0.2,
          ADAPTED_WORKSTATION: 0.25,
        }
      : employer.kind === EmployerKind.PUBLIC
        ? {
            STEP_FREE_ACCESS: 0.8,
            ACCESSIBLE_TOILET: 0.7,
            ON_SITE_TUTOR: 0.3,
            ADAPTED_WORKSTATION: 0.2,
            FLEXIBLE_BREAKS: 0.2,
          }
        : employer.band === 'large' || employer.band === 'medium'
          ? {
              STEP_FREE_ACCESS: 0.6,
              ACCESSIBLE_TOILET: 0.55,
              ON_SITE_TUTOR: 0.25,
              ADAPTED_WORKSTATION: 0.15,
              FLEXIBLE_BREAKS: 0.1,
            }
          : { STEP_FREE_ACCESS: 0.35, ACCESSIBLE_TOILET: 0.25, ON_SITE_TUTOR: 0.15, FLEXIBLE_BREAKS: 0.1 };
  if (sector === Sector.OFFICE || sector === Sector.DIGITAL)
    p.QUIET_ENVIRONMENT = Math.max(p.QUIET_ENVIRONMENT ?? 0, 0.3);
  return (Object.keys(p) as F[]).filter((f) => random.chance(p[f]!));
}

interface DrawnSkill {
  skill: CatalogueEntry;
  kind: 'core' | 'transversal' | 'language';
  requirement: SkillRequirement;
  minimumLevel: number;
  indispensable: boolean;
}

function drawOpeningSkills(
  random: SeededRandom,
  ref: ReferenceData,
  occupation: CatalogueEntry,
  profileSkills: readonly string[],
  sector: Sector,
  contract: ContractType,
  customerFacing: boolean,
): DrawnSkill[] {
  const total = random.int(2, 6);
  const coreCount = Math.min(profileSkills.length, random.int(1, Math.min(4, total)));
  const core = random.chance(0.7)
    ? [profileSkills[0], ...random.sample(profileSkills.slice(1), coreCount - 1)]
    : random.sample(profileSkills, coreCount);
  const picked: Array<{ code: string; kind: DrawnSkill['kind'] }> = core.map((code) => ({ code, kind: 'core' }));
  if (customerFacing && random.chance(0.6)) picked.push({ code: 'LANG_ITALIAN_SPEAKING', kind: 'language' });
  if ((occupation.code === 'OCC_RECEPTIONIST' || occupation.code === 'OCC_CALL_CENTRE_AGENT') && random.chance(0.3)) {
    picked.push({ code: 'LANG_ENGLISH', kind: 'language' });
  }
  // Punctuality and following instructions are asked everywhere: they fill in when a sector list runs short.
  const transversal = [
    ...random.shuffle(SECTOR_TRANSVERSAL[sector] ?? []),
    'TRV_PUNCTUALITY',
    'TRV_FOLLOW_INSTRUCTIONS',
  ];
  for (const code of transversal) picked.push({ code, kind: 'transversal' });

  const internship = contract === ContractType.TIROCINIO;
  const seen = new Set<string>();
  const drawn: DrawnSkill[] = [];
  for (const { code, kind } of picked) {
    const skill = ref.skills.get(code);
    if (!skill || seen.has(code)) continue;
    if (drawn.length >= total) break;
    seen.add(code);
    const required =
      kind === 'core'
        ? random.chance(0.75)
        : kind === 'language'
          ? code === 'LANG_ITALIAN_SPEAKING'
          : random.chance(0.3);
    const requirement = required ? SkillRequirement.REQUIRED : SkillRequirement.PREFERRED;
    // An internship is where skills are learnt: it asks for lower levels.
    const level = required
      ? internship
        ? random.weighted({ 1: 55, 2: 35, 3: 10 })
        : random.weighted({ 1: 30, 2: 45, 3: 25 })
      : random.weighted({ 1: 40, 2: 45, 3: 15 });
    const isCore = code === profileSkills[0];
    const indispensable =
      required && (isCore && HARD_TO_TRAIN.has(occupation.code) ? random.chance(0.5) : random.chance(0.06));
    drawn.push({ skill, kind, requirement, minimumLevel: Number(level), indispensable });
  }
  return drawn;
}

function drawDates(random: SeededRandom, status: OpeningStatus, employerSince: Day, referenceDay: Day) {
  const after = (from: Day, to: Day) => random.int(Math.min(from, to), Math.max(from, to));
  const since = Math.min(employerSince, referenceDay - 1);
  let openedOn: Day | null = null;
  let startsOn: Day | null = null;
  let closesOn: Day | null = null;
  let created: Day;
  let updated: Day;
  switch (status) {
    case OpeningStatus.DRAFT:
      created = after(Math.max(since, referenceDay - 30), referenceDay);
      startsOn = random.chance(0.5) ? referenceDay + random.int(15, 60) : null;
      updated = created;
      break;
    case OpeningStatus.OPEN:
      openedOn = after(Math.max(since, referenceDay - 150), referenceDay - 1);
      startsOn = openedOn + random.int(20, 60);
      closesOn = openedOn + random.int(30, 90);
      created = Math.max(since, openedOn - random.int(1, 14));
      updated = openedOn;
      break;
    case OpeningStatus.ON_HOLD:
      openedOn = after(Math.max(since, referenceDay - 240), referenceDay - 30);
      created = Math.max(since, openedOn - random.int(1, 14));
      updated = Math.min(referenceDay, openedOn + random.int(10, 60));
      break;
    case OpeningStatus.FILLED:
      openedOn = after(Math.max(since, toDay('2023-01-09')), referenceDay - 60);
      closesOn = Math.min(referenceDay, openedOn + random.int(15, 45));
      startsOn = closesOn + random.int(5, 30);
      created = Math.max(since, openedOn - random.int(1, 14));
      updated = closesOn;
      break;
    default:
      openedOn = after(Math.max(since, toDay('2022-01-10')), referenceDay - 60);
      closesOn = Math.min(referenceDay, openedOn + random.int(30, 90));
      created = Math.max(since, openedOn - random.int(1, 14));
      updated = closesOn;
  }
  return {
    openedOn,
    startsOn,
    closesOn,
    created: Math.min(created, referenceDay),
    updated: Math.max(updated, created),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function joinItalian(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}
