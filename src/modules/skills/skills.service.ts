import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { escapeLike } from '../../db/like';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { stripUndefined } from '../../graphql/inputs';
import { Sector } from '../work-conditions/work-conditions.enums';
import { Occupation } from './occupation.entity';
import { Skill, SkillKind } from './skill.entity';
import { CreateSkillInput, UpdateSkillInput } from './skills.types';
import { msg } from '../../i18n/message';

export interface CatalogueFilter {
  sector?: Sector | null;
  kind?: SkillKind | null;
  search?: string | null;
  includeRetired?: boolean;
}

export function listSkills(manager: EntityManager, filter: CatalogueFilter): Promise<Skill[]> {
  const query = manager.createQueryBuilder(Skill, 's').orderBy('s.sector').addOrderBy('s.label_it');
  if (filter.sector) query.andWhere('s.sector = :sector', { sector: filter.sector });
  if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
  if (!filter.includeRetired) query.andWhere('s.active');
  if (filter.search) {
    query.andWhere('(s.label_it ILIKE :searchText OR s.label_en ILIKE :searchText OR s.code ILIKE :searchText)', {
      searchText: `%${escapeLike(filter.search)}%`,
    });
  }
  return query.getMany();
}

export function listOccupations(manager: EntityManager, sector: Sector | null): Promise<Occupation[]> {
  return manager.find(Occupation, { where: sector ? { sector } : {}, order: { sector: 'ASC', labelIt: 'ASC' } });
}

export async function createSkill(manager: EntityManager, input: CreateSkillInput): Promise<Skill> {
  const skill = manager.create(Skill, { ...input, escoUri: input.escoUri ?? null, active: true });
  try {
    return await manager.save(skill);
  } catch (error) {
    rethrowUniqueViolation(
      error,
      () => new ConflictError(msg('skills.skillCodeAlreadyExists', { code: input.code }), 'input.code'),
    );
  }
}

export async function updateSkill(manager: EntityManager, id: string, input: UpdateSkillInput): Promise<Skill> {
  const skill = await manager.findOneBy(Skill, { id });
  if (!skill) throw new NotFoundError('Skill');
  Object.assign(skill, stripUndefined(input));
  return manager.save(skill);
}

const CP2021_CODE = /^[1-9](\.[0-9]{1,2}){4}$/;

/** Records (or clears) an occupation's CP2021 unit: five levels separated by dots; the code itself comes from ISTAT's list. */
export async function setOccupationCp2021Code(
  manager: EntityManager,
  id: string,
  code: string | null,
): Promise<Occupation> {
  const occupation = await manager.findOneBy(Occupation, { id });
  if (!occupation) throw new NotFoundError('Occupation', 'id');
  const trimmed = code?.trim() || null;
  if (trimmed !== null && !CP2021_CODE.test(trimmed)) {
    throw new UserInputError(msg('skills.cp2021CodeFiveNumeric'), 'code');
  }
  occupation.cp2021Code = trimmed;
  return manager.save(occupation);
}
