import {
  DisabilityKind,
  EducationLevel,
  Law381Category,
  Law68Category,
} from '../modules/beneficiaries/beneficiary.enums';
import { computeCodiceFiscale, omocodiaVariant } from '../modules/beneficiaries/codice-fiscale';
import {
  FOREIGN_ORIGINS,
  OTHER_ITALIAN_BIRTHPLACES,
  Origin,
  PersonName,
  Sex,
  foreignName,
  italianName,
  mobilePhone,
  streetAddress,
} from './names';
import { Day, SeededRandom, asciiSlug, isoDate } from './random';
import { MunicipalityRef, ReferenceData } from './reference-data';

/** Who a person is and why the service may accompany them; the case, skills and constraints are drawn later. */
export interface PersonProfile extends PersonName {
  id: string;
  sex: Sex;
  origin: Origin | null;
  residence: MunicipalityRef;
  address: string;
  email: string | null;
  phone: string | null;
  law68: Law68Category | null;
  invalidity: number | null;
  disabilityKinds: DisabilityKind[];
  law381: Law381Category | null;
  followedBySocialServices: boolean;
  education: EducationLevel;
  languages: string[];
  hasDrivingLicence: boolean;
  hasOwnVehicle: boolean;
  /** Details that shape constraints: a wheelchair user, a deaf or a blind person. */
  usesWheelchair: boolean;
  deaf: boolean;
  blind: boolean;
}

/**
 * The groups overlap as in reality: a disabled person with a psychiatric condition is both Law 68 and Law 381; about
 * 55% are Law 68/99 art. 1, a few art. 18, about a quarter Law 381/91, and anyone in none of them is followed by the
 * social services (otherwise the service could not take them).
 */
export function drawPersonProfile(random: SeededRandom, residence: MunicipalityRef): PersonProfile {
  const sex: Sex = random.chance(0.58) ? 'M' : 'F';
  const r = random.next();
  const law68 = r < 0.55 ? Law68Category.DISABLED_ART1 : r < 0.585 ? Law68Category.PROTECTED_ART18 : null;

  let disabilityKinds: DisabilityKind[] = [];
  let invalidity: number | null = null;
  let law381: Law381Category | null = null;
  if (law68 === Law68Category.DISABLED_ART1) {
    const primary = random.weighted<DisabilityKind>({
      PHYSICAL: 33,
      PSYCHIC: 27,
      INTELLECTUAL: 22,
      SENSORY: 18,
    } as const);
    disabilityKinds = [primary];
    if (random.chance(0.15)) {
      disabilityKinds.push(random.pick(Object.values(DisabilityKind).filter((k) => k !== primary)));
    }
    invalidity = drawInvalidity(random);
    if (disabilityKinds.includes(DisabilityKind.PSYCHIC)) {
      law381 = random.chance(0.45) ? Law381Category.PSYCHIATRIC : null;
    } else if (random.chance(0.12)) {
      law381 = Law381Category.DISABILITY;
    }
  } else if (law68 === null && random.chance(0.38)) {
    // Working-age minors (16–17) are a Law 381 group too, but the demo's people are all adults.
    law381 = random.weighted<Law381Category>({
      PSYCHIATRIC: 30,
      DRUG_ADDICTION: 25,
      ALCOHOL_ADDICTION: 20,
      PRISONER_OR_ALTERNATIVE_MEASURE: 25,
    } as const);
    if (law381 === Law381Category.PSYCHIATRIC && random.chance(0.6)) disabilityKinds = [DisabilityKind.PSYCHIC];
  }
  const inNoGroup = law68 === null && law381 === null;
  const followedBySocialServices = inNoGroup || random.chance(0.5);

  const foreignShare =
    law68 === Law68Category.PROTECTED_ART18
      ? 0.6
      : law381 === Law381Category.PRISONER_OR_ALTERNATIVE_MEASURE
        ? 0.3
        : 0.16;
  const origin = random.chance(foreignShare) ? random.weightedItem(FOREIGN_ORIGINS, (o) => o.weight) : null;
  const name = origin ? foreignName(random, origin, sex) : italianName(random, sex);

  const has = (kind: DisabilityKind) => disabilityKinds.includes(kind);
  const usesWheelchair = has(DisabilityKind.PHYSICAL) && random.chance(0.18);
  const deaf = has(DisabilityKind.SENSORY) && random.chance(0.55);
  const blind = has(DisabilityKind.SENSORY) && !deaf;

  let licenceChance = 0.5;
  if (has(DisabilityKind.INTELLECTUAL)) licenceChance = 0.12;
  else if (blind) licenceChance = 0;
  else if (usesWheelchair) licenceChance = 0.2;
  else if (has(DisabilityKind.PSYCHIC)) licenceChance = 0.35;
  if (origin) licenceChance *= 0.7;
  if (law381 === Law381Category.DRUG_ADDICTION || law381 === Law381Category.ALCOHOL_ADDICTION) licenceChance *= 0.6;
  const hasDrivingLicence = random.chance(licenceChance);

  return {
    id: random.uuid(),
    sex,
    ...name,
    origin,
    residence,
    address: streetAddress(random),
    email: random.chance(0.55) ? personalEmail(random, name) : null,
    phone: random.chance(0.92) ? mobilePhone(random) : null,
    law68,
    invalidity,
    disabilityKinds,
    law381,
    followedBySocialServices,
    education: drawEducation(random, origin, has(DisabilityKind.INTELLECTUAL)),
    languages: drawLanguages(random, origin),
    hasDrivingLicence,
    hasOwnVehicle: hasDrivingLicence && random.chance(0.65),
    usesWheelchair,
    deaf,
    blind,
  };
}

