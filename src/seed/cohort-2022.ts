import { EntityManager } from 'typeorm';
import { CaseStatus, Law381Category, Law68Category } from '../modules/beneficiaries/beneficiary.enums';
import { isHistoryStep } from '../modules/beneficiaries/case-transitions';
import { ReferringServiceKind } from '../modules/referrals/referral.entity';
import { Sector } from '../modules/work-conditions/work-conditions.enums';
import { serviceStatistics } from '../modules/statistics/statistics.service';
import {
  BENEFICIARY_COLUMNS,
  BENEFICIARY_SKILL_COLUMNS,
  beneficiaryRow,
  CASE_STATUS_CHANGE_COLUMNS,
  REFERRAL_COLUMNS,
} from './beneficiaries';
import { Row, RowWriter } from './bulk-insert';
import { drawBirthDate, drawBirthplace, drawPersonProfile, PersonProfile, uniqueCodiceFiscale } from './people';
import type { PersonFacts } from './person-facts';
import { Day, instant, isoDate, officeMinute, SeededRandom, toDay } from './random';
import { profileOf } from './occupation-profiles';
import { loadReferenceData, MunicipalityRef } from './reference-data';

/**
 * The 2022 cohort of the demo data's placement history (see placement-history.ts): people whose cases ran in 2022
 * (all closed since), added until the statistics for 2022, computed by the statistics module from the records like
 * any other year, give the figures the service published: 315 people accompanied (206 in Ambito 1, 109 in
 * Ambito 3), 73 internships and work trials started (44 / 29), 245 people placed or with a contract renewed
 * (111 / 124). The cohort has five kinds of path:
 *   - INTERNSHIP_HIRED:   orientation, an internship started in 2022, hired in 2022;
 *   - INTERNSHIP_ONLY:    orientation, an internship started in 2022 that did not turn into a job;
 *   - HIRED:              orientation, hired in 2022 without an internship;
 *   - ORIENTATION:        intake and orientation in 2022 (some with a training workshop), no placement;
 *   - RENEWED:            hired in 2020, in monitoring through 2021 and 2022, contract renewed in 2022: placed or
 *                         renewed in 2022 without being accompanied that year. These are why Ambito 3 can have
 *                         124 people placed or renewed and 109 accompanied.
 * The cohort's sizes are what the seeded people do not already contribute to 2022; they are checked against the
 * statistics at the end, so the figures always come from the records.
 */

/**
 * The figures the service published for 2022: the whole service, and each ambito. The published total of people
 * placed or renewed (245) is 10 more than its two ambiti (111 + 124): the demo gives those 10 to people who, while in
 * monitoring, moved to a town outside the two ambiti (the statistics show them in the "outside" row).
 */
export const PUBLISHED_2022 = {
  total: { accompanied: 315, internships: 73, placed: 245 },
  byAmbito: {
    1: { accompanied: 206, internships: 44, placed: 111 },
    3: { accompanied: 109, internships: 29, placed: 124 },
  } as Record<number, Figures>,
} as const;
/** The key of people living outside the two ambiti, in the cohort and in the statistics' byAmbito rows. */
export const OUTSIDE = 0;

export interface Figures {
  accompanied: number;
  internships: number;
  placed: number;
}

export type Path = 'INTERNSHIP_HIRED' | 'INTERNSHIP_ONLY' | 'HIRED' | 'ORIENTATION' | 'RENEWED';

