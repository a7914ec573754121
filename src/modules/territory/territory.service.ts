import { EntityManager } from 'typeorm';
import { Ambito } from './ambito.entity';
import { Municipality } from './municipality.entity';

export function listMunicipalities(
  manager: EntityManager,
  filter: { ambito: number | null; serviceOnly: boolean },
): Promise<Municipality[]> {
  const query = manager.createQueryBuilder(Municipality, 'm').orderBy('m.name', 'ASC');
  if (filter.ambito !== null) query.andWhere('m.ambito_number = :ambito', { ambito: filter.ambito });
  if (filter.serviceOnly) query.andWhere('m.ambito_number IS NOT NULL');
  return query.getMany();
}

export function listAmbiti(manager: EntityManager): Promise<Ambito[]> {
  return manager.find(Ambito, { order: { number: 'ASC' } });
}
