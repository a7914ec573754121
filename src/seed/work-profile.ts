import {
  CaseStatus,
  DisabilityKind as K,
  Law381Category,
  SkillSource,
} from '../modules/beneficiaries/beneficiary.enums';
import {
  AccessibilityFeature as F,
  PhysicalDemand as D,
  Sector,
  Shift,
  TransportMode as T,
} from '../modules/work-conditions/work-conditions.enums';
import { CaseHistory } from './case-history';
import { LANGUAGE_SKILLS } from './names';
import { JOB_SECTORS, SECTOR_TRANSVERSAL, profileOf } from './occupation-profiles';
import { PersonProfile } from './people';
import { Day, SeededRandom, instant, isoDate, officeMinute } from './random';
import { CatalogueEntry, ReferenceData } from './reference-data';
import { Row } from './bulk-insert';

/** How common each sector is among the jobs people have done or aim at in the area. */
const SECTOR_WEIGHTS: Readonly<Partial<Record<Sector, number>>> = {
  MANUFACTURING: 22,
  LOGISTICS: 15,
  CLEANING_FACILITY: 15,
  FOOD_SERVICE: 12,
  RETAIL: 10,
  AGRICULTURE_GREEN: 8,
  OFFICE: 8,
  CARE: 6,
  DIGITAL: 4,
};

const DIGITAL_BASICS = [
  'DIG_SMARTPHONE',
  'DIG_EMAIL',
  'DIG_BASIC_COMPUTER',
  'DIG_SPID',
  'DIG_ONLINE_JOB_SEARCH',
  'DIG_MESSAGING',
];

export interface WorkProfile {
  skills: Row[];
  /** Null while the case is new: the operator records constraints at intake. */
  constraints: Row | null;
}

export function drawWorkProfile(
  random: SeededRandom,
  person: PersonProfile,
  history: CaseHistory,
  ref: ReferenceData,
  referenceDay: Day,
): WorkProfile {
  const has = (kind: K) => person.disabilityKinds.includes(kind);
  const excluded = drawExcludedSectors(random, person, has);
  const available = JOB_SECTORS.filter(
    (s) => !excluded.includes(s) && (ref.occupationsBySector.get(s)?.length ?? 0) > 0,
  );
  const mainSectors = pickSectors(random, available, random.chance(0.6) ? 1 : 2, person);
  const targets = mainSectors.map((s) => random.pick(ref.occupationsBySector.get(s)!));

  const skills = drawSkills(random, person, history, ref, targets, mainSectors, referenceDay);
  if (history.status === CaseStatus.REFERRED || (history.status === CaseStatus.INTAKE && random.chance(0.5))) {
    return { skills, constraints: null };
  }
  const preferred = mainSectors.filter(() => random.chance(0.85));
  const constraints = drawConstraints(random, person, has, {
    excluded,
    preferred,
    preferredOccupationIds: random.chance(0.7) ? targets.map((o) => o.id) : [],
    recordedDay: Math.min(referenceDay, (history.intakeDay ?? history.openingStep.day) + random.int(0, 30)),
  });
  return { skills, constraints };
}

function drawExcludedSectors(random: SeededRandom, person: PersonProfile, has: (k: K) => boolean): Sector[] {
  const out = new Set<Sector>();
  if (person.law381 === Law381Category.ALCOHOL_ADDICTION && random.chance(0.7)) out.add(Sector.FOOD_SERVICE);
  if (has(K.PSYCHIC)) {
    if (random.chance(0.2)) out.add(Sector.RETAIL);
    if (random.chance(0.15)) out.add(Sector.FOOD_SERVICE);
  }
  if (has(K.PHYSICAL)) {
    if (person.usesWheelchair || random.chance(0.4)) out.add(Sector.LOGISTICS);
    if (person.usesWheelchair || random.chance(0.3)) out.add(Sector.AGRICULTURE_GREEN);
    if (person.usesWheelchair && random.chance(0.6)) out.add(Sector.CLEANING_FACILITY);
  }
  if (person.blind && random.chance(0.4)) out.add(Sector.LOGISTICS);
  if (random.chance(0.15)) out.add(random.pick(JOB_SECTORS));
  return [...out];
}

