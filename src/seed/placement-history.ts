import { EntityManager } from 'typeorm';
import { CaseStatus } from '../modules/beneficiaries/beneficiary.enums';
import { nextVisitDue, RhythmStep, stepsForKind } from '../modules/placements/rules/monitoring-rhythm';
import { serviceStatistics } from '../modules/statistics/statistics.service';
import { Row, RowWriter } from './bulk-insert';
import { PEOPLE_BETWEEN_YIELDS, PEOPLE_PER_CHUNK, WriteBehind, yieldToWrites } from './bulk-load';
import { generateCohort, missingFigures, OUTSIDE, type Path } from './cohort-2022';
import { italianName } from './names';
import { CaseMove, PersonFacts } from './person-facts';
import { Day, instant, isoDate, officeMinute, SeededRandom, toDay } from './random';

/**
 * The placement history of the demo data, and the service's 2022.
 *
 * 1. Every case history already seeded gets the placements behind it: an INTERNSHIP step starts an inclusion
 *    internship or a work trial, TRAINING a workshop, PLACED a hiring (converting the internship it follows, if any)
 *    or, from MONITORING, a contract renewal; the next step ends them (converted, completed, ended early). Each
 *    placement has its status history and its monitoring visits at the service's rhythm; those still running at the
 *    reference date stay ACTIVE with their next visit planned.
 * 2. The 2022 cohort (see cohort-2022.ts): people whose cases ran in 2022 (all closed since), added until the
 *    statistics for 2022 give the figures the service published; their placements are derived as in 1.
 *
 * Deterministic: its own random streams of the seed, and inputs read in a stable order.
 */

const YEAR = 2022;

const STREAM = { derive: 21, cohort: 22, cohortDerive: 23 } as const;

export interface PlacementHistorySummary {
  placements: number;
  visits: number;
  cohortPeople: number;
  cohortByPath: Record<Path, number>;
  /** False when the seeded people alone exceed a 2022 figure (a large benchmark data set): no cohort is added. */
  figures2022: boolean;
}

