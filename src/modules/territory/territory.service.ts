import { EntityManager } from 'typeorm';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { Ambito } from './ambito.entity';
import { Municipality } from './municipality.entity';
import { CreateMunicipalityInput, UpdateMunicipalityInput } from './territory.types';
import { msg } from '../../i18n/message';

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

/** New municipalities lie outside the two ambiti: the service's territory is fixed reference data. */
export async function createMunicipality(
  manager: EntityManager,
  input: CreateMunicipalityInput,
): Promise<Municipality> {
  try {
    return await manager.save(
      manager.create(Municipality, { ...input, population: input.population ?? null, ambitoNumber: null }),
    );
  } catch (error) {
    rethrowUniqueViolation(error, () => {
      const field = String((error as { driverError?: { constraint?: string } }).driverError?.constraint).includes(
        'belfiore',
      )
        ? 'input.belfioreCode'
        : 'input.istatCode';
      return new ConflictError(msg('territory.municipalityCodeAlreadyExists'), field);
    });
  }
}

export async function updateMunicipality(
  manager: EntityManager,
  id: string,
  input: UpdateMunicipalityInput,
): Promise<Municipality> {
  const municipality = await manager.findOneBy(Municipality, { id });
  if (!municipality) throw new NotFoundError('Municipality');
  Object.assign(municipality, stripUndefined(input));
  return manager.save(municipality);
}