function pickSectors(random: SeededRandom, available: Sector[], count: number, person: PersonProfile): Sector[] {
  const weightOf = (s: Sector) => {
    const base = SECTOR_WEIGHTS[s] ?? 1;
    // Seated work suits wheelchair users; the service steers them towards it.
    if (person.usesWheelchair && (s === Sector.OFFICE || s === Sector.DIGITAL || s === Sector.MANUFACTURING))
      return base * 3;
    return base;
  };
  const chosen: Sector[] = [];
  let pool = [...available];
  while (chosen.length < count && pool.length > 0) {
    const s = random.weightedItem(pool, weightOf);
    chosen.push(s);
    pool = pool.filter((x) => x !== s);
  }
  return chosen;
}

function drawSkills(
  random: SeededRandom,
  person: PersonProfile,
  history: CaseHistory,
  ref: ReferenceData,
  targets: CatalogueEntry[],
  mainSectors: Sector[],
  referenceDay: Day,
): Row[] {
  const total = random.int(3, 8);
  const extras: Array<{ code: string; kind: 'native' | 'l2' | 'foreign' | 'digital' }> = [];
  if (person.origin) {
    const l2 = person.languages.includes('it')
      ? random.weighted({ LANG_ITALIAN_L2_A2: 30, LANG_ITALIAN_L2_B1: 45, LANG_ITALIAN_L2_B2: 25 })
      : 'LANG_ITALIAN_L2_A1';
    extras.push({ code: l2, kind: 'l2' });
    const native = LANGUAGE_SKILLS[person.origin.languages[0]];
    if (native && random.chance(0.4)) extras.push({ code: native, kind: 'native' });
  } else if (person.languages.includes('en') && random.chance(0.5)) {
    extras.push({ code: 'LANG_ENGLISH', kind: 'foreign' });
  }
  if (person.deaf && random.chance(0.4)) extras.push({ code: 'LANG_LIS', kind: 'native' });
  if (random.chance(0.3)) extras.push({ code: random.pick(DIGITAL_BASICS), kind: 'digital' });
  const extraCount = Math.min(extras.length, Math.max(0, total - 2));

  const sectorPool = [...new Set(targets.flatMap((o) => profileOf(o, ref).skills))];
  const sectorCount = Math.min(sectorPool.length, Math.max(1, Math.min(4, Math.round(total * 0.55))));
  const favoured = mainSectors.flatMap((s) => SECTOR_TRANSVERSAL[s] ?? []);
  const transversal = (ref.skillsBySector.get(Sector.TRANSVERSAL) ?? []).map((s) => s.code);

  const chosen = new Map<string, 'sector' | 'transversal' | 'native' | 'l2' | 'foreign' | 'digital'>();
  // The first skill of each target occupation is its core one: a person aiming at the job usually has it.
  for (const o of targets) {
    const core = profileOf(o, ref).skills[0];
    if (core && chosen.size < sectorCount) chosen.set(core, 'sector');
  }
  for (const code of random.shuffle(sectorPool)) if (chosen.size < sectorCount) chosen.set(code, 'sector');
  for (const e of extras.slice(0, extraCount)) if (ref.skills.has(e.code)) chosen.set(e.code, e.kind);
  for (let guard = 0; chosen.size < total && guard < 50; guard++) {
    const code = random.chance(0.6) && favoured.length > 0 ? random.pick(favoured) : random.pick(transversal);
    if (!chosen.has(code)) chosen.set(code, 'transversal');
  }

  const hasPeriod = (status: CaseStatus) => history.periods.filter((p) => p.status === status);
  const internships = hasPeriod(CaseStatus.INTERNSHIP);
  const workshops = hasPeriod(CaseStatus.TRAINING);
  const declaredOn = history.openingStep.day;
  const intake = history.intakeDay;

  const rows: Row[] = [];
  for (const [code, kind] of chosen) {
    const skill = ref.skills.get(code);
    if (!skill) continue;
    let source = SkillSource.SELF_DECLARED;
    if (intake !== null) {
      source = random.weighted<SkillSource>({
        SELF_DECLARED: kind === 'native' || kind === 'foreign' ? 70 : 25,
        OPERATOR_ASSESSED: 45,
        ...(internships.length > 0 && (kind === 'sector' || kind === 'transversal')
          ? { PROVEN_IN_INTERNSHIP: 30 }
          : {}),
        ...(workshops.length > 0 && (kind === 'sector' || kind === 'transversal') ? { PROVEN_IN_WORKSHOP: 20 } : {}),
      });
    }
    let assessedOn: Day = declaredOn;
    if (source === SkillSource.OPERATOR_ASSESSED) {
      assessedOn = random.int(intake!, Math.min(referenceDay, intake! + 180));
    } else if (source === SkillSource.PROVEN_IN_INTERNSHIP || source === SkillSource.PROVEN_IN_WORKSHOP) {
      const period = random.pick(source === SkillSource.PROVEN_IN_INTERNSHIP ? internships : workshops);
      assessedOn = random.int(Math.min(period.from + 30, period.to), Math.min(period.to, referenceDay));
    }
    rows.push({
      id: random.uuid(),
      beneficiary_id: person.id,
      skill_id: skill.id,
      level: drawLevel(random, source, kind),
      source,
      assessed_on: isoDate(assessedOn),
    });
  }
  return rows;
}

