import { isDeepStrictEqual } from 'node:util';
import { todayInItaly } from '../../config/calendar';
import { DataSource, EntityManager, In } from 'typeorm';
import { escapeLike } from '../../db/like';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { PageRequest, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { chosenOrder, ListOrder, OrderBy, SortDirection } from '../../graphql/ordering';
import { LAST_CONTACT_SQL } from '../case-work/last-contact';
import { ConnectionShape } from '../../graphql/relay';
import { Occupation } from '../skills/occupation.entity';
import { Skill } from '../skills/skill.entity';
import { BeneficiarySkill } from './beneficiary-skill.entity';
import { Beneficiary } from './beneficiary.entity';
import { CaseStatus, Law68Category, SkillSource } from './beneficiary.enums';
import { BeneficiaryOrderField, BeneficiaryProfileInput, WorkConstraintsInput } from './beneficiaries.types';
import { checkProfile, profileToEntityFields, REQUIRED_PROFILE_FIELDS } from './beneficiary-profile';
import { lockBeneficiary } from './case-lifecycle.service';
import { WorkConstraints } from './work-constraints.entity';
import { msg } from '../../i18n/message';

/** A beneficiary list filter with IDs already resolved to database keys. */
export interface BeneficiaryQuery {
  ambito?: number | null;
  municipalityId?: string | null;
  caseStatuses?: CaseStatus[] | null;
  skillId?: string | null;
  minSkillLevel?: number | null;
  law68Category?: Law68Category | null;
  law381?: boolean | null;
  followedBySocialServices?: boolean | null;
  assignedOperatorId?: string | null;
  search?: string | null;
}

const ID_KEY: SortKey = { expression: 'b.id', sqlType: 'uuid' };

/** The orders a client may ask for; each ends with the id, so ties keep one stable order. */
const ORDERS: Record<BeneficiaryOrderField, SortKey[]> = {
  NAME: [{ expression: 'b.family_name', sqlType: 'text' }, { expression: 'b.given_name', sqlType: 'text' }, ID_KEY],
  CASE_OPENED: [{ expression: 'b.case_opened_at', sqlType: 'timestamptz' }, ID_KEY],
  LAST_CONTACT: [{ expression: LAST_CONTACT_SQL, sqlType: 'date' }, ID_KEY],
};

const BY_NAME: ListOrder = { keys: ORDERS.NAME, direction: SortDirection.ASC };

export function listBeneficiaries(
  manager: EntityManager,
  filter: BeneficiaryQuery,
  page: PageRequest,
  limits: PageLimits,
  orderBy?: OrderBy<BeneficiaryOrderField> | null,
): Promise<ConnectionShape<Beneficiary>> {
  const query = manager.createQueryBuilder(Beneficiary, 'b');
  if (filter.ambito != null) {
    query.andWhere('b.residence_municipality_id IN (SELECT m.id FROM municipality m WHERE m.ambito_number = :ambito)', {
      ambito: filter.ambito,
    });
  }
  if (filter.municipalityId) query.andWhere('b.residence_municipality_id = :municipalityId', filter);
  if (filter.caseStatuses?.length) query.andWhere('b.case_status IN (:...caseStatuses)', filter);
  if (filter.skillId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM beneficiary_skill bs WHERE bs.beneficiary_id = b.id AND bs.skill_id = :skillId AND bs.level >= :minSkillLevel)',
      { skillId: filter.skillId, minSkillLevel: filter.minSkillLevel ?? 1 },
    );
  }
  if (filter.law68Category) query.andWhere('b.law68_category = :law68Category', filter);
  if (filter.law381 != null) query.andWhere(`b.law381_category IS ${filter.law381 ? 'NOT NULL' : 'NULL'}`);
  if (filter.followedBySocialServices != null) {
    query.andWhere('b.followed_by_social_services = :followedBySocialServices', filter);
  }
  if (filter.assignedOperatorId) query.andWhere('b.assigned_operator_id = :assignedOperatorId', filter);
  if (filter.search) {
    query.andWhere(
      `(b.family_name || ' ' || b.given_name ILIKE :searchText OR b.given_name || ' ' || b.family_name ILIKE :searchText
        OR b.codice_fiscale LIKE :codePrefix)`,
      {
        searchText: `%${escapeLike(filter.search.trim())}%`,
        codePrefix: `${escapeLike(filter.search.trim().toUpperCase())}%`,
      },
    );
  }
  const order = chosenOrder(ORDERS, orderBy, BY_NAME);
  return paginate(query, order.keys, order.direction, page, limits);
}

