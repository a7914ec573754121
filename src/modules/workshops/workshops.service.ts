import { DataSource, EntityManager, In } from 'typeorm';
import { NotFoundError } from '../../graphql/errors';
import { PageArgs, paginate, PageLimits, SortKey } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { lockBeneficiary } from '../beneficiaries/case-lifecycle.service';
import { Operator, OperatorRole } from '../operators/operator.entity';
import { Skill } from '../skills/skill.entity';
import { Municipality } from '../territory/municipality.entity';
import { capacityProblem, enrolmentProblem } from './rules/enrolment';
import { lastSessionDay, scheduleProblem, SessionSlot, slotProblem } from './rules/schedule';
import { refuse, refuseIf } from './workshop-errors';
import { WorkshopEnrolment } from './workshop-enrolment.entity';
import { WorkshopSession } from './workshop-session.entity';
import { Workshop } from './workshop.entity';

export interface CreateWorkshopCommand {
  title: string;
  theme: string;
  municipalityId: string;
  address: string | null;
  capacity: number;
  operatorInChargeId: string;
  skillIds: string[];
  sessions: SessionSlot[];
}

export interface UpdateWorkshopCommand {
  title?: string;
  theme?: string;
  address?: string | null;
  capacity?: number;
  operatorInChargeId?: string;
}

const NEWEST_FIRST: SortKey[] = [
  { expression: 'w.created_at', sqlType: 'timestamptz' },
  { expression: 'w.id', sqlType: 'uuid' },
];

