import { enumParam } from '../../i18n/translate';
import { todayInItaly } from '../../config/calendar';
import { DataSource, EntityManager, In } from 'typeorm';
import { LocalizedError, NotFoundError, UserInputError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { PageRequest, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { chosenOrder, ListOrder, OrderBy, SortDirection } from '../../graphql/ordering';
import { escapeLike } from '../../db/like';
import { foldedSql, foldText } from '../../db/text-fold';
import { ConnectionShape } from '../../graphql/relay';
import { Employer } from '../employers/employer.entity';
import { EmployerSite } from '../employers/employer-site.entity';
import { Occupation } from '../skills/occupation.entity';
import { Skill } from '../skills/skill.entity';
import { Sector } from '../work-conditions/work-conditions.enums';
import { OpeningSkill } from './opening-skill.entity';
import { Opening } from './opening.entity';
import { ContractType, OpeningStatus, SkillRequirement } from './opening.enums';
import { allowedNextOpeningStatuses, moveOpeningStatus } from './opening-status';
import { CreateOpeningInput, OpeningOrderField, OpeningSkillInput, UpdateOpeningInput } from './openings.types';
import { msg } from '../../i18n/message';

/** An opening list filter with IDs already resolved to database keys. */
export interface OpeningQuery {
  statuses?: OpeningStatus[] | null;
  employerId?: string | null;
  municipalityId?: string | null;
  ambito?: number | null;
  skillId?: string | null;
  contractTypes?: ContractType[] | null;
  sector?: Sector | null;
  countsTowardQuota?: boolean | null;
  search?: string | null;
}

/** A listed opening carries its employer and site, read in the same statement, for the caller to hand on. */
export type ListedOpening = Opening & { employer: Employer; site: EmployerSite };

const ID_KEY: SortKey = { expression: 'o.id', sqlType: 'uuid' };

/** The orders a client may ask for; each ends with the id, so ties keep one stable order. */
const ORDERS: Record<OpeningOrderField, SortKey[]> = {
  CREATED: [{ expression: 'o.created_at', sqlType: 'timestamptz' }, ID_KEY],
  // A row comparison with NULL is never true: an opening without a closing date sorts as if it closed at infinity.
  CLOSING_DATE: [{ expression: "COALESCE(o.closes_on, 'infinity'::date)", sqlType: 'date' }, ID_KEY],
  TITLE: [{ expression: 'o.title', sqlType: 'text' }, ID_KEY],
};

const NEWEST_FIRST: ListOrder = { keys: ORDERS.CREATED, direction: SortDirection.DESC };

/** Fields an update may change but never set to null: the columns are NOT NULL (an empty skill list is `[]`). */
const NOT_CLEARABLE = [
  'siteId',
  'title',
  'sector',
  'description',
  'weeklyHours',
  'shifts',
  'contractType',
  'positions',
  'countsTowardQuota',
  'physicalDemands',
  'accessibilityFeatures',
  'accommodationsArrangeable',
  'requiredSkills',
] as const;

export function listOpenings(
  manager: EntityManager,
  filter: OpeningQuery,
  page: PageRequest,
  limits: PageLimits,
  orderBy?: OrderBy<OpeningOrderField> | null,
): Promise<ConnectionShape<ListedOpening>> {
  const query = manager
    .createQueryBuilder(Opening, 'o')
    .leftJoinAndMapOne('o.employer', Employer, 'e', 'e.id = o.employer_id')
    .leftJoinAndMapOne('o.site', EmployerSite, 's', 's.id = o.site_id');
  if (filter.statuses?.length) query.andWhere('o.status IN (:...statuses)', filter);
  if (filter.employerId) query.andWhere('o.employer_id = :employerId', filter);
  if (filter.municipalityId) {
    query.andWhere(
      'o.site_id IN (SELECT fs.id FROM employer_site fs WHERE fs.municipality_id = :municipalityId)',
      filter,
    );
  }
  if (filter.ambito != null) {
    query.andWhere(
      `o.site_id IN (SELECT fs.id FROM employer_site fs JOIN municipality fm ON fm.id = fs.municipality_id
                     WHERE fm.ambito_number = :ambito)`,
      filter,
    );
  }
  if (filter.skillId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM opening_skill fos WHERE fos.opening_id = o.id AND fos.skill_id = :skillId)',
      filter,
    );
  }
  if (filter.contractTypes?.length) query.andWhere('o.contract_type IN (:...contractTypes)', filter);
  if (filter.sector) query.andWhere('o.sector = :sector', filter);
  if (filter.countsTowardQuota != null) query.andWhere('o.counts_toward_quota = :countsTowardQuota', filter);
  if (filter.search?.trim()) {
    query.andWhere(`(${foldedSql('o.title')} LIKE :searchText OR ${foldedSql('e.legal_name')} LIKE :searchText)`, {
      searchText: `%${escapeLike(foldText(filter.search.trim()))}%`,
    });
  }
  const order = chosenOrder(ORDERS, orderBy, NEWEST_FIRST);
  return paginate(query, order.keys, order.direction, page, limits) as Promise<ConnectionShape<ListedOpening>>;
}

/** Creates the opening as DRAFT with its skills, in one transaction: either all of it is written or nothing. */
export function createOpening(dataSource: DataSource, input: CreateOpeningInput): Promise<Opening> {
  return dataSource.transaction(async (manager) => {
    const employer = await manager.findOneBy(Employer, { id: input.employerId });
    if (!employer) throw new UserInputError(msg('openings.employerId'), 'input.employerId');
    await checkSite(manager, input.siteId, employer.id, 'input.siteId');
    await checkOccupation(manager, input.occupationId);
    if (input.closesOn) checkClosesOn(input.closesOn, null);
    await checkSkills(manager, input.requiredSkills, []);

    const { requiredSkills, ...fields } = input;
    const opening = await manager.save(
      manager.create(Opening, {
        ...fields,
        occupationId: fields.occupationId ?? null,
        sector: fields.sector ?? employer.sector,
        title: fields.title.trim(),
        status: OpeningStatus.DRAFT,
      }),
    );
    await insertSkills(manager, opening.id, requiredSkills);
    return opening;
  });
}