export const PLACEMENT_COLUMNS = {
  id: 'uuid',
  beneficiary_id: 'uuid',
  opening_id: 'uuid',
  employer_id: 'uuid',
  kind: 'text',
  status: 'text',
  outcome: 'text',
  starts_on: 'date',
  planned_end_on: 'date',
  ended_on: 'date',
  weekly_hours: 'smallint',
  tutor_id: 'uuid',
  company_tutor_name: 'text',
  company_tutor_email: 'text',
  company_tutor_phone: 'text',
  monthly_allowance_cents: 'integer',
  contract_type: 'text',
  counts_toward_quota: 'boolean',
  end_reason: 'text',
  converted_from_id: 'uuid',
  notes: 'text',
  proposed_by_id: 'uuid',
  started_at: 'timestamptz',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

const PLACEMENT_STATUS_CHANGE_COLUMNS = {
  id: 'uuid',
  placement_id: 'uuid',
  from_status: 'text',
  to_status: 'text',
  effective_on: 'date',
  changed_by_id: 'uuid',
  changed_at: 'timestamptz',
  reason: 'text',
} as const;

const MONITORING_VISIT_COLUMNS = {
  id: 'uuid',
  placement_id: 'uuid',
  status: 'text',
  planned_on: 'date',
  done_on: 'date',
  operator_id: 'uuid',
  notes: 'text',
  outcome: 'text',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
} as const;

interface EmployerRef {
  id: string;
  kind: string;
}

interface Rows {
  placements: Row[];
  changes: Row[];
  visits: Row[];
}

/** The employers placements go to, looked up in constant time: a million people make over a million placements. */
interface EmployerPool {
  all: EmployerRef[];
  byId: Map<string, EmployerRef>;
  /** Where a workshop may be hosted: the type-B social cooperatives, or any employer when there is none. */
  workshopHosts: EmployerRef[];
}

function employerPool(all: EmployerRef[]): EmployerPool {
  const cooperatives = all.filter((e) => e.kind === 'SOCIAL_COOPERATIVE_B');
  return { all, byId: new Map(all.map((e) => [e.id, e])), workshopHosts: cooperatives.length ? cooperatives : all };
}

interface Context {
  random: SeededRandom;
  employers: EmployerPool;
  rhythm: RhythmStep[];
  referenceDay: Day;
}

// ---------------------------------------------------------------------------------------------------------------

export async function seedPlacementHistory(
  manager: EntityManager,
  write: RowWriter,
  options: { seed: number; referenceDate: string; log?: (message: string) => void },
): Promise<PlacementHistorySummary> {
  const log = options.log ?? (() => undefined);
  const referenceDay = toDay(options.referenceDate);
  const employers = employerPool(await manager.query(`SELECT id, kind FROM employer ORDER BY partita_iva`));
  const rhythm: RhythmStep[] = (
    await manager.query(
      `SELECT placement_kind AS "placementKind", from_day AS "fromDay", every_days AS "everyDays" FROM monitoring_rhythm`,
    )
  ).map((r: RhythmStep) => ({ ...r, fromDay: Number(r.fromDay), everyDays: Number(r.everyDays) }));

  // 1. The placements behind the case histories already seeded, a chunk of people at a time.
  const deriveContext = { random: new SeededRandom(options.seed, STREAM.derive), employers, rhythm, referenceDay };
  const derived = { placements: 0, visits: 0 };
  // Each chunk is read before the previous one's rows are written, and derived while they are.
  const behind = new WriteBehind();
  for (let seeded = await loadPeople(manager, '', PEOPLE_PER_CHUNK); seeded.length > 0;) {
    const rows: Rows = { placements: [], changes: [], visits: [] };
    for (let start = 0; start < seeded.length; start += PEOPLE_BETWEEN_YIELDS) {
      const part = derivePlacements(seeded.slice(start, start + PEOPLE_BETWEEN_YIELDS), deriveContext);
      rows.placements.push(...part.placements);
      rows.changes.push(...part.changes);
      rows.visits.push(...part.visits);
      await yieldToWrites();
    }
    derived.placements += rows.placements.length;
    derived.visits += rows.visits.length;
    await behind.flush();
    seeded = await loadPeople(manager, seeded[seeded.length - 1].id, PEOPLE_PER_CHUNK);
    await behind.start(() => insertRows(write, rows));
  }
  await behind.flush();
  log(`${derived.placements} placements and ${derived.visits} monitoring visits behind the seeded case histories`);

  // 2. The 2022 cohort: what the seeded people do not already contribute.
  const missing = missingFigures(await serviceStatistics(manager, YEAR, null));
  const cohortByPath: Record<Path, number> = {
    INTERNSHIP_HIRED: 0,
    INTERNSHIP_ONLY: 0,
    HIRED: 0,
    ORIENTATION: 0,
    RENEWED: 0,
  };
  const feasible = [...missing.values()].every(
    (m) => m.accompanied >= m.internships && m.internships >= 0 && m.placed >= 0,
  );
  if (!feasible) {
    log('The seeded people alone exceed the 2022 figures at this scale: no 2022 cohort added');
    return { ...derived, cohortPeople: 0, cohortByPath, figures2022: false };
  }

  const cohort = await generateCohort(
    manager,
    write,
    new SeededRandom(options.seed, STREAM.cohort),
    referenceDay,
    missing,
    cohortByPath,
  );
  const cohortPlacements = derivePlacements(cohort, {
    random: new SeededRandom(options.seed, STREAM.cohortDerive),
    employers,
    rhythm,
    referenceDay,
  });
  await insertRows(write, cohortPlacements);

  const after = missingFigures(await serviceStatistics(manager, YEAR, null));
  for (const [ambito, left] of after) {
    if (left.accompanied || left.internships || left.placed) {
      throw new Error(
        `The 2022 cohort misses ${JSON.stringify(left)} in ${ambito === OUTSIDE ? 'no ambito' : `Ambito ${ambito}`}`,
      );
    }
  }
  log(
    `2022 cohort: ${cohort.length} people (${Object.entries(cohortByPath)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
  return {
    placements: derived.placements + cohortPlacements.placements.length,
    visits: derived.visits + cohortPlacements.visits.length,
    cohortPeople: cohort.length,
    cohortByPath,
    figures2022: true,
  };
}

async function insertRows(write: RowWriter, rows: Rows): Promise<void> {
  await write('placement', PLACEMENT_COLUMNS, rows.placements);
  await write('placement_status_change', PLACEMENT_STATUS_CHANGE_COLUMNS, rows.changes);
  await write('monitoring_visit', MONITORING_VISIT_COLUMNS, rows.visits);
}

/**
 * People by ID, after `after`, and their case history. Read before any placement is written (the cohort comes
 * after), so none has one yet: the read needs no index of placements, which the bulk load builds at its end.
 */
async function loadPeople(manager: EntityManager, after: string, limit: number): Promise<PersonFacts[]> {
  const rows: Array<{
    id: string;
    ambito: number | null;
    operatorId: string | null;
    law68: string | null;
    to: CaseStatus;
    at: Date;
  }> = await manager.query(
    `WITH chunk AS (
         SELECT b.id, b.residence_municipality_id, b.assigned_operator_id, b.law68_category FROM beneficiary b
         WHERE b.id > $1::uuid
         ORDER BY b.id LIMIT $2
       )
       SELECT b.id, m.ambito_number AS ambito, b.assigned_operator_id AS "operatorId", b.law68_category AS law68,
              c.to_status AS to, c.changed_at AS at
       FROM chunk b
       JOIN municipality m ON m.id = b.residence_municipality_id
       JOIN case_status_change c ON c.beneficiary_id = b.id
       ORDER BY b.id, c.changed_at, c.id`,
    [after || '00000000-0000-0000-0000-000000000000', limit],
  );
  const people: PersonFacts[] = [];
  for (const row of rows) {
    let person = people[people.length - 1];
    if (!person || person.id !== row.id) {
      person = { id: row.id, ambito: Number(row.ambito ?? 1), operatorId: row.operatorId, law68: row.law68, steps: [] };
      people.push(person);
    }
    const ms = new Date(row.at).getTime();
    const day = Math.floor(ms / 86_400_000);
    person.steps.push({ to: row.to, day, minute: Math.floor((ms - day * 86_400_000) / 60_000) });
  }
  return people;
}

// ---------------------------------------------------------------------------------------------------------------
// Placements from case histories

interface OpenPlacement {
  row: Row;
  kind: string;
  start: Day;
}

const COMPANY_TUTORS = [
  'Responsabile di reparto',
  'Capo squadra',
  'Responsabile del personale',
  'Coordinatore di cantiere',
  'Referente sociale',
];

/** The placements, status changes and visits that a set of case histories imply (see the file comment). */
export function derivePlacements(people: readonly PersonFacts[], ctx: Context): Rows {
  const out: Rows = { placements: [], changes: [], visits: [] };
  for (const person of people) derivePersonPlacements(person, ctx, out);
  return out;
}

function derivePersonPlacements(person: PersonFacts, ctx: Context, out: Rows): void {
  const { random } = ctx;
  let internship: OpenPlacement | null = null;
  let workshop: OpenPlacement | null = null;
  let contract: OpenPlacement | null = null;
  let previous: CaseStatus | null = null;

  for (const step of person.steps) {
    const to = step.to;
    if (internship && to !== CaseStatus.INTERNSHIP) {
      if (to === CaseStatus.PLACED) {
        end(internship, 'CONVERTED_TO_HIRING', Math.max(internship.start, step.day - 1), step, ctx, out, person, {
          outcome: 'POSITIVE',
          reason: 'Converted to hiring',
        });
        contract = open(person, 'HIRING', step, ctx, out, internship.row);
      } else {
        const early = random.chance(0.25);
        end(
          internship,
          early ? 'ENDED_EARLY' : 'COMPLETED',
          step.day,
          step,
          ctx,
          out,
          person,
          early
            ? {
                outcome: random.pick(['NEGATIVE', 'NEUTRAL']),
                reason: random.pick([
                  'Problemi di salute',
                  'Rinuncia della persona',
                  'Difficoltà nelle mansioni',
                  'Chiusura del reparto',
                ]),
              }
            : { outcome: random.weighted({ POSITIVE: 45, NEUTRAL: 35, NEGATIVE: 20 }), reason: 'Completed' },
        );
      }
      internship = null;
    }
    if (workshop && to !== CaseStatus.TRAINING) {
      end(workshop, 'COMPLETED', step.day, step, ctx, out, person, {
        outcome: random.weighted({ POSITIVE: 60, NEUTRAL: 40 }),
        reason: 'Completed',
      });
      workshop = null;
    }
    if (
      contract &&
      (to === CaseStatus.ORIENTATION ||
        to === CaseStatus.CLOSED ||
        (to === CaseStatus.PLACED && previous === CaseStatus.MONITORING))
    ) {
      if (to === CaseStatus.ORIENTATION && random.chance(0.5)) {
        end(contract, 'ENDED_EARLY', step.day, step, ctx, out, person, {
          outcome: 'NEGATIVE',
          reason: random.pick([
            'Licenziamento per giustificato motivo',
            'Dimissioni',
            'Contratto non rinnovato dall’azienda',
          ]),
        });
      } else {
        const renewing = to === CaseStatus.PLACED;
        end(
          contract,
          'COMPLETED',
          renewing ? Math.max(contract.start, step.day - 1) : step.day,
          step,
          ctx,
          out,
          person,
          {
            outcome: renewing || to === CaseStatus.CLOSED ? 'POSITIVE' : 'NEUTRAL',
            reason: renewing ? 'Renewed' : 'Completed',
          },
        );
      }
      const employerId = contract.row.employer_id as string;
      contract = null;
      if (to === CaseStatus.PLACED) contract = open(person, 'CONTRACT_RENEWAL', step, ctx, out, null, employerId);
    }
    if (to === CaseStatus.INTERNSHIP && previous !== CaseStatus.INTERNSHIP) {
      internship = open(person, random.chance(0.75) ? 'TIROCINIO_INCLUSIONE' : 'WORK_TRIAL', step, ctx, out, null);
    } else if (to === CaseStatus.TRAINING && previous !== CaseStatus.TRAINING) {
      workshop = open(person, 'WORKSHOP', step, ctx, out, null);
    } else if (to === CaseStatus.PLACED && !contract) {
      contract = open(person, 'HIRING', step, ctx, out, null);
    }
    previous = to;
  }
  for (const running of [internship, workshop, contract]) {
    if (!running) continue;
    // Still running at the reference date: its planned end is after it (a few end within the next weeks).
    const plannedEnd = running.row.planned_end_on as string | null;
    if (plannedEnd !== null && toDay(plannedEnd) < ctx.referenceDay + 10) {
      running.row.planned_end_on = isoDate(ctx.referenceDay + random.int(10, 200));
    }
    addVisits(running, null, ctx, out, person);
  }
}

function open(
  person: PersonFacts,
  kind: string,
  step: CaseMove,
  ctx: Context,
  out: Rows,
  convertedFrom: Row | null,
  employerId?: string,
): OpenPlacement {
  const { random } = ctx;
  const contract = kind === 'HIRING' || kind === 'CONTRACT_RENEWAL';
  const employer = employerId
    ? ctx.employers.byId.get(employerId)!
    : convertedFrom
      ? ctx.employers.byId.get(convertedFrom.employer_id as string)!
      : kind === 'WORKSHOP'
        ? random.chance(0.4)
          ? random.pick(ctx.employers.workshopHosts)
          : null
        : random.pick(ctx.employers.all);
  const contractType = contract ? random.weighted({ FIXED_TERM: 60, PERMANENT: 32, APPRENTICESHIP: 8 }) : null;
  const span =
    kind === 'TIROCINIO_INCLUSIONE'
      ? random.int(180, 365)
      : kind === 'WORK_TRIAL'
        ? random.int(30, 90)
        : kind === 'WORKSHOP'
          ? random.int(60, 120)
          : random.int(180, 540);
  const plannedEnd: Day | null = contract && contractType !== 'FIXED_TERM' ? null : step.day + span;
  const proposedDay = convertedFrom ? step.day : step.day - random.int(7, 21);
  const tutor = person.operatorId;
  const companyTutor = employer ? italianName(random, random.chance(0.5) ? 'M' : 'F') : null;
  const row: Row = {
    id: random.uuid(),
    beneficiary_id: person.id,
    opening_id: null,
    employer_id: employer?.id ?? null,
    kind,
    status: 'ACTIVE',
    outcome: null,
    starts_on: isoDate(step.day),
    planned_end_on: plannedEnd === null ? null : isoDate(plannedEnd),
    ended_on: null,
    weekly_hours: kind === 'WORKSHOP' ? random.int(8, 16) : random.int(15, 36),
    tutor_id: tutor,
    company_tutor_name: companyTutor ? `${companyTutor.givenName} ${companyTutor.familyName}` : null,
    company_tutor_email: null,
    company_tutor_phone: null,
    monthly_allowance_cents:
      kind === 'TIROCINIO_INCLUSIONE' || kind === 'WORK_TRIAL' ? random.pick([30000, 40000, 45000, 50000]) : null,
    contract_type: contractType,
    counts_toward_quota:
      contract && person.law68 !== null && employer?.kind !== 'SOCIAL_COOPERATIVE_B' && random.chance(0.7),
    end_reason: null,
    converted_from_id: convertedFrom?.id ?? null,
    notes: companyTutor ? `Tutor aziendale: ${random.pick(COMPANY_TUTORS)}` : '',
    proposed_by_id: tutor,
    started_at: instant(step.day, step.minute),
    created_at: instant(proposedDay, step.minute),
    updated_at: instant(step.day, step.minute),
  };
  out.placements.push(row);
  if (convertedFrom) {
    change(out, random, row, null, 'ACTIVE', step.day, step.minute, tutor, `Hired after ${convertedFrom.kind}`);
  } else {
    change(out, random, row, null, 'PROPOSED', proposedDay, step.minute, tutor, 'Proposed');
    change(out, random, row, 'PROPOSED', 'ACTIVE', step.day, step.minute, tutor, 'Confirmed');
  }
  return { row, kind, start: step.day };
}

function end(
  placement: OpenPlacement,
  status: string,
  endDay: Day,
  step: CaseMove,
  ctx: Context,
  out: Rows,
  person: PersonFacts,
  detail: { outcome: string; reason: string },
): void {
  const row = placement.row;
  row.status = status;
  row.ended_on = isoDate(endDay);
  row.outcome = detail.outcome;
  row.end_reason = status === 'ENDED_EARLY' ? detail.reason : null;
  row.updated_at = instant(step.day, step.minute);
  change(out, ctx.random, row, 'ACTIVE', status, endDay, step.minute, person.operatorId, detail.reason);
  addVisits(placement, endDay, ctx, out, person);
}

function change(
  out: Rows,
  random: SeededRandom,
  row: Row,
  from: string | null,
  to: string,
  day: Day,
  minute: number,
  by: string | null,
  reason: string,
) {
  out.changes.push({
    id: random.uuid(),
    placement_id: row.id,
    from_status: from,
    to_status: to,
    effective_on: isoDate(day),
    changed_by_id: by,
    changed_at: instant(day, minute),
    reason,
  });
}

/**
 * Visits at the service's rhythm while the placement ran: all done for an ended one; for a running one done until a
 * few days before the reference date, then the next one planned (some operators are a little late).
 */
function addVisits(placement: OpenPlacement, endDay: Day | null, ctx: Context, out: Rows, person: PersonFacts): void {
  const { random } = ctx;
  const steps = stepsForKind(placement.kind as never, ctx.rhythm);
  const startsOn = isoDate(placement.start);
  const last = endDay ?? ctx.referenceDay - random.int(0, 12);
  let previous: string | null = null;
  for (let n = 0; n < 60; n++) {
    const due = nextVisitDue(startsOn, previous, steps);
    if (due === null) return;
    const dueDay = toDay(due);
    if (dueDay > last) {
      if (endDay === null) {
        out.visits.push(visitRow(random, placement, due, null, person, null));
      }
      return;
    }
    const doneDay = Math.min(last, dueDay + random.int(-2, 4));
    const outcome = random.weighted({ GOING_WELL: 70, NEEDS_SUPPORT: 22, AT_RISK: 8 });
    out.visits.push(visitRow(random, placement, due, isoDate(doneDay), person, outcome));
    previous = isoDate(Math.max(doneDay, toDay(previous ?? startsOn)));
  }
}

const VISIT_NOTES: Record<string, string[]> = {
  GOING_WELL: [
    'Inserimento sereno, buona relazione con i colleghi',
    'Mansioni svolte in autonomia',
    'Il tutor aziendale è soddisfatto',
  ],
  NEEDS_SUPPORT: [
    'Fatica con i ritmi del turno: concordato un affiancamento',
    'Da rivedere l’organizzazione dei trasporti',
    'Serve un confronto con il tutor aziendale',
  ],
  AT_RISK: [
    'Assenze ripetute nell’ultimo mese',
    'Tensioni con il responsabile di reparto',
    'La persona valuta di interrompere',
  ],
};

function visitRow(
  random: SeededRandom,
  placement: OpenPlacement,
  plannedOn: string,
  doneOn: string | null,
  person: PersonFacts,
  outcome: string | null,
): Row {
  const at = instant(toDay(doneOn ?? plannedOn), officeMinute(random));
  return {
    id: random.uuid(),
    placement_id: placement.row.id,
    status: doneOn ? 'DONE' : 'PLANNED',
    planned_on: plannedOn,
    done_on: doneOn,
    operator_id: person.operatorId,
    notes: outcome ? random.pick(VISIT_NOTES[outcome]) : '',
    outcome,
    created_at: at,
    updated_at: at,
  };
}
