/**
 * Curated occupation catalogue, version 1, loaded into the `occupation` table by migration
 * 1764100000001-LoadReferenceData. It lists the occupations the service usually places people in, in the Brescia area.
 *
 * Rules for this file:
 * - It is plain reference data. `code` (OCC_...) is a stable identifier: never rename, reuse or delete a code.
 *   Changes go into a later catalogue version, loaded by a new migration.
 * - Codes and labels are unique. Sectors come from the shared Sector list; LANGUAGES and TRANSVERSAL are not used.
 * - Entries are sorted by `sector`, then by `code`, both in plain alphabetical (ASCII) order.
 * - Italian labels give the masculine and feminine forms where they differ (e.g. "Addetto/a").
 *
 * ESCO URIs (http://data.europa.eu/esco/occupation/<uuid>): none comes from memory. Each one was checked with the
 * project's search tool. The trailing comment gives the ESCO preferred label (English) and the source:
 *   [M] A third-party mapping table built from the ESCO dataset, which lists each URI with its official English and
 *       Lithuanian preferred labels. (The full ESCO occupations export was too large to read through the tool.)
 * Each URI names the closest ESCO occupation. For example OCC_FARM_WORKER points to "crop production worker", and
 * OCC_KITCHEN_PORTER ("Lavapiatti e aiuto cucina") to "kitchen porter".
 * null means no URI could be verified. Occupations still missing one, such as forklift operator, hand packer,
 * shelf filler, cleaners, gardener and data entry clerk, should be looked up in the ESCO occupations export
 * before they are filled in.
 */
import type { Sector } from './skill-catalogue-v1';

export interface OccupationCatalogueEntry {
  code: string;
  labelIt: string;
  labelEn: string;
  sector: Sector;
  escoUri: string | null;
}

