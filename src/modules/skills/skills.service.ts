import { EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../graphql/errors';
import { escapeLike } from '../../db/like';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { stripUndefined } from '../../graphql/inputs';
import { Sector } from '../work-conditions/work-conditions.enums';
import { Occupation } from './occupation.entity';
import { Skill, SkillKind } from './skill.entity';
import { CreateSkillInput, UpdateSkillInput } from './skills.types';

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
    rethrowUniqueViolation(error, () => new ConflictError(`A skill with code ${input.code} already exists`, 'input.code'));
  }
}

export async function updateSkill(manager: EntityManager, id: string, input: UpdateSkillInput): Promise<Skill> {
  const skill = await manager.findOneBy(Skill, { id });
  if (!skill) throw new NotFoundError('Skill');
  Object.assign(skill, stripUndefined(input));
  return manager.save(skill);
}