export function updateBeneficiary(
  dataSource: DataSource,
  id: string,
  input: BeneficiaryProfileInput,
): Promise<Beneficiary> {
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, id);
    const fields = profileToEntityFields(input, 'input');
    for (const required of REQUIRED_PROFILE_FIELDS) {
      if (required in fields && fields[required] === null) {
        throw new UserInputError(msg('beneficiaries.removedPersonSRecord', { required }), `input.${required}`);
      }
    }
    const changes = changedFields(beneficiary, fields);
    Object.assign(beneficiary, changes);
    await checkProfile(manager, beneficiary, 'input', undefined, changes);
    if (Object.keys(changes).length === 0) return beneficiary;
    try {
      // The locked row is the current one: only what changes is written, without reading it again as `save` would.
      const { raw } = await manager
        .createQueryBuilder()
        .update(Beneficiary)
        .set(changes)
        .where({ id })
        .returning('updated_at')
        .execute();
      beneficiary.updatedAt = raw[0].updated_at;
      return beneficiary;
    } catch (error) {
      rethrowUniqueViolation(
        error,
        () => new ConflictError(msg('beneficiaries.codiceFiscaleRecordedPerson'), 'input.codiceFiscale'),
      );
    }
  });
}

/** The fields whose value differs from the record's: an unchanged value is neither checked nor written. */
function changedFields(record: Beneficiary, fields: Partial<Beneficiary>): Partial<Beneficiary> {
  const key = (name: string) => name as keyof Beneficiary;
  return Object.fromEntries(
    Object.entries(fields).filter(([name, value]) => !isDeepStrictEqual(record[key(name)], value)),
  ) as Partial<Beneficiary>;
}

export function setWorkConstraints(
  dataSource: DataSource,
  beneficiaryId: string,
  input: WorkConstraintsInput,
  preferredOccupationIds: string[] | undefined,
): Promise<WorkConstraints> {
  return dataSource.transaction(async (manager) => {
    await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const current =
      (await manager.findOneBy(WorkConstraints, { beneficiaryId })) ??
      manager.create(WorkConstraints, { beneficiaryId });
    Object.assign(current, stripUndefined({ ...input, preferredOccupationIds }));

    const { minWeeklyHours, maxWeeklyHours } = current;
    if (minWeeklyHours != null && maxWeeklyHours != null && minWeeklyHours > maxWeeklyHours) {
      throw new UserInputError(msg('beneficiaries.maximumWeeklyHoursBelow'), 'input.maxWeeklyHours');
    }
    const both = (current.excludedSectors ?? []).filter((s) => (current.preferredSectors ?? []).includes(s));
    if (both.length) {
      throw new UserInputError(
        msg('beneficiaries.sectorBothPreferredExcluded', { sectors: both.join(', ') }),
        'input.preferredSectors',
      );
    }
    if (preferredOccupationIds?.length) {
      const found = await manager.countBy(Occupation, { id: In(preferredOccupationIds) });
      if (found !== new Set(preferredOccupationIds).size) {
        throw new UserInputError(msg('beneficiaries.somePreferredOccupationsDo'), 'input.preferredOccupationIds');
      }
    }
    return manager.save(current);
  });
}

export function setBeneficiarySkill(
  dataSource: DataSource,
  beneficiaryId: string,
  skillId: string,
  change: { level: number; source: SkillSource; assessedOn?: string },
): Promise<BeneficiarySkill> {
  return dataSource.transaction(async (manager) => {
    await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const skill = await manager.findOneBy(Skill, { id: skillId });
    if (!skill) throw new UserInputError(msg('beneficiaries.skillId'), 'input.skillId');
    const today = todayInItaly();
    if (change.assessedOn && change.assessedOn > today) {
      throw new UserInputError(msg('beneficiaries.assessmentDateFuture'), 'input.assessedOn');
    }
    const existing = await manager.findOneBy(BeneficiarySkill, { beneficiaryId, skillId });
    if (!existing && !skill.active)
      throw new UserInputError(msg('beneficiaries.skillRetiredCatalogue'), 'input.skillId');
    const record = existing ?? manager.create(BeneficiarySkill, { beneficiaryId, skillId });
    Object.assign(record, { level: change.level, source: change.source, assessedOn: change.assessedOn ?? today });
    return manager.save(record);
  });
}

export async function removeBeneficiarySkill(
  dataSource: DataSource,
  beneficiaryId: string,
  skillId: string,
): Promise<Beneficiary> {
  return dataSource.transaction(async (manager) => {
    const beneficiary = await lockBeneficiary(manager, beneficiaryId, 'beneficiaryId');
    const { affected } = await manager.delete(BeneficiarySkill, { beneficiaryId, skillId });
    if (!affected) throw new NotFoundError('BeneficiarySkill', 'skillId');
    return beneficiary;
  });
}
