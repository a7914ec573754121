import { todayInItaly } from '../../config/calendar';
import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../../db/like';
import { rethrowUniqueViolation } from '../../db/unique-violation';
import { ConflictError, NotFoundError, UserInputError } from '../../graphql/errors';
import { stripUndefined } from '../../graphql/inputs';
import { PageArgs, PageRequest, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { chosenOrder, ListOrder, OrderBy, SortDirection } from '../../graphql/ordering';
import { ConnectionShape } from '../../graphql/relay';
import { pageInMemory } from '../../graphql/in-memory-page';
import { employerRanking } from './employer-rankings';
import { Operator } from '../operators/operator.entity';
import { Municipality } from '../territory/municipality.entity';
import { EmployerSite } from './employer-site.entity';
import { Employer } from './employer.entity';
import {
  CreateEmployerInput,
  EmployerFilter,
  EmployerOrderField,
  EmployerSiteInput,
  RecordHeadcountInput,
  UpdateEmployerInput,
  UpdateEmployerSiteInput,
} from './employers.types';
import { HeadcountSnapshot } from './headcount-snapshot.entity';
import { checkEmployerFiscalCode, checkPartitaIva } from './partita-iva';
import { Message, msg } from '../../i18n/message';

// Every function here takes its inputs with global IDs already resolved to database keys.

/** The orders a client may ask for; each ends with the id, so ties keep one stable order. */
const ORDERS: Record<EmployerOrderField.NAME, SortKey[]> = {
  NAME: [
    { expression: 'e.legal_name', sqlType: 'text' },
    { expression: 'e.id', sqlType: 'uuid' },
  ],
};

const BY_NAME: ListOrder = { keys: ORDERS.NAME, direction: SortDirection.ASC };

/**
 * The filters every employer list shares (the directory, the quota dashboard): ATECO prefix, and a site in a
 * municipality or in an ambito. Over the alias `e` of the employer table.
 */
export function filterEmployersByActivityAndPlace(
  query: SelectQueryBuilder<Employer>,
  filter: { atecoCodePrefix?: string | null; municipalityId?: string | null; ambito?: number | null },
): SelectQueryBuilder<Employer> {
  if (filter.atecoCodePrefix) {
    query.andWhere('e.ateco_code LIKE :atecoPrefix', { atecoPrefix: `${escapeLike(filter.atecoCodePrefix)}%` });
  }
  if (filter.municipalityId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM employer_site s WHERE s.employer_id = e.id AND s.municipality_id = :municipalityId)',
      { municipalityId: filter.municipalityId },
    );
  }
  if (filter.ambito != null) {
    query.andWhere(
      `EXISTS (SELECT 1 FROM employer_site s JOIN municipality m ON m.id = s.municipality_id
        WHERE s.employer_id = e.id AND m.ambito_number = :ambito)`,
      { ambito: filter.ambito },
    );
  }
  return query;
}

export function listEmployers(
  manager: EntityManager,
  filter: EmployerFilter,
  page: PageRequest,
  limits: PageLimits,
  orderBy?: OrderBy<EmployerOrderField> | null,
): Promise<ConnectionShape<Employer>> {
  const query = manager.createQueryBuilder(Employer, 'e');
  if (filter.search) query.andWhere('e.legal_name ILIKE :search', { search: `%${escapeLike(filter.search.trim())}%` });
  if (filter.partitaIva) {
    query.andWhere('e.partita_iva = :partitaIva', {
      partitaIva: normalized(checkPartitaIva, filter.partitaIva, 'filter.partitaIva'),
    });
  }
  filterEmployersByActivityAndPlace(query, filter);
  if (filter.kind) query.andWhere('e.kind = :kind', { kind: filter.kind });
  if (filter.sector) query.andWhere('e.sector = :sector', { sector: filter.sector });
  if (filter.liaisonOperatorId)
    query.andWhere('e.liaison_operator_id = :liaisonOperatorId', { liaisonOperatorId: filter.liaisonOperatorId });
  if (orderBy?.field === EmployerOrderField.SHORTFALL)
    return byShortfall(manager, query, orderBy.direction, page, limits);
  const order = chosenOrder(ORDERS, orderBy as OrderBy<EmployerOrderField.NAME> | null | undefined, BY_NAME);
  return paginate(query, order.keys, order.direction, page, limits);
}