/** What each ambito (and the people outside them) still lacks to reach the published figures. */
export function missingFigures(statistics: Awaited<ReturnType<typeof serviceStatistics>>): Map<number, Figures> {
  const counted = (key: string): Figures => {
    const row = statistics.byAmbito.find((r) => r.key === key);
    return {
      accompanied: row?.peopleAccompanied ?? 0,
      internships: row?.internshipsAndTrialsStarted ?? 0,
      placed: row?.peoplePlacedOrRenewed ?? 0,
    };
  };
  const missing = new Map<number, Figures>();
  const inAmbiti: Figures = { accompanied: 0, internships: 0, placed: 0 };
  for (const [ambito, target] of Object.entries(PUBLISHED_2022.byAmbito)) {
    const got = counted(ambito);
    missing.set(Number(ambito), {
      accompanied: target.accompanied - got.accompanied,
      internships: target.internships - got.internships,
      placed: target.placed - got.placed,
    });
    inAmbiti.accompanied += target.accompanied;
    inAmbiti.internships += target.internships;
    inAmbiti.placed += target.placed;
  }
  const outside = counted('NONE');
  missing.set(OUTSIDE, {
    accompanied: PUBLISHED_2022.total.accompanied - inAmbiti.accompanied - outside.accompanied,
    internships: PUBLISHED_2022.total.internships - inAmbiti.internships - outside.internships,
    placed: PUBLISHED_2022.total.placed - inAmbiti.placed - outside.placed,
  });
  return missing;
}

// ---------------------------------------------------------------------------------------------------------------
// The 2022 cohort

/** How many people of each path an ambito needs to fill what is missing (see the file comment). */
export function cohortPaths(missing: Figures): Record<Path, number> {
  const internshipHired = Math.min(Math.round(missing.internships * 0.45), missing.placed);
  const internshipOnly = missing.internships - internshipHired;
  const others = missing.accompanied - missing.internships;
  const hired = Math.min(Math.round(others * 0.5), missing.placed - internshipHired);
  return {
    INTERNSHIP_HIRED: internshipHired,
    INTERNSHIP_ONLY: internshipOnly,
    HIRED: hired,
    ORIENTATION: others - hired,
    RENEWED: missing.placed - internshipHired - hired,
  };
}

const D = (iso: string) => toDay(iso);

/** A case history for a path, its key event in 2022; every case is closed by the end of 2024 at the latest. */
function drawPath(random: SeededRandom, path: Path): Array<[CaseStatus, Day]> {
  const { REFERRED, INTAKE, ORIENTATION, TRAINING, INTERNSHIP, PLACED, MONITORING, CLOSED } = CaseStatus;
  const lead = (orientation: Day): Array<[CaseStatus, Day]> => {
    const intake = orientation - random.int(14, 45);
    return [
      [REFERRED, intake - random.int(7, 30)],
      [INTAKE, intake],
      [ORIENTATION, orientation],
    ];
  };
  switch (path) {
    case 'INTERNSHIP_HIRED': {
      const start = random.int(D('2022-01-10'), D('2022-08-31'));
      const hired = Math.min(start + random.int(90, 200), D('2022-12-16'));
      const monitoring = hired + random.int(30, 75);
      return [
        ...lead(start - random.int(30, 150)),
        [INTERNSHIP, start],
        [PLACED, hired],
        [MONITORING, monitoring],
        [CLOSED, monitoring + random.int(180, 540)],
      ];
    }
    case 'INTERNSHIP_ONLY': {
      const start = random.int(D('2022-01-10'), D('2022-11-15'));
      const back = start + random.int(45, 240);
      return [
        ...lead(start - random.int(30, 150)),
        [INTERNSHIP, start],
        [ORIENTATION, back],
        [CLOSED, back + random.int(30, 300)],
      ];
    }
    case 'HIRED': {
      const hired = random.int(D('2022-01-17'), D('2022-12-16'));
      const monitoring = hired + random.int(30, 75);
      return [
        ...lead(hired - random.int(45, 240)),
        [PLACED, hired],
        [MONITORING, monitoring],
        [CLOSED, monitoring + random.int(180, 600)],
      ];
    }
    case 'ORIENTATION': {
      const orientation = random.int(D('2021-10-01'), D('2022-11-30'));
      const steps = lead(orientation);
      let last = orientation;
      if (random.chance(0.3)) {
        const training = Math.max(orientation + random.int(20, 90), D('2022-01-10'));
        last = training + random.int(60, 150);
        steps.push([TRAINING, training], [ORIENTATION, last]);
      }
      steps.push([CLOSED, Math.max(last + random.int(60, 360), D('2022-01-20'))]);
      return steps;
    }
    case 'RENEWED': {
      const hired = random.int(D('2020-01-13'), D('2020-11-30'));
      const renewed = random.int(D('2022-01-10'), D('2022-12-16'));
      const monitoring = hired + random.int(30, 90);
      const referred = hired - random.int(120, 300);
      return [
        [REFERRED, referred],
        [INTAKE, referred + random.int(10, 30)],
        [ORIENTATION, referred + random.int(40, 70)],
        [PLACED, hired],
        [MONITORING, monitoring],
        [PLACED, renewed],
        [MONITORING, renewed + random.int(20, 45)],
        [CLOSED, renewed + random.int(200, 650)],
      ];
    }
  }
}