export function listWorkshops(
  manager: EntityManager,
  filter: { ambito?: number | null; operatorInChargeId?: string | null },
  page: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<Workshop>> {
  const query = manager.createQueryBuilder(Workshop, 'w');
  if (filter.ambito != null) query.andWhere('w.ambito_number = :ambito', filter);
  if (filter.operatorInChargeId) query.andWhere('w.operator_in_charge_id = :operatorInChargeId', filter);
  return paginate(query, NEWEST_FIRST, 'DESC', page, limits);
}

/** The operator in charge follows cases in the workshop's ambito (an operator of it) or everywhere (the coordinator). */
async function checkOperatorInCharge(manager: EntityManager, operatorId: string, ambito: number, field: string) {
  const operator = await manager.findOneBy(Operator, { id: operatorId });
  if (!operator) throw new NotFoundError('Operator', field);
  const fits =
    operator.active &&
    ((operator.role === OperatorRole.OPERATOR && operator.ambitoNumber === ambito) ||
      operator.role === OperatorRole.COORDINATOR);
  if (!fits) refuse({ code: 'operatorNotCaseWorker', kind: 'BAD_INPUT', field });
}

export function createWorkshop(dataSource: DataSource, cmd: CreateWorkshopCommand): Promise<Workshop> {
  return dataSource.transaction(async (manager) => {
    refuseIf(scheduleProblem(cmd.sessions, 'input.sessions'));
    const municipality = await manager.findOneBy(Municipality, { id: cmd.municipalityId });
    if (!municipality) throw new NotFoundError('Municipality', 'input.municipalityId');
    if (municipality.ambitoNumber === null) {
      refuse({
        code: 'municipalityOutsideService',
        kind: 'BAD_INPUT',
        field: 'input.municipalityId',
        params: { name: municipality.name },
      });
    }
    const ambito = municipality.ambitoNumber;
    await checkOperatorInCharge(manager, cmd.operatorInChargeId, ambito, 'input.operatorInChargeId');
    const skillIds = [...new Set(cmd.skillIds)];
    const activeSkills = await manager.countBy(Skill, { id: In(skillIds), active: true });
    if (activeSkills !== skillIds.length) refuse({ code: 'unknownSkills', kind: 'BAD_INPUT', field: 'input.skillIds' });

    const workshop = await manager.save(
      manager.create(Workshop, {
        title: cmd.title.trim(),
        theme: cmd.theme.trim(),
        ambitoNumber: ambito,
        municipalityId: municipality.id,
        address: cmd.address?.trim() || null,
        capacity: cmd.capacity,
        operatorInChargeId: cmd.operatorInChargeId,
      }),
    );
    if (skillIds.length) {
      await manager.query(`INSERT INTO workshop_skill (workshop_id, skill_id) SELECT $1, unnest($2::uuid[])`, [
        workshop.id,
        skillIds,
      ]);
    }
    await manager.save(cmd.sessions.map((s) => manager.create(WorkshopSession, { ...s, workshopId: workshop.id })));
    return workshop;
  });
}

/** Locks the workshop: enrolments, attendance and capacity changes of one workshop queue behind each other. */
export async function lockWorkshop(manager: EntityManager, id: string, field = 'workshopId'): Promise<Workshop> {
  const workshop = await manager.findOne(Workshop, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!workshop) throw new NotFoundError('Workshop', field);
  return workshop;
}

export function updateWorkshop(dataSource: DataSource, id: string, cmd: UpdateWorkshopCommand): Promise<Workshop> {
  return dataSource.transaction(async (manager) => {
    const workshop = await lockWorkshop(manager, id, 'id');
    if (cmd.capacity !== undefined) {
      const enrolled = await manager.countBy(WorkshopEnrolment, { workshopId: id });
      refuseIf(capacityProblem(cmd.capacity, enrolled, 'input.capacity'));
    }
    if (cmd.operatorInChargeId !== undefined) {
      await checkOperatorInCharge(manager, cmd.operatorInChargeId, workshop.ambitoNumber, 'input.operatorInChargeId');
    }
    Object.assign(workshop, {
      ...cmd,
      ...(cmd.title !== undefined ? { title: cmd.title.trim() } : {}),
      ...(cmd.theme !== undefined ? { theme: cmd.theme.trim() } : {}),
      ...(cmd.address !== undefined ? { address: cmd.address?.trim() || null } : {}),
    });
    return manager.save(workshop);
  });
}

/**
 * Enrols a person. The workshop is locked first, then the person (the order every workshop write keeps): two
 * enrolments in the same workshop queue, so the count each reads is the count it adds to, and the capacity holds.
 */
export function enrolInWorkshop(
  dataSource: DataSource,
  workshopId: string,
  beneficiaryId: string,
  today: string,
): Promise<WorkshopEnrolment> {
  return dataSource.transaction(async (manager) => {
    const workshop = await lockWorkshop(manager, workshopId);
    const person = await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const [{ enrolled, already, lastDay, personAmbito }] = await manager.query(
      `SELECT (SELECT count(*)::int FROM workshop_enrolment e WHERE e.workshop_id = $1) AS enrolled,
              EXISTS (SELECT 1 FROM workshop_enrolment e WHERE e.workshop_id = $1 AND e.beneficiary_id = $2) AS already,
              (SELECT max(s.held_on)::text FROM workshop_session s WHERE s.workshop_id = $1) AS "lastDay",
              (SELECT m.ambito_number FROM municipality m WHERE m.id = $3) AS "personAmbito"`,
      [workshopId, beneficiaryId, person.residenceMunicipalityId],
    );
    refuseIf(
      enrolmentProblem({
        capacity: workshop.capacity,
        enrolled,
        alreadyEnrolled: already,
        caseStatus: person.caseStatus,
        personAmbito,
        workshopAmbito: workshop.ambitoNumber,
        lastSessionDay: lastDay,
        today,
      }),
    );
    return manager.save(manager.create(WorkshopEnrolment, { workshopId, beneficiaryId, enrolledOn: today }));
  });
}

/** Adds a session to a workshop's schedule (a workshop extended, a session moved: the old one stays as held or not). */
export function addWorkshopSession(
  dataSource: DataSource,
  workshopId: string,
  slot: SessionSlot,
): Promise<WorkshopSession> {
  return dataSource.transaction(async (manager) => {
    await lockWorkshop(manager, workshopId);
    const existing = await manager.find(WorkshopSession, { where: { workshopId } });
    refuseIf(slotProblem(existing, slot, 'input'));
    return manager.save(manager.create(WorkshopSession, { ...slot, workshopId }));
  });
}

/** The day of a workshop's last session (every workshop has one). */
export async function workshopLastDay(manager: EntityManager, workshopId: string): Promise<string> {
  const sessions = await manager.find(WorkshopSession, { where: { workshopId }, select: { heldOn: true } });
  return lastSessionDay(sessions)!;
}