/**
 * The shortfall is not a column: it comes out of the quota rules for each employer the filters kept, so they are all
 * read, ranked and paged in memory (the service follows a few thousand companies at most).
 */
async function byShortfall(
  manager: EntityManager,
  query: SelectQueryBuilder<Employer>,
  direction: SortDirection,
  page: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<Employer>> {
  const employers = await query.getMany();
  const today = todayInItaly();
  const shortfalls = await employerRanking('SHORTFALL')(
    manager,
    employers.map((e) => e.id),
    today,
  );
  const sign = direction === SortDirection.DESC ? -1 : 1;
  const keyOf = (e: Employer) => [sign * (shortfalls.get(e.id) ?? 0), e.legalName, e.id];
  return pageInMemory(employers, keyOf, page, limits, ['employers', 'SHORTFALL', direction, today]);
}

/** Creates the employer and its sites in one transaction: either all are written or none. */
export function createEmployer(dataSource: DataSource, input: CreateEmployerInput): Promise<Employer> {
  const { sites: _sites, ...fields } = input;
  const sites = input.sites ?? [];
  const partitaIva = normalized(checkPartitaIva, fields.partitaIva, 'input.partitaIva');
  const codiceFiscale = fields.codiceFiscale
    ? normalized(checkEmployerFiscalCode, fields.codiceFiscale, 'input.codiceFiscale')
    : partitaIva;
  sites.forEach((site, i) => checkCoordinatePair(site.latitude, site.longitude, `input.sites.${i}`));
  const headquarters = sites.flatMap((site, i) => (site.isHeadquarters ? [i] : []));
  if (headquarters.length > 1) {
    throw new UserInputError(msg('employers.onlyOneSiteHeadquarters'), `input.sites.${headquarters[1]}.isHeadquarters`);
  }

  return dataSource.transaction(async (manager) => {
    await checkPartitaIvaIsFree(manager, partitaIva);
    if (fields.liaisonOperatorId) await checkLiaison(manager, fields.liaisonOperatorId, 'input.liaisonOperatorId');
    const municipalities = await findMunicipalities(manager, sites, (i) => `input.sites.${i}`);
    const employer = await saveEmployer(
      manager,
      manager.create(Employer, { ...fields, legalName: fields.legalName.trim(), partitaIva, codiceFiscale }),
    );
    await manager.save(
      sites.map((site, i) =>
        manager.create(EmployerSite, { ...siteFields(site, municipalities[i]), employerId: employer.id }),
      ),
    );
    return employer;
  });
}

export function updateEmployer(dataSource: DataSource, id: string, input: UpdateEmployerInput): Promise<Employer> {
  return dataSource.transaction(async (manager) => {
    const employer = await lockEmployer(manager, id, 'id');
    const changes = stripUndefined({
      ...input,
      legalName: input.legalName?.trim(),
      partitaIva:
        input.partitaIva === undefined ? undefined : normalized(checkPartitaIva, input.partitaIva, 'input.partitaIva'),
      codiceFiscale:
        input.codiceFiscale === undefined
          ? undefined
          : normalized(checkEmployerFiscalCode, input.codiceFiscale, 'input.codiceFiscale'),
    });
    if (changes.partitaIva && changes.partitaIva !== employer.partitaIva) {
      await checkPartitaIvaIsFree(manager, changes.partitaIva);
      // The usual codice fiscale is the partita IVA itself, so correcting a typo in one corrects the other.
      if (!changes.codiceFiscale && employer.codiceFiscale === employer.partitaIva)
        changes.codiceFiscale = changes.partitaIva;
    }
    if (changes.liaisonOperatorId && changes.liaisonOperatorId !== employer.liaisonOperatorId) {
      await checkLiaison(manager, changes.liaisonOperatorId, 'input.liaisonOperatorId');
    }
    Object.assign(employer, changes);
    return saveEmployer(manager, employer);
  });
}

export function addEmployerSite(
  dataSource: DataSource,
  employerId: string,
  input: EmployerSiteInput,
): Promise<EmployerSite> {
  checkCoordinatePair(input.latitude, input.longitude, 'input');
  return dataSource.transaction(async (manager) => {
    await lockEmployer(manager, employerId, 'employerId');
    const [municipality] = await findMunicipalities(manager, [input], () => 'input');
    const site = await manager.save(manager.create(EmployerSite, { ...siteFields(input, municipality), employerId }));
    await keepOneHeadquarters(manager, site);
    return site;
  });
}

export function updateEmployerSite(
  dataSource: DataSource,
  id: string,
  input: UpdateEmployerSiteInput,
): Promise<EmployerSite> {
  const { latitude, longitude, ...fields } = input;
  checkCoordinatePair(latitude, longitude, 'input');
  return dataSource.transaction(async (manager) => {
    const found = await manager.findOneBy(EmployerSite, { id });
    if (!found) throw new NotFoundError('EmployerSite');
    // Site changes take the employer's lock, as addEmployerSite does, so two sites cannot both become the
    // headquarters; the site is read again once the lock is held.
    await lockEmployer(manager, found.employerId, 'id');
    const site = (await manager.findOneBy(EmployerSite, { id }))!;
    const moved = fields.municipalityId !== undefined && fields.municipalityId !== site.municipalityId;
    Object.assign(site, stripUndefined({ ...fields, name: fields.name?.trim(), address: fields.address?.trim() }));
    const [municipality] = moved || latitude === null ? await findMunicipalities(manager, [site], () => 'input') : [];
    if (latitude != null && longitude != null) {
      Object.assign(site, { latitude, longitude });
    } else if (municipality) {
      // Coordinates in the town the site left would be wrong; the new town's centre is the best estimate.
      Object.assign(site, { latitude: municipality.latitude, longitude: municipality.longitude });
    }
    const saved = await manager.save(site);
    await keepOneHeadquarters(manager, saved);
    return saved;
  });
}

/**
 * The groups the quota rules may leave out of the computable base. A worker is counted in one of them at most, so
 * together they cannot exceed the total.
 */
const EXCLUDED_GROUPS = [
  'disabledWorkers',
  'protectedCategoryWorkers',
  'disabledInServiceWorkers',
  'shortFixedTermWorkers',
  'managers',
  'apprentices',
  'tempAgencyWorkers',
  'homeWorkers',
  'cooperativePartners',
  'workersAbroad',
  'siteOrTravellingStaff',
] as const satisfies readonly (keyof RecordHeadcountInput)[];

export async function recordHeadcountSnapshot(
  manager: EntityManager,
  employerId: string,
  input: RecordHeadcountInput,
): Promise<HeadcountSnapshot> {
  checkHeadcount(input);
  if (!(await manager.existsBy(Employer, { id: employerId }))) throw new NotFoundError('Employer', 'employerId');
  if (await manager.existsBy(HeadcountSnapshot, { employerId, referenceDate: input.referenceDate })) {
    throw duplicateSnapshot();
  }
  try {
    return await manager.save(manager.create(HeadcountSnapshot, { ...input, employerId }));
  } catch (error) {
    rethrowUniqueViolation(error, duplicateSnapshot, 'headcount_snapshot_employer_id_reference_date_key');
  }
}

function checkHeadcount(input: RecordHeadcountInput): void {
  const { totalEmployees: total, partTimeEmployees: partTime, partTimeFte: fte } = input;
  if (input.referenceDate > todayInItaly()) {
    throw new UserInputError(msg('employers.referenceDateFutureSnapshot'), 'input.referenceDate');
  }
  if (partTime > total) {
    throw new UserInputError(msg('employers.partTimeEmployeesPart', { partTime, total }), 'input.partTimeEmployees');
  }
  if (fte > partTime) {
    throw new UserInputError(msg('employers.fullTimeEquivalentExceed', { fte, partTime }), 'input.partTimeFte');
  }
  const grouped = EXCLUDED_GROUPS.reduce((sum, group) => sum + input[group], 0);
  if (grouped > total) {
    throw new UserInputError(msg('employers.groupsAddUpMore', { grouped, total }), 'input.totalEmployees');
  }
}

function normalized(
  check: (value: string) => { valid: true; normalized: string } | { valid: false; message: Message },
  value: string,
  field: string,
): string {
  const result = check(value);
  if (!result.valid) throw new UserInputError(result.message, field);
  return result.normalized;
}

async function lockEmployer(manager: EntityManager, id: string, field: string): Promise<Employer> {
  const employer = await manager.findOne(Employer, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!employer) throw new NotFoundError('Employer', field);
  return employer;
}

function duplicatePartitaIva(): ConflictError {
  return new ConflictError(msg('employers.anotherEmployerAlreadyPartita'), 'input.partitaIva');
}

function duplicateSnapshot(): ConflictError {
  return new ConflictError(msg('employers.employerAlreadyHeadcountDate'), 'input.referenceDate');
}

async function checkPartitaIvaIsFree(manager: EntityManager, partitaIva: string): Promise<void> {
  if (await manager.existsBy(Employer, { partitaIva })) throw duplicatePartitaIva();
}

async function saveEmployer(manager: EntityManager, employer: Employer): Promise<Employer> {
  try {
    return await manager.save(employer);
  } catch (error) {
    rethrowUniqueViolation(error, duplicatePartitaIva, 'employer_partita_iva_key');
  }
}

async function checkLiaison(manager: EntityManager, operatorId: string, field: string): Promise<void> {
  const operator = await manager.findOneBy(Operator, { id: operatorId });
  if (!operator) throw new UserInputError(msg('employers.operatorId'), field);
  if (!operator.active) throw new UserInputError(msg('employers.operatorLongerActive'), field);
}

/** The municipality of each site, in order, or the first site whose municipality does not exist. */
async function findMunicipalities(
  manager: EntityManager,
  sites: { municipalityId: string }[],
  fieldOf: (index: number) => string,
): Promise<Municipality[]> {
  if (sites.length === 0) return [];
  const found = await manager.findBy(Municipality, { id: In(sites.map((site) => site.municipalityId)) });
  const byId = new Map(found.map((municipality) => [municipality.id, municipality]));
  return sites.map((site, i) => {
    const municipality = byId.get(site.municipalityId);
    if (!municipality) throw new UserInputError(msg('employers.municipalityId'), `${fieldOf(i)}.municipalityId`);
    return municipality;
  });
}

function checkCoordinatePair(
  latitude: number | null | undefined,
  longitude: number | null | undefined,
  field: string,
): void {
  if ((latitude == null) !== (longitude == null)) {
    throw new UserInputError(msg('employers.giveLatitudeLongitudeTogether'), `${field}.longitude`);
  }
}

function siteFields(site: EmployerSiteInput, municipality: Municipality): Partial<EmployerSite> {
  return {
    name: site.name.trim(),
    address: site.address.trim(),
    municipalityId: municipality.id,
    latitude: site.latitude ?? municipality.latitude,
    longitude: site.longitude ?? municipality.longitude,
    isHeadquarters: site.isHeadquarters,
  };
}

/** An employer has one registered office: a site that becomes it takes the role from any other. */
async function keepOneHeadquarters(manager: EntityManager, site: EmployerSite): Promise<void> {
  if (!site.isHeadquarters) return;
  await manager.update(
    EmployerSite,
    { employerId: site.employerId, id: Not(site.id), isHeadquarters: true },
    { isHeadquarters: false },
  );
}