function largestTowns(towns: MunicipalityRef[]): MunicipalityRef[] {
  const large = towns.filter((m) => (m.population ?? 0) >= 10_000);
  if (large.length) return large;
  if (towns.length) return towns;
  throw new Error('No province town outside the ambiti in the reference data');
}

function referringService(person: PersonProfile): { kind: ReferringServiceKind; name: string } {
  if (person.law381 === Law381Category.PSYCHIATRIC)
    return { kind: ReferringServiceKind.MENTAL_HEALTH_CENTRE, name: 'CPS di Brescia' };
  if (person.law381 === Law381Category.DRUG_ADDICTION || person.law381 === Law381Category.ALCOHOL_ADDICTION) {
    return { kind: ReferringServiceKind.ADDICTION_SERVICE, name: 'SerD Brescia' };
  }
  if (person.law381 === Law381Category.PRISONER_OR_ALTERNATIVE_MEASURE)
    return { kind: ReferringServiceKind.JUSTICE_PROBATION_OFFICE, name: 'UEPE Brescia' };
  if (person.law68 === Law68Category.DISABLED_ART1) {
    return {
      kind: ReferringServiceKind.ASST_DISABILITY_SERVICE,
      name: 'ASST Spedali Civili di Brescia – servizio disabilità',
    };
  }
  return {
    kind: ReferringServiceKind.MUNICIPAL_SOCIAL_SERVICE,
    name: `Servizi sociali del Comune di ${person.residence.name}`,
  };
}

const STEP_REASONS: Partial<Record<CaseStatus, string>> = {
  INTAKE: 'Colloquio di accoglienza',
  ORIENTATION: 'Avvio del percorso di orientamento',
  TRAINING: 'Inserimento in laboratorio',
  INTERNSHIP: 'Avvio del tirocinio',
  PLACED: 'Assunzione',
  MONITORING: 'Inserimento stabile: monitoraggio',
  CLOSED: 'Percorso concluso',
};

