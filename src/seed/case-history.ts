import { CaseStatus, DisabilityKind, Law381Category, Law68Category } from '../modules/beneficiaries/beneficiary.enums';
import { isHistoryStep } from '../modules/beneficiaries/case-transitions';
import { ReferringServiceKind } from '../modules/referrals/referral.entity';
import { italianName, landline } from './names';
import { SeedOperator, Staff } from './operators';
import { PersonProfile } from './people';
import { Day, SeededRandom, asciiSlug, officeMinute } from './random';

const { REFERRED, INTAKE, ORIENTATION, TRAINING, INTERNSHIP, PLACED, MONITORING, CLOSED } = CaseStatus;

export interface CaseStep {
  from: CaseStatus | null;
  to: CaseStatus;
  day: Day;
  minute: number;
  byId: string | null;
  reason: string;
}

export interface ReferralDraft {
  id: string;
  serviceKind: ReferringServiceKind;
  serviceName: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  referredOn: Day;
  reason: string;
  receivedById: string | null;
  openedCase: boolean;
  createdDay: Day;
  createdMinute: number;
}

export interface CaseHistory {
  status: CaseStatus;
  steps: CaseStep[];
  referrals: ReferralDraft[];
  /** Periods spent in an internship or a training workshop, where skills get proven. */
  periods: Array<{ status: CaseStatus; from: Day; to: Day }>;
  firstStep: CaseStep;
  lastStep: CaseStep;
  /** The REFERRED step that opened the current case. */
  openingStep: CaseStep;
  intakeDay: Day | null;
}

/** Where the 315 cases of a year stand: most are in orientation, internships or monitoring; a fifth are closed. */
const CURRENT_STATUS_WEIGHTS = {
  REFERRED: 5,
  INTAKE: 6,
  ORIENTATION: 20,
  TRAINING: 8,
  INTERNSHIP: 14,
  PLACED: 10,
  MONITORING: 17,
  CLOSED: 20,
} as const;

/** Days a case usually stays in a status before the next step. */
const STAY_DAYS: Readonly<Record<CaseStatus, [number, number]>> = {
  REFERRED: [5, 30],
  INTAKE: [7, 30],
  ORIENTATION: [30, 150],
  TRAINING: [60, 180],
  INTERNSHIP: [90, 270],
  PLACED: [14, 60],
  MONITORING: [90, 540],
  CLOSED: [90, 700],
};

/** Days since the last step, by current status: recent for a new referral, long for monitoring or a closed case. */
const DWELL_DAYS: Readonly<Record<CaseStatus, [number, number]>> = {
  REFERRED: [1, 45],
  INTAKE: [3, 40],
  ORIENTATION: [10, 180],
  TRAINING: [10, 150],
  INTERNSHIP: [10, 240],
  PLACED: [5, 60],
  MONITORING: [30, 500],
  CLOSED: [1, 900],
};

/**
 * Draws a case that follows the lifecycle rules: REFERRED first, then INTAKE, ORIENTATION, possibly TRAINING or an
 * internship (which may end back in orientation), PLACED and MONITORING, with CLOSED possible from any status and a
 * closed case reopened only by a new referral. Dates are spread from `earliest` to `referenceDay`.
 */
export function drawCaseHistory(
  random: SeededRandom,
  person: PersonProfile,
  operator: SeedOperator,
  staff: Staff,
  earliest: Day,
  referenceDay: Day,
): CaseHistory {
  const status = random.weighted<CaseStatus>(CURRENT_STATUS_WEIGHTS);
  let path = status === CLOSED ? closedPath(random) : activePath(random, status);
  if (status !== CLOSED && random.chance(0.08)) path = [...closedPath(random), ...path];
  for (let i = 1; i < path.length; i++) {
    if (!isHistoryStep(path[i - 1], path[i])) {
      throw new Error(`Seed drew a forbidden case step ${path[i - 1]} → ${path[i]}`);
    }
  }

  const days = spreadDays(random, path, earliest, referenceDay);
  const steps: CaseStep[] = [];
  const referrals: ReferralDraft[] = [];
  for (let i = 0; i < path.length; i++) {
    const to = path[i];
    const from = i === 0 ? null : path[i - 1];
    const minute = officeMinute(random);
    let byId: string | null = operator.id;
    let reason: string;
    if (to === REFERRED) {
      const receiver = random.chance(0.7) ? operator : random.pick(staff.admins);
      const referral = drawReferral(random, person, receiver, days[i], i === 0 ? null : days[i - 1], minute, true);
      referrals.push(referral);
      byId = receiver.id;
      // The wording the application itself records when it receives a referral.
      reason = `Referral from ${referral.serviceName}`;
    } else {
      if (to === CLOSED && random.chance(0.15)) byId = staff.coordinator.id;
      reason = stepReason(random, from!, to);
    }
    steps.push({ from, to, day: days[i], minute, byId, reason });
  }

  const openingIndex = path.lastIndexOf(REFERRED);
  const openingStep = steps[openingIndex];
  const caseEnd = status === CLOSED ? steps[steps.length - 1].day : referenceDay;
  if (caseEnd - openingStep.day > 60 && random.chance(0.12)) {
    // A second service sends the same person while the case is open: the referral joins it.
    const first = referrals[referrals.length - 1];
    const day = random.int(openingStep.day + 30, caseEnd - 1);
    const extra = drawReferral(
      random,
      person,
      random.chance(0.7) ? operator : random.pick(staff.admins),
      day,
      null,
      officeMinute(random),
      false,
      first.serviceKind,
    );
    referrals.push(extra);
  }

  const periods: CaseHistory['periods'] = [];
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].to === INTERNSHIP || steps[i].to === TRAINING) {
      periods.push({
        status: steps[i].to,
        from: steps[i].day,
        to: i + 1 < steps.length ? steps[i + 1].day : referenceDay,
      });
    }
  }
  const intake = steps.slice(openingIndex).find((s) => s.to === INTAKE);
  return {
    status,
    steps,
    referrals,
    periods,
    firstStep: steps[0],
    lastStep: steps[steps.length - 1],
    openingStep,
    intakeDay: intake?.day ?? null,
  };
}