function drawLevel(random: SeededRandom, source: SkillSource, kind: string): number {
  if (kind === 'native') return 4;
  if (kind === 'l2') return random.int(2, 3);
  if (source === SkillSource.PROVEN_IN_INTERNSHIP || source === SkillSource.PROVEN_IN_WORKSHOP) {
    return Number(random.weighted({ 2: 35, 3: 45, 4: 20 }));
  }
  if (source === SkillSource.OPERATOR_ASSESSED) return Number(random.weighted({ 1: 25, 2: 40, 3: 28, 4: 7 }));
  return Number(random.weighted({ 1: 20, 2: 35, 3: 35, 4: 10 }));
}

interface ConstraintChoices {
  excluded: Sector[];
  preferred: Sector[];
  preferredOccupationIds: string[];
  recordedDay: Day;
}

function drawConstraints(
  random: SeededRandom,
  person: PersonProfile,
  has: (k: K) => boolean,
  c: ConstraintChoices,
): Row {
  const psychic = has(K.PSYCHIC) || person.law381 === Law381Category.PSYCHIATRIC;
  const maxHours = Number(
    psychic
      ? random.weighted({ 15: 10, 20: 30, 24: 15, 25: 15, 30: 20, 36: 5, 40: 5 })
      : random.weighted({ 20: 15, 24: 10, 25: 10, 30: 20, 36: 10, 38: 10, 40: 25 }),
  );
  const minOptions = [10, 12, 15, 18, 20, 24, 30].filter((h) => h <= maxHours && h >= maxHours * 0.4);
  const minHours = random.chance(0.2) || minOptions.length === 0 ? null : random.pick(minOptions);

  const shifts = [
    ...random.some([Shift.MORNING], 0.92),
    ...random.some([Shift.AFTERNOON], 0.65),
    ...random.some([Shift.EVENING], 0.22),
    ...(psychic ? [] : random.some([Shift.NIGHT], 0.06)),
    ...random.some([Shift.WEEKEND], 0.2),
  ];
  if (shifts.length === 0) shifts.push(Shift.MORNING);

  const transport = drawTransport(random, person, has);
  const byCar = transport.includes(T.CAR);
  const farOff = person.residence.ambitoNumber === 3;
  const maxCommuteMinutes = byCar ? random.pick([30, 40, 45, 60]) : random.pick([20, 30, 40, 45, 50, 60]);
  let maxCommuteKm = byCar
    ? random.int(15, 40)
    : transport.includes(T.PUBLIC_TRANSPORT)
      ? random.int(8, 20)
      : random.int(5, 8);
  if (farOff && !byCar) maxCommuteKm = Math.min(40, maxCommuteKm + 5);

  return {
    beneficiary_id: person.id,
    min_weekly_hours: minHours,
    max_weekly_hours: maxHours,
    available_shifts: shifts,
    max_commute_minutes: maxCommuteMinutes,
    max_commute_km: maxCommuteKm,
    transport_modes: transport,
    physical_limitations: drawLimitations(random, person, has),
    accessibility_needs: drawAccessibilityNeeds(random, person, has, psychic),
    excluded_sectors: c.excluded,
    preferred_sectors: c.preferred.filter((s) => !c.excluded.includes(s)),
    preferred_occupation_ids: c.preferredOccupationIds,
    updated_at: instant(c.recordedDay, officeMinute(random)),
  };
}

