import { EntityManager } from 'typeorm';
import { Sector } from '../modules/work-conditions/work-conditions.enums';

export interface MunicipalityRef {
  id: string;
  istatCode: string;
  name: string;
  belfioreCode: string;
  ambitoNumber: number | null;
  population: number | null;
  latitude: number;
  longitude: number;
}

export interface CatalogueEntry {
  id: string;
  code: string;
  labelIt: string;
  sector: Sector;
}

/** The reference data the migrations loaded, read back for its database IDs. */
export interface ReferenceData {
  municipalities: MunicipalityRef[];
  /** The 15 municipalities of the two ambiti. */
  serviceMunicipalities: MunicipalityRef[];
  /** Province towns outside the ambiti, where employers also are. */
  provinceTowns: MunicipalityRef[];
  skills: Map<string, CatalogueEntry>;
  skillsBySector: Map<Sector, CatalogueEntry[]>;
  occupations: Map<string, CatalogueEntry>;
  occupationsBySector: Map<Sector, CatalogueEntry[]>;
}

/**
 * Everything is sorted by its stable code: the database hands out different UUIDs in every schema, and the random
 * draws must not depend on them, or two databases seeded alike would differ.
 */
export async function loadReferenceData(manager: EntityManager): Promise<ReferenceData> {
  const municipalities: MunicipalityRef[] = (
    await manager.query(
      `SELECT id, istat_code, name, belfiore_code, ambito_number, population, latitude, longitude
       FROM municipality ORDER BY istat_code`,
    )
  ).map((m: Record<string, any>) => ({
    id: m.id,
    istatCode: m.istat_code,
    name: m.name,
    belfioreCode: m.belfiore_code,
    ambitoNumber: m.ambito_number === null ? null : Number(m.ambito_number),
    population: m.population === null ? null : Number(m.population),
    latitude: Number(m.latitude),
    longitude: Number(m.longitude),
  }));
  const skills = await catalogue(manager, `SELECT id, code, label_it, sector FROM skill WHERE active ORDER BY code`);
  const occupations = await catalogue(manager, `SELECT id, code, label_it, sector FROM occupation ORDER BY code`);
  if (municipalities.length === 0 || skills.length === 0 || occupations.length === 0) {
    throw new Error('Reference data is missing: run the migrations before seeding');
  }
  return {
    municipalities,
    serviceMunicipalities: municipalities.filter((m) => m.ambitoNumber !== null),
    provinceTowns: municipalities.filter((m) => m.ambitoNumber === null),
    skills: new Map(skills.map((s) => [s.code, s])),
    skillsBySector: groupBySector(skills),
    occupations: new Map(occupations.map((o) => [o.code, o])),
    occupationsBySector: groupBySector(occupations),
  };
}

async function catalogue(manager: EntityManager, sql: string): Promise<CatalogueEntry[]> {
  return (await manager.query(sql)).map((r: Record<string, any>) => ({
    id: r.id,
    code: r.code,
    labelIt: r.label_it,
    sector: r.sector as Sector,
  }));
}

function groupBySector(entries: CatalogueEntry[]): Map<Sector, CatalogueEntry[]> {
  const grouped = new Map<Sector, CatalogueEntry[]>();
  for (const entry of entries) {
    const list = grouped.get(entry.sector) ?? [];
    list.push(entry);
    grouped.set(entry.sector, list);
  }
  return grouped;
}