/** Civil invalidity above 45% (the Law 68 threshold), most often in the lower bands. */
function drawInvalidity(random: SeededRandom): number {
  const band = random.weighted({ low: 45, mid: 25, high: 22, full: 8 });
  if (band === 'low') return random.int(46, 66);
  if (band === 'mid') return random.int(67, 79);
  if (band === 'high') return random.int(80, 99);
  return 100;
}

function drawEducation(random: SeededRandom, origin: Origin | null, intellectual: boolean): EducationLevel {
  if (intellectual) {
    return random.weighted<EducationLevel>({
      NONE: 8,
      PRIMARY: 20,
      LOWER_SECONDARY: 55,
      VOCATIONAL_QUALIFICATION: 15,
      UPPER_SECONDARY: 2,
    });
  }
  if (origin) {
    return random.weighted<EducationLevel>({
      NONE: 8,
      PRIMARY: 15,
      LOWER_SECONDARY: 35,
      VOCATIONAL_QUALIFICATION: 10,
      UPPER_SECONDARY: 25,
      TERTIARY: 7,
    });
  }
  return random.weighted<EducationLevel>({
    NONE: 1,
    PRIMARY: 4,
    LOWER_SECONDARY: 36,
    VOCATIONAL_QUALIFICATION: 27,
    UPPER_SECONDARY: 25,
    TERTIARY: 7,
  });
}

function drawLanguages(random: SeededRandom, origin: Origin | null): string[] {
  if (!origin) {
    return ['it', ...random.some(['en'], 0.25), ...random.some(['fr'], 0.05), ...random.some(['de', 'es'], 0.03)];
  }
  const spoken = new Set<string>(origin.languages);
  random.some(origin.otherLanguages, 0.3).forEach((l) => spoken.add(l));
  // Most have learnt Italian; recent arrivals may not have yet.
  return [...(random.chance(0.9) ? ['it'] : []), ...spoken];
}

function personalEmail(random: SeededRandom, name: PersonName): string {
  const local = `${asciiSlug(name.givenName)}.${asciiSlug(name.familyName)}${random.chance(0.5) ? random.int(1, 99) : ''}`;
  return `${local}@${random.pick(['posta.example', 'mail.example', 'email.example'])}`;
}

/** Age bands of the people the service follows, at the reference date. */
const AGE_BANDS: readonly [number, number, number][] = [
  [18, 24, 14],
  [25, 34, 20],
  [35, 44, 22],
  [45, 54, 26],
  [55, 64, 18],
];

/**
 * A birth date making the person 18–64 at the reference date and at least 18 when first referred (the drawn case
 * history fixes that date).
 */
export function drawBirthDate(random: SeededRandom, referenceDay: Day, firstReferralDay: Day): string {
  const minAge = Math.min(64, Math.max(18, 18 + Math.ceil((referenceDay - firstReferralDay) / 365.25)));
  const bands = AGE_BANDS.filter(([, max]) => max >= minAge);
  const [bandMin, bandMax] = random.weightedItem(bands, ([, , w]) => w);
  const age = random.int(Math.max(bandMin, minAge), bandMax);
  // Born between `age + 1` years and `age` years before the reference date, less a day to stay inside the age.
  const latest = referenceDay - Math.ceil(age * 365.25) - 1;
  return isoDate(latest - random.int(0, 363));
}

/** Where an Italian resident of the area was born: mostly in Brescia's hospitals, some elsewhere in Italy. */
export function drawBirthplace(random: SeededRandom, person: PersonProfile, ref: ReferenceData): string {
  if (person.origin) return person.origin.belfioreCode;
  const where = random.weighted({ brescia: 62, residence: 8, province: 12, italy: 18 });
  if (where === 'brescia') return ref.municipalities.find((m) => m.istatCode === '017029')?.belfioreCode ?? 'B157';
  if (where === 'residence') return person.residence.belfioreCode;
  if (where === 'province' && ref.provinceTowns.length > 0) return random.pick(ref.provinceTowns).belfioreCode;
  return random.pick(OTHER_ITALIAN_BIRTHPLACES).belfioreCode;
}

/**
 * The person's codice fiscale; when two people share the base code (same name letters, birth date, sex and
 * birthplace) the registry issues omocodia variants, and so does the seed.
 */
export function uniqueCodiceFiscale(
  person: PersonProfile,
  birthDate: string,
  belfioreCode: string,
  taken: Set<string>,
): string {
  const base = computeCodiceFiscale({
    surname: person.familyName,
    givenName: person.givenName,
    birthDate,
    sex: person.sex,
    belfioreCode,
  });
  for (let level = 0; level <= 7; level++) {
    const code = level === 0 ? base : omocodiaVariant(base, level);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
  throw new Error(`Eight people share the codice fiscale ${base}: no omocodia variant is left`);
}