export function updateOpening(dataSource: DataSource, id: string, input: UpdateOpeningInput): Promise<Opening> {
  return dataSource.transaction(async (manager) => {
    const opening = await lockOpening(manager, id);
    for (const field of NOT_CLEARABLE) {
      if (input[field] === null) {
        throw new UserInputError(msg('openings.nullLeaveOutKeep', { field }), `input.${field}`);
      }
    }
    if (input.siteId) await checkSite(manager, input.siteId, opening.employerId, 'input.siteId');
    await checkOccupation(manager, input.occupationId);
    if (input.closesOn) checkClosesOn(input.closesOn, opening.openedOn);

    const { requiredSkills, ...fields } = input;
    if (requiredSkills) {
      const current = await manager.findBy(OpeningSkill, { openingId: id });
      await checkSkills(
        manager,
        requiredSkills,
        current.map((s) => s.skillId),
      );
      await manager.delete(OpeningSkill, { openingId: id });
      await insertSkills(manager, id, requiredSkills);
      // The skills are part of the opening: a new list must show in updatedAt even when no column changed.
      opening.updatedAt = new Date();
    }
    Object.assign(opening, stripUndefined({ ...fields, title: fields.title?.trim() }));
    return manager.save(opening);
  });
}

export function changeOpeningStatus(dataSource: DataSource, id: string, to: OpeningStatus): Promise<Opening> {
  return dataSource.transaction(async (manager) => {
    const opening = await lockOpening(manager, id);
    const today = todayInItaly();
    const next = moveOpeningStatus(opening, to, today);
    if (!next) {
      const allowed = allowedNextOpeningStatuses(opening.status);
      throw new LocalizedError(
        msg('openings.forbiddenTransition', {
          status: enumParam('OpeningStatus', opening.status),
          to: enumParam('OpeningStatus', to),
          allowed: enumParam('OpeningStatus', allowed),
        }),
        { code: 'BAD_USER_INPUT', field: 'input.status', allowedStatuses: allowed },
      );
    }
    if (to === OpeningStatus.OPEN && opening.closesOn !== null && opening.closesOn < today) {
      throw new UserInputError(
        msg('openings.lastDayProposeCandidates', { closesOn: opening.closesOn }),
        'input.status',
      );
    }
    Object.assign(opening, next);
    return manager.save(opening);
  });
}

async function lockOpening(manager: EntityManager, id: string): Promise<Opening> {
  const opening = await manager.findOne(Opening, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!opening) throw new NotFoundError('Opening');
  return opening;
}

async function checkSite(manager: EntityManager, siteId: string, employerId: string, field: string): Promise<void> {
  const site = await manager.findOneBy(EmployerSite, { id: siteId });
  if (!site) throw new UserInputError(msg('openings.siteId'), field);
  if (site.employerId !== employerId) throw new UserInputError(msg('openings.siteBelongsAnotherEmployer'), field);
}

async function checkOccupation(manager: EntityManager, occupationId: string | null | undefined): Promise<void> {
  if (occupationId && !(await manager.existsBy(Occupation, { id: occupationId }))) {
    throw new UserInputError(msg('openings.occupationId'), 'input.occupationId');
  }
}

function checkClosesOn(closesOn: string, openedOn: string | null): void {
  if (closesOn < todayInItaly()) {
    throw new UserInputError(msg('openings.lastDayProposeCandidates2'), 'input.closesOn');
  }
  if (openedOn && closesOn < openedOn) {
    throw new UserInputError(msg('openings.openingPublishedCloseBefore', { openedOn }), 'input.closesOn');
  }
}

/**
 * Each skill once, existing, and still in the catalogue unless the opening already asked for it (a retired skill
 * stays valid history but is not offered for new requirements). Errors name the entry, e.g. requiredSkills.2.
 */
async function checkSkills(manager: EntityManager, skills: OpeningSkillInput[], keptSkillIds: string[]): Promise<void> {
  const ids = skills.map((s) => s.skillId);
  const found = ids.length ? await manager.findBy(Skill, { id: In(ids) }) : [];
  const byId = new Map(found.map((skill) => [skill.id, skill]));
  skills.forEach((entry, i) => {
    const field = `input.requiredSkills.${i}`;
    const skill = byId.get(entry.skillId);
    if (!skill) throw new UserInputError(msg('openings.skillId'), `${field}.skillId`);
    if (!skill.active && !keptSkillIds.includes(skill.id)) {
      throw new UserInputError(msg('openings.skillRetiredCatalogue'), `${field}.skillId`);
    }
    if (ids.indexOf(entry.skillId) !== i) {
      throw new UserInputError(msg('openings.skillAlreadyList'), `${field}.skillId`);
    }
    if (entry.indispensable && entry.requirement !== SkillRequirement.REQUIRED) {
      throw new UserInputError(msg('openings.onlyRequiredSkillIndispensable'), `${field}.indispensable`);
    }
  });
}

async function insertSkills(manager: EntityManager, openingId: string, skills: OpeningSkillInput[]): Promise<void> {
  if (skills.length)
    await manager.insert(
      OpeningSkill,
      skills.map((skill) => ({ ...skill, openingId })),
    );
}