export const OCCUPATION_CATALOGUE_V1: readonly OccupationCatalogueEntry[] = [
  // AGRICULTURE_GREEN
  {
    code: 'OCC_ANIMAL_CARE_WORKER',
    labelIt: 'Addetto/a alla cura degli animali',
    labelEn: 'Animal care worker',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'OCC_FARM_WORKER',
    labelIt: 'Operaio/a agricolo/a',
    labelEn: 'Farm worker',
    sector: 'AGRICULTURE_GREEN',
    escoUri: 'http://data.europa.eu/esco/occupation/c9191f7f-28b5-4df8-991d-804c53009b83',
  }, // ESCO: "crop production worker" [M]
  {
    code: 'OCC_GARDENER',
    labelIt: 'Giardiniere/a manutentore/trice del verde',
    labelEn: 'Gardener',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'OCC_GREENHOUSE_WORKER',
    labelIt: 'Addetto/a alle serre',
    labelEn: 'Greenhouse worker',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'OCC_VINEYARD_WORKER',
    labelIt: 'Operaio/a vitivinicolo/a',
    labelEn: 'Vineyard worker',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  // CARE
  {
    code: 'OCC_CARE_ASSISTANT',
    labelIt: 'Assistente familiare',
    labelEn: 'Home care assistant',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'OCC_CARE_AUXILIARY',
    labelIt: 'Ausiliario/a socio-assistenziale',
    labelEn: 'Care auxiliary',
    sector: 'CARE',
    escoUri: null,
  },
  // CLEANING_FACILITY
  {
    code: 'OCC_CAR_WASHER',
    labelIt: 'Addetto/a al lavaggio auto',
    labelEn: 'Car washer',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'OCC_HANDYPERSON',
    labelIt: 'Manutentore/trice tuttofare',
    labelEn: 'Handyperson',
    sector: 'CLEANING_FACILITY',
    escoUri: 'http://data.europa.eu/esco/occupation/f4a25243-b06a-42a9-9c69-246853df63ad',
  }, // ESCO: "handyperson" [M]
  {
    code: 'OCC_INDUSTRIAL_CLEANER',
    labelIt: 'Addetto/a alle pulizie industriali',
    labelEn: 'Industrial cleaner',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'OCC_LAUNDRY_WORKER',
    labelIt: 'Addetto/a alla lavanderia',
    labelEn: 'Laundry worker',
    sector: 'CLEANING_FACILITY',
    escoUri: 'http://data.europa.eu/esco/occupation/0da51178-e386-4534-ae71-15ba789ad756',
  }, // ESCO: "laundry worker" [M]
  {
    code: 'OCC_OFFICE_CLEANER',
    labelIt: 'Addetto/a alle pulizie di uffici',
    labelEn: 'Office cleaner',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'OCC_PORTER_CARETAKER',
    labelIt: 'Portiere/a e custode',
    labelEn: 'Porter / caretaker',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'OCC_ROOM_ATTENDANT',
    labelIt: 'Cameriere/a ai piani',
    labelEn: 'Room attendant',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'OCC_WASTE_SORTER',
    labelIt: 'Addetto/a alla selezione dei rifiuti',
    labelEn: 'Waste sorter',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  // DIGITAL
  {
    code: 'OCC_DIGITISATION_OPERATOR',
    labelIt: 'Operatore/trice di digitalizzazione documenti',
    labelEn: 'Document digitisation operator',
    sector: 'DIGITAL',
    escoUri: null,
  },
  // FOOD_SERVICE
  {
    code: 'OCC_BARISTA',
    labelIt: 'Barista',
    labelEn: 'Barista',
    sector: 'FOOD_SERVICE',
    escoUri: 'http://data.europa.eu/esco/occupation/bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61',
  }, // ESCO: "barista" [M]
  {
    code: 'OCC_CANTEEN_ASSISTANT',
    labelIt: 'Addetto/a alla mensa',
    labelEn: 'Canteen assistant',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'OCC_COOK',
    labelIt: 'Cuoco/a',
    labelEn: 'Cook',
    sector: 'FOOD_SERVICE',
    escoUri: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e',
  }, // ESCO: "cook" [M]
  {
    code: 'OCC_KITCHEN_ASSISTANT',
    labelIt: 'Aiuto cuoco/a',
    labelEn: 'Kitchen assistant',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'OCC_KITCHEN_PORTER',
    labelIt: 'Lavapiatti e aiuto cucina',
    labelEn: 'Kitchen porter',
    sector: 'FOOD_SERVICE',
    escoUri: 'http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08',
  }, // ESCO: "kitchen porter" [M]
  {
    code: 'OCC_WAITER',
    labelIt: 'Cameriere/a di sala',
    labelEn: 'Waiter/waitress',
    sector: 'FOOD_SERVICE',
    escoUri: 'http://data.europa.eu/esco/occupation/d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471',
  }, // ESCO: "waiter/waitress" [M]
  // LOGISTICS
  { code: 'OCC_COURIER', labelIt: 'Corriere / fattorino', labelEn: 'Courier', sector: 'LOGISTICS', escoUri: null },
  {
    code: 'OCC_FORKLIFT_DRIVER',
    labelIt: 'Carrellista',
    labelEn: 'Forklift driver',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'OCC_LOADER',
    labelIt: 'Addetto/a al carico e scarico merci',
    labelEn: 'Loader',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'OCC_MAIL_SORTER',
    labelIt: 'Addetto/a allo smistamento di posta e pacchi',
    labelEn: 'Mail and parcel sorter',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'OCC_ORDER_PICKER',
    labelIt: 'Addetto/a al picking',
    labelEn: 'Order picker',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'OCC_WAREHOUSE_WORKER',
    labelIt: 'Magazziniere/a',
    labelEn: 'Warehouse worker',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f',
  }, // ESCO: "warehouse worker" [M]
  // MANUFACTURING
  {
    code: 'OCC_ASSEMBLY_WORKER',
    labelIt: 'Addetto/a al montaggio',
    labelEn: 'Assembly worker',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_FINISHING_WORKER',
    labelIt: 'Addetto/a alla sbavatura e rifinitura',
    labelEn: 'Deburring and finishing worker',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_FOOD_PRODUCTION_WORKER',
    labelIt: 'Addetto/a alla produzione alimentare',
    labelEn: 'Food production worker',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_FURNITURE_ASSEMBLER',
    labelIt: 'Montatore/trice di mobili',
    labelEn: 'Furniture assembler',
    sector: 'MANUFACTURING',
    escoUri: 'http://data.europa.eu/esco/occupation/d7f3d76b-23e8-447e-93d5-da13ff9bc102',
  }, // ESCO: "furniture assembler" [M]
  {
    code: 'OCC_MACHINE_OPERATOR',
    labelIt: 'Operatore/trice di macchine (carico e scarico)',
    labelEn: 'Machine operator',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_METAL_ASSEMBLER',
    labelIt: 'Assemblatore/trice di prodotti in metallo',
    labelEn: 'Metal products assembler',
    sector: 'MANUFACTURING',
    escoUri: 'http://data.europa.eu/esco/occupation/af2f3615-63ab-44dc-957d-c9660410d336',
  }, // ESCO: "metal products assembler" [M]
  {
    code: 'OCC_PACKER',
    labelIt: 'Addetto/a al confezionamento',
    labelEn: 'Packer',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_PRODUCTION_LINE_WORKER',
    labelIt: 'Addetto/a alla linea di produzione',
    labelEn: 'Production line worker',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_QUALITY_CHECKER',
    labelIt: 'Addetto/a al controllo qualità visivo',
    labelEn: 'Visual quality checker',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'OCC_WELDER',
    labelIt: 'Saldatore/trice',
    labelEn: 'Welder',
    sector: 'MANUFACTURING',
    escoUri: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
  }, // ESCO: "welder" [M]
  {
    code: 'OCC_WIRING_ASSEMBLER',
    labelIt: 'Cablatore/trice',
    labelEn: 'Wiring assembler',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  // OFFICE
  {
    code: 'OCC_ARCHIVE_ASSISTANT',
    labelIt: "Addetto/a all'archivio",
    labelEn: 'Archive assistant',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OCC_CALL_CENTRE_AGENT',
    labelIt: 'Operatore/trice di call center',
    labelEn: 'Call centre agent',
    sector: 'OFFICE',
    escoUri: 'http://data.europa.eu/esco/occupation/0ededdc2-050a-4ec3-8e70-6295105fcd19',
  }, // ESCO: "call centre agent" [M]
  {
    code: 'OCC_DATA_ENTRY_CLERK',
    labelIt: "Addetto/a all'inserimento dati",
    labelEn: 'Data entry clerk',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OCC_OFFICE_CLERK',
    labelIt: "Impiegato/a d'ordine",
    labelEn: 'General office clerk',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OCC_RECEPTIONIST',
    labelIt: "Receptionist / addetto/a all'accoglienza",
    labelEn: 'Receptionist',
    sector: 'OFFICE',
    escoUri: 'http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82',
  }, // ESCO: "receptionist" [M]
  {
    code: 'OCC_SWITCHBOARD_OPERATOR',
    labelIt: 'Centralinista',
    labelEn: 'Switchboard operator',
    sector: 'OFFICE',
    escoUri: null,
  },
  // RETAIL
  { code: 'OCC_CASHIER', labelIt: 'Cassiere/a', labelEn: 'Cashier', sector: 'RETAIL', escoUri: null },
  {
    code: 'OCC_DELI_COUNTER_ASSISTANT',
    labelIt: 'Addetto/a al banco gastronomia',
    labelEn: 'Deli counter assistant',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'OCC_SALES_ASSISTANT',
    labelIt: 'Addetto/a alle vendite',
    labelEn: 'Sales assistant',
    sector: 'RETAIL',
    escoUri: 'http://data.europa.eu/esco/occupation/9ba74e8a-c40c-4228-9998-eb3c7a5c11df',
  }, // ESCO: "sales assistant" [M]
  {
    code: 'OCC_SHELF_STOCKER',
    labelIt: 'Addetto/a al rifornimento degli scaffali',
    labelEn: 'Shelf stocker',
    sector: 'RETAIL',
    escoUri: null,
  },
];