/** Only modes the person can use: a car needs a licence and a vehicle, a blind person does not cycle. */
function drawTransport(random: SeededRandom, person: PersonProfile, has: (k: K) => boolean): T[] {
  const modes: T[] = [];
  const ambito3 = person.residence.ambitoNumber === 3;
  if (!person.usesWheelchair && random.chance(0.7)) modes.push(T.WALK);
  if (random.chance(has(K.INTELLECTUAL) ? 0.55 : ambito3 ? 0.6 : 0.78)) modes.push(T.PUBLIC_TRANSPORT);
  if (!person.usesWheelchair && !person.blind && random.chance(0.25)) modes.push(T.BICYCLE);
  if (person.hasDrivingLicence && person.hasOwnVehicle && random.chance(0.9)) modes.push(T.CAR);
  if (person.hasDrivingLicence && !person.usesWheelchair && random.chance(0.12)) modes.push(T.MOPED);
  if (
    person.usesWheelchair ||
    (has(K.INTELLECTUAL) && random.chance(0.15)) ||
    (has(K.PHYSICAL) && random.chance(0.12))
  ) {
    modes.push(T.ACCOMPANIED_TRANSPORT);
  }
  if (modes.length === 0) modes.push(T.PUBLIC_TRANSPORT);
  return modes;
}

function drawLimitations(random: SeededRandom, person: PersonProfile, has: (k: K) => boolean): D[] {
  const out = new Set<D>();
  const add = (demand: D, probability: number) => {
    if (random.chance(probability)) out.add(demand);
  };
  if (has(K.PHYSICAL)) {
    const w = person.usesWheelchair;
    add(D.HEAVY_LIFTING, w ? 1 : 0.7);
    add(D.PROLONGED_STANDING, w ? 1 : 0.5);
    add(D.WORK_AT_HEIGHT, w ? 1 : 0.4);
    add(D.OUTDOOR_WORK, w ? 0.5 : 0.15);
    add(D.REPETITIVE_MOVEMENTS, 0.2);
    if (w) add(D.DRIVING, 0.5);
  }
  if (person.deaf) {
    add(D.NOISE_EXPOSURE, 0.4);
    add(D.CUSTOMER_CONTACT, 0.3);
  }
  if (person.blind) {
    out.add(D.DRIVING);
    add(D.WORK_AT_HEIGHT, 0.6);
    add(D.FINE_MANUAL_WORK, 0.3);
    add(D.CHEMICAL_EXPOSURE, 0.2);
  }
  if (has(K.PSYCHIC)) {
    add(D.CUSTOMER_CONTACT, 0.35);
    add(D.NOISE_EXPOSURE, 0.25);
    add(D.DRIVING, 0.15);
  }
  if (has(K.INTELLECTUAL)) {
    add(D.DRIVING, 0.5);
    add(D.CHEMICAL_EXPOSURE, 0.3);
    add(D.WORK_AT_HEIGHT, 0.3);
  }
  if (person.law381 === Law381Category.ALCOHOL_ADDICTION || person.law381 === Law381Category.DRUG_ADDICTION) {
    add(D.DRIVING, 0.3);
  }
  if (person.disabilityKinds.length === 0) add(D.HEAVY_LIFTING, 0.08);
  return [...out];
}

function drawAccessibilityNeeds(
  random: SeededRandom,
  person: PersonProfile,
  has: (k: K) => boolean,
  psychic: boolean,
): F[] {
  const out = new Set<F>();
  const add = (feature: F, probability: number) => {
    if (random.chance(probability)) out.add(feature);
  };
  if (has(K.PHYSICAL)) {
    const w = person.usesWheelchair;
    add(F.STEP_FREE_ACCESS, w ? 1 : 0.4);
    add(F.ACCESSIBLE_TOILET, w ? 1 : 0.1);
    add(F.ADAPTED_WORKSTATION, w ? 0.6 : 0.3);
    add(F.FLEXIBLE_BREAKS, 0.2);
  }
  if (has(K.SENSORY)) {
    add(F.ADAPTED_WORKSTATION, 0.5);
    add(F.ON_SITE_TUTOR, 0.2);
  }
  if (psychic) {
    add(F.QUIET_ENVIRONMENT, 0.4);
    add(F.FLEXIBLE_BREAKS, 0.4);
    add(F.ON_SITE_TUTOR, 0.3);
  }
  if (has(K.INTELLECTUAL)) {
    add(F.ON_SITE_TUTOR, 0.6);
    add(F.QUIET_ENVIRONMENT, 0.2);
  }
  if (out.size === 0) add(F.ON_SITE_TUTOR, 0.1);
  return [...out];
}