function activePath(random: SeededRandom, target: CaseStatus): CaseStatus[] {
  const path: CaseStatus[] = [REFERRED];
  if (target === REFERRED) return path;
  path.push(INTAKE);
  if (target === INTAKE) return path;
  path.push(ORIENTATION);
  if (random.chance(0.12)) path.push(TRAINING, ORIENTATION);
  if (random.chance(0.18)) path.push(INTERNSHIP, ORIENTATION);
  if (target === ORIENTATION) return path;
  if (target === TRAINING) return [...path, TRAINING];
  if (target === INTERNSHIP) return [...path, ...(random.chance(0.3) ? [TRAINING] : []), INTERNSHIP];
  const route = random.weighted({ internship: 55, training: 10, direct: 35 });
  if (route === 'internship') path.push(...(random.chance(0.2) ? [TRAINING] : []), INTERNSHIP);
  if (route === 'training') path.push(TRAINING);
  path.push(PLACED);
  if (target === PLACED) return path;
  path.push(MONITORING);
  // A renewed contract or a new job found during monitoring.
  if (random.chance(0.12)) path.push(PLACED, MONITORING);
  return path;
}

function closedPath(random: SeededRandom): CaseStatus[] {
  const stage = random.weighted<CaseStatus>({
    REFERRED: 5,
    INTAKE: 10,
    ORIENTATION: 30,
    TRAINING: 7,
    INTERNSHIP: 13,
    MONITORING: 35,
  });
  return [...activePath(random, stage), CLOSED];
}

/** Day of each step, oldest first, the last one a status-dependent while before the reference date. */
function spreadDays(random: SeededRandom, path: CaseStatus[], earliest: Day, referenceDay: Day): Day[] {
  const gaps = path.slice(1).map((_, i) => random.int(...STAY_DAYS[path[i]]));
  let dwell = random.int(...DWELL_DAYS[path[path.length - 1]]);
  const room = referenceDay - earliest;
  dwell = Math.min(dwell, Math.max(1, room - path.length * 2));
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total + dwell > room ? (room - dwell) / total : 1;
  const scaled = gaps.map((g) => Math.max(1, Math.floor(g * scale)));
  const days: Day[] = [];
  let day = referenceDay - dwell - scaled.reduce((a, b) => a + b, 0);
  days.push(day);
  for (const gap of scaled) days.push((day += gap));
  // Steps are recorded on working days: move a weekend step to Monday when the next step allows it.
  return days.map((d, i) => {
    const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
    const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
    const limit = i + 1 < days.length ? days[i + 1] - 1 : referenceDay;
    return d + shift <= limit ? d + shift : d;
  });
}

function stepReason(random: SeededRandom, from: CaseStatus, to: CaseStatus): string {
  switch (to) {
    case INTAKE:
      return 'Primo colloquio di accoglienza svolto';
    case ORIENTATION:
      if (from === INTERNSHIP) return "Tirocinio concluso senza assunzione: si riprende l'orientamento";
      if (from === TRAINING) return "Laboratorio concluso: si riprende l'orientamento";
      return 'Avvio del percorso di orientamento';
    case TRAINING:
      return 'Inserimento in un laboratorio formativo';
    case INTERNSHIP:
      return 'Avvio di un tirocinio di inclusione';
    case PLACED:
      if (from === MONITORING) return 'Rinnovo del contratto di lavoro';
      if (from === INTERNSHIP && random.chance(0.6)) return 'Assunzione al termine del tirocinio';
      return random.pick([
        'Assunzione con contratto a tempo determinato',
        'Assunzione con contratto a tempo indeterminato',
      ]);
    case MONITORING:
      return "Avvio del monitoraggio dopo l'inserimento lavorativo";
    case CLOSED:
      if (from === REFERRED) return 'La persona non si è presentata ai colloqui';
      if (from === INTAKE) return 'Percorso non avviato: rinuncia della persona';
      if (from === MONITORING) {
        return random.pick([
          'Inserimento lavorativo stabile: obiettivi del percorso raggiunti',
          'Monitoraggio concluso dopo l’assunzione',
        ]);
      }
      return random.pick([
        'Rinuncia della persona al percorso',
        'Trasferimento di residenza fuori ambito',
        'Presa in carico da altro servizio',
        'Interruzione concordata con il servizio inviante',
      ]);
    default:
      return 'Aggiornamento dello stato del percorso';
  }
}