export async function generateCohort(
  manager: EntityManager,
  write: RowWriter,
  random: SeededRandom,
  referenceDay: Day,
  missing: Map<number, Figures>,
  byPath: Record<Path, number>,
): Promise<PersonFacts[]> {
  const ref = await loadReferenceData(manager);
  const taken = new Set<string>(
    (await manager.query(`SELECT codice_fiscale FROM beneficiary`)).map(
      (r: { codice_fiscale: string }) => r.codice_fiscale,
    ),
  );
  const operators: Array<{ id: string; ambito: number }> = await manager.query(
    `SELECT id, ambito_number AS ambito FROM operator WHERE role = 'OPERATOR' AND active ORDER BY email`,
  );
  const people: Row[] = [];
  const steps: Row[] = [];
  const referrals: Row[] = [];
  const skills: Row[] = [];
  const facts: PersonFacts[] = [];
  const occupations = [...ref.occupations.values()];
  const transversalCodes = (ref.skillsBySector.get(Sector.TRANSVERSAL) ?? []).map((skill) => skill.code);

  for (const [ambito, need] of [...missing.entries()].sort(([a], [b]) => a - b)) {
    // People outside the ambiti moved from Ambito 1 to a nearby town: still followed by an Ambito 1 operator.
    const towns =
      ambito === OUTSIDE
        ? largestTowns(ref.provinceTowns)
        : ref.serviceMunicipalities.filter((m) => m.ambitoNumber === ambito);
    const team = operators.filter((o) => Number(o.ambito) === (ambito === OUTSIDE ? 1 : ambito));
    if (team.length === 0) throw new Error(`No operator in Ambito ${ambito}`);
    const paths = cohortPaths(need);
    const list = (Object.entries(paths) as Array<[Path, number]>).flatMap(([path, n]) => Array<Path>(n).fill(path));
    list.forEach((path, i) => {
      byPath[path] += 1;
      const residence: MunicipalityRef = random.weightedItem(towns, (m) => m.population ?? 1);
      const person = drawPersonProfile(random, residence);
      const operator = team[i % team.length];
      const history = drawPath(random, path);
      for (let k = 1; k < history.length; k++) {
        if (!isHistoryStep(history[k - 1][0], history[k][0]) || history[k][1] <= history[k - 1][1]) {
          throw new Error(`Drawn 2022 path ${path} breaks the case lifecycle at step ${k}`);
        }
      }
      const minutes = history.map(() => officeMinute(random));
      const birthDate = drawBirthDate(random, referenceDay, history[0][1]);
      const codiceFiscale = uniqueCodiceFiscale(person, birthDate, drawBirthplace(random, person, ref), taken);
      const [first, lastStep] = [0, history.length - 1];
      const openingIndex = history.map(([s]) => s).lastIndexOf(CaseStatus.REFERRED);
      const enrolledOn = person.law68 ? isoDate(history[0][1] - random.int(60, 900)) : null;
      people.push(
        beneficiaryRow(person, {
          codiceFiscale,
          birthDate,
          residenceId: residence.id,
          enrolledOn,
          operatorId: operator.id,
          caseStatus: history[lastStep][0],
          caseOpenedAt: instant(history[openingIndex][1], minutes[openingIndex]),
          createdAt: instant(history[first][1], minutes[first]),
          updatedAt: instant(history[lastStep][1], minutes[lastStep]),
        }),
      );
      const service = referringService(person);
      history.forEach(([to, day], k) => {
        steps.push({
          id: random.uuid(),
          beneficiary_id: person.id,
          from_status: k === 0 ? null : history[k - 1][0],
          to_status: to,
          changed_by_id: operator.id,
          changed_at: instant(day, minutes[k]),
          reason: to === CaseStatus.REFERRED ? `Referral from ${service.name}` : (STEP_REASONS[to] ?? ''),
        });
        if (to === CaseStatus.REFERRED) {
          referrals.push({
            id: random.uuid(),
            beneficiary_id: person.id,
            service_kind: service.kind,
            service_name: service.name,
            contact_name: null,
            contact_email: null,
            contact_phone: null,
            referred_on: isoDate(day),
            reason: 'Richiesta di percorso di inserimento lavorativo',
            received_by_id: operator.id,
            opened_case: true,
            created_at: instant(day, minutes[k]),
          });
        }
      });
      // Their file keeps what the operator assessed at intake: the skills of the job they were oriented towards.
      const target = profileOf(random.pick(occupations), ref);
      const jobSkills = random.sample(target.skills, Math.min(target.skills.length, random.int(2, 4)));
      const transversal = random.sample(transversalCodes, 1 + Math.max(0, 3 - jobSkills.length));
      for (const code of [...jobSkills, ...transversal]) {
        skills.push({
          id: random.uuid(),
          beneficiary_id: person.id,
          skill_id: ref.skills.get(code)!.id,
          level: random.int(1, 3),
          source: 'OPERATOR_ASSESSED',
          assessed_on: isoDate(history[Math.min(1, lastStep)][1]),
        });
      }
      facts.push({
        id: person.id,
        ambito,
        operatorId: operator.id,
        law68: person.law68,
        steps: history.map(([to, day], k) => ({ to, day, minute: minutes[k] })),
      });
    });
  }
  await write('beneficiary', BENEFICIARY_COLUMNS, people);
  await write('case_status_change', CASE_STATUS_CHANGE_COLUMNS, steps);
  await write('referral', REFERRAL_COLUMNS, referrals);
  await write('beneficiary_skill', BENEFICIARY_SKILL_COLUMNS, skills);
  return facts;
}