/** Reasons stay generic: a referral letter's details belong to the file, not to demo data. */
const REFERRAL_REASONS = [
  'Richiesta di percorso di inserimento lavorativo',
  'Richiesta di orientamento e accompagnamento al lavoro',
  'Richiesta di valutazione per un tirocinio di inclusione',
  'Richiesta di supporto nella ricerca di lavoro',
];

function drawReferral(
  random: SeededRandom,
  person: PersonProfile,
  receiver: SeedOperator,
  registeredDay: Day,
  previousStepDay: Day | null,
  minute: number,
  openedCase: boolean,
  avoidKind?: ReferringServiceKind,
): ReferralDraft {
  const weights = referralKindWeights(person);
  if (avoidKind && Object.keys(weights).length > 1) delete weights[avoidKind];
  const serviceKind = random.weighted<ReferringServiceKind>(weights);
  const { serviceName, emailDomain } = referringService(serviceKind, person);
  const contact = random.chance(0.85) ? italianName(random, random.chance(0.75) ? 'F' : 'M') : null;
  // The letter is dated a few days before the service registers it.
  const referredOn = Math.max(registeredDay - random.int(0, 10), (previousStepDay ?? -Infinity) + 1);
  return {
    id: random.uuid(),
    serviceKind,
    serviceName,
    contactName: contact ? `${contact.givenName} ${contact.familyName}` : null,
    contactEmail: contact ? `${asciiSlug(contact.givenName)}.${asciiSlug(contact.familyName)}@${emailDomain}` : null,
    contactPhone: contact ? landline(random) : null,
    referredOn: Math.min(referredOn, registeredDay),
    reason:
      person.law68 !== null && random.chance(0.3)
        ? 'Richiesta di accompagnamento al collocamento mirato (L. 68/99)'
        : random.pick(REFERRAL_REASONS),
    receivedById: receiver.id,
    openedCase,
    createdDay: registeredDay,
    createdMinute: minute,
  };
}

/** Which services plausibly send this person: social services most, the specialist service of their condition next. */
function referralKindWeights(person: PersonProfile): Partial<Record<ReferringServiceKind, number>> {
  const kinds = person.disabilityKinds;
  const weights: Partial<Record<ReferringServiceKind, number>> = {
    MUNICIPAL_SOCIAL_SERVICE: person.followedBySocialServices ? 6 : 1,
    OTHER: person.law68 !== null ? 1 : 0.4,
  };
  if (person.law68 === Law68Category.DISABLED_ART1 && kinds.some((k) => k !== DisabilityKind.PSYCHIC)) {
    weights.ASST_DISABILITY_SERVICE = 3;
  }
  if (kinds.includes(DisabilityKind.PSYCHIC) || person.law381 === Law381Category.PSYCHIATRIC) {
    weights.MENTAL_HEALTH_CENTRE = 4;
  }
  if (person.law381 === Law381Category.DRUG_ADDICTION || person.law381 === Law381Category.ALCOHOL_ADDICTION) {
    weights.ADDICTION_SERVICE = 5;
  }
  if (person.law381 === Law381Category.PRISONER_OR_ALTERNATIVE_MEASURE) weights.JUSTICE_PROBATION_OFFICE = 5;
  return weights;
}

function referringService(
  kind: ReferringServiceKind,
  person: PersonProfile,
): { serviceName: string; emailDomain: string } {
  switch (kind) {
    case ReferringServiceKind.MUNICIPAL_SOCIAL_SERVICE:
      return {
        serviceName: `Servizi sociali del Comune di ${person.residence.name}`,
        emailDomain: `comune.${asciiSlug(person.residence.name)}.example`,
      };
    case ReferringServiceKind.ASST_DISABILITY_SERVICE:
      return {
        serviceName: 'ASST Spedali Civili di Brescia – servizio disabilità',
        emailDomain: 'asst-spedalicivili.example',
      };
    case ReferringServiceKind.MENTAL_HEALTH_CENTRE:
      return { serviceName: 'CPS di Brescia', emailDomain: 'asst-spedalicivili.example' };
    case ReferringServiceKind.ADDICTION_SERVICE:
      return { serviceName: 'SerD Brescia', emailDomain: 'asst-spedalicivili.example' };
    case ReferringServiceKind.JUSTICE_PROBATION_OFFICE:
      return { serviceName: 'UEPE Brescia', emailDomain: 'giustizia.example' };
    default:
      return person.law68 !== null
        ? { serviceName: 'Collocamento mirato – Provincia di Brescia', emailDomain: 'provincia.brescia.example' }
        : { serviceName: "Centro per l'impiego di Brescia", emailDomain: 'cpi-brescia.example' };
  }
}
