import { PhysicalDemand as D, Sector, Shift as S } from '../modules/work-conditions/work-conditions.enums';
import { CatalogueEntry, ReferenceData } from './reference-data';

/**
 * What a job in each catalogue occupation usually involves: its core skills (the first is the one an employer is
 * most likely to call indispensable), its physical demands and its shifts. People's skills and openings' skills are
 * both drawn from here, so matching finds real candidates in the demo data instead of random noise.
 */
export interface OccupationProfile {
  skills: readonly string[];
  demands: readonly D[];
  shifts: readonly S[];
}

const M = S.MORNING;
const A = S.AFTERNOON;
const E = S.EVENING;
const N = S.NIGHT;
const W = S.WEEKEND;

export const OCCUPATION_PROFILES: Readonly<Record<string, OccupationProfile>> = {
  OCC_ANIMAL_CARE_WORKER: {
    skills: ['AGR_ANIMAL_CARE', 'AGR_STABLE_CLEANING', 'AGR_WATERING'],
    demands: [D.OUTDOOR_WORK, D.HEAVY_LIFTING],
    shifts: [M, W],
  },
  OCC_FARM_WORKER: {
    skills: ['AGR_HARVESTING', 'AGR_PRODUCE_SORTING', 'AGR_PLANTING', 'AGR_WEEDING', 'AGR_WATERING'],
    demands: [D.OUTDOOR_WORK, D.HEAVY_LIFTING, D.REPETITIVE_MOVEMENTS],
    shifts: [M],
  },
  OCC_GARDENER: {
    skills: [
      'AGR_LAWN_MOWING',
      'AGR_PRUNING',
      'AGR_LEAF_CLEARING',
      'AGR_POWERED_GARDEN_TOOLS',
      'AGR_PLANTING',
      'AGR_WEEDING',
    ],
    demands: [D.OUTDOOR_WORK, D.NOISE_EXPOSURE, D.HEAVY_LIFTING],
    shifts: [M],
  },
  OCC_GREENHOUSE_WORKER: {
    skills: ['AGR_GREENHOUSE', 'AGR_POTTING', 'AGR_WATERING', 'AGR_PLANTING', 'AGR_COMPOSTING'],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M],
  },
  OCC_VINEYARD_WORKER: {
    skills: ['AGR_VINEYARD_WORK', 'AGR_PRUNING', 'AGR_HARVESTING'],
    demands: [D.OUTDOOR_WORK, D.REPETITIVE_MOVEMENTS],
    shifts: [M],
  },
  OCC_CARE_ASSISTANT: {
    skills: [
      'CARE_ELDERLY_ASSIST',
      'CARE_HOME_HELP',
      'CARE_COMPANIONSHIP',
      'CARE_MEAL_ASSIST',
      'CARE_PERSONAL_HYGIENE',
    ],
    demands: [D.CUSTOMER_CONTACT, D.HEAVY_LIFTING],
    shifts: [M, A, W],
  },
  OCC_CARE_AUXILIARY: {
    skills: [
      'CARE_WARD_SUPPORT',
      'CARE_MEAL_ASSIST',
      'CARE_MOBILITY_ASSIST',
      'CARE_OBSERVE_REPORT',
      'CARE_FIRST_AID',
      'CARE_ACCOMPANIMENT',
    ],
    demands: [D.PROLONGED_STANDING, D.HEAVY_LIFTING, D.CUSTOMER_CONTACT],
    shifts: [M, A, N, W],
  },
  OCC_CAR_WASHER: {
    skills: ['CLN_CAR_WASHING', 'CLN_CHEMICAL_PRODUCTS'],
    demands: [D.OUTDOOR_WORK, D.CHEMICAL_EXPOSURE, D.PROLONGED_STANDING],
    shifts: [M, A, W],
  },
  OCC_HANDYPERSON: {
    skills: ['CLN_SMALL_MAINTENANCE', 'MAN_HAND_TOOLS', 'MAN_POWER_TOOLS'],
    demands: [D.WORK_AT_HEIGHT, D.HEAVY_LIFTING],
    shifts: [M],
  },
  OCC_INDUSTRIAL_CLEANER: {
    skills: [
      'CLN_INDUSTRIAL_MACHINES',
      'CLN_FLOOR_CLEANING',
      'CLN_CHEMICAL_PRODUCTS',
      'CLN_SANITISING',
      'CLN_CLEANING_LOG',
    ],
    demands: [D.CHEMICAL_EXPOSURE, D.NOISE_EXPOSURE, D.PROLONGED_STANDING],
    shifts: [M, E, N],
  },
  OCC_LAUNDRY_WORKER: {
    skills: ['CLN_LAUNDRY', 'CLN_IRONING', 'CLN_LINEN_FOLDING'],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A],
  },
  OCC_OFFICE_CLEANER: {
    skills: [
      'CLN_OFFICE_CLEANING',
      'CLN_GENERAL_CLEANING',
      'CLN_RESTROOM_CLEANING',
      'CLN_WASTE_COLLECTION',
      'CLN_WINDOW_CLEANING',
    ],
    demands: [D.CHEMICAL_EXPOSURE, D.REPETITIVE_MOVEMENTS],
    shifts: [E, M],
  },
  OCC_PORTER_CARETAKER: {
    skills: ['OFF_RECEPTION', 'CLN_SMALL_MAINTENANCE', 'OFF_MAIL_HANDLING', 'OFF_PHONE_ANSWERING'],
    demands: [D.CUSTOMER_CONTACT],
    shifts: [M, A],
  },
  OCC_ROOM_ATTENDANT: {
    skills: ['CLN_ROOM_HOUSEKEEPING', 'CLN_LINEN_FOLDING', 'CLN_RESTROOM_CLEANING', 'CLN_SANITISING'],
    demands: [D.PROLONGED_STANDING, D.CHEMICAL_EXPOSURE],
    shifts: [M, W],
  },
  OCC_WASTE_SORTER: {
    skills: ['CLN_WASTE_SORTING', 'CLN_WASTE_COLLECTION', 'MAN_PPE_USE'],
    demands: [D.REPETITIVE_MOVEMENTS, D.PROLONGED_STANDING, D.NOISE_EXPOSURE],
    shifts: [M, A],
  },
  OCC_DIGITISATION_OPERATOR: {
    skills: [
      'DIG_FILE_MANAGEMENT',
      'OFF_PHOTOCOPYING_SCANNING',
      'OFF_DOCUMENT_ARCHIVING',
      'DIG_BASIC_COMPUTER',
      'OFF_DATA_ENTRY',
    ],
    demands: [D.REPETITIVE_MOVEMENTS],
    shifts: [M, A],
  },
  OCC_BARISTA: {
    skills: ['FOOD_COFFEE_PREP', 'FOOD_BAR_SERVICE', 'RET_MONEY_HANDLING', 'FOOD_HACCP'],
    demands: [D.CUSTOMER_CONTACT, D.PROLONGED_STANDING],
    shifts: [M, A, W],
  },
  OCC_CANTEEN_ASSISTANT: {
    skills: ['FOOD_CANTEEN_SERVICE', 'FOOD_PORTIONING', 'FOOD_HACCP', 'FOOD_DISHWASHING', 'FOOD_TABLE_SETTING'],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M],
  },
  OCC_COOK: {
    skills: ['FOOD_PREP', 'FOOD_HACCP', 'FOOD_ALLERGENS', 'FOOD_STORAGE_ROTATION', 'FOOD_PIZZA_PREP'],
    demands: [D.PROLONGED_STANDING],
    shifts: [M, E, W],
  },
  OCC_KITCHEN_ASSISTANT: {
    skills: ['FOOD_PREP', 'FOOD_KITCHEN_CLEANING', 'FOOD_HACCP', 'FOOD_STORAGE_ROTATION', 'FOOD_PORTIONING'],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M, E],
  },
  OCC_KITCHEN_PORTER: {
    skills: ['FOOD_DISHWASHING', 'FOOD_KITCHEN_CLEANING', 'FOOD_HACCP'],
    demands: [D.PROLONGED_STANDING, D.CHEMICAL_EXPOSURE],
    shifts: [E, M, W],
  },
  OCC_WAITER: {
    skills: ['FOOD_TABLE_SERVICE', 'FOOD_TAKING_ORDERS', 'FOOD_TABLE_SETTING', 'FOOD_GUEST_WELCOME', 'FOOD_ALLERGENS'],
    demands: [D.CUSTOMER_CONTACT, D.PROLONGED_STANDING],
    shifts: [M, E, W],
  },
  OCC_COURIER: {
    skills: ['LOG_DELIVERY_DRIVING', 'LOG_SHIPPING_PREP', 'LOG_BARCODE_SCANNER'],
    demands: [D.DRIVING, D.HEAVY_LIFTING, D.CUSTOMER_CONTACT],
    shifts: [M, A],
  },
  OCC_FORKLIFT_DRIVER: {
    skills: ['LOG_FORKLIFT', 'LOG_PUT_AWAY', 'LOG_LOADING_UNLOADING', 'LOG_WAREHOUSE_OPERATIONS'],
    demands: [D.DRIVING, D.NOISE_EXPOSURE],
    shifts: [M, A, N],
  },
  OCC_LOADER: {
    skills: ['LOG_LOADING_UNLOADING', 'LOG_MANUAL_HANDLING', 'LOG_PALLET_TRUCK', 'LOG_PALLET_WRAPPING'],
    demands: [D.HEAVY_LIFTING, D.PROLONGED_STANDING],
    shifts: [M, A, N],
  },
  OCC_MAIL_SORTER: {
    skills: ['LOG_MAIL_SORTING', 'LOG_BARCODE_SCANNER', 'LOG_PACKING'],
    demands: [D.REPETITIVE_MOVEMENTS, D.PROLONGED_STANDING],
    shifts: [M, A, N],
  },
  OCC_ORDER_PICKER: {
    skills: ['LOG_PICKING', 'LOG_VOICE_PICKING', 'LOG_BARCODE_SCANNER', 'LOG_PALLET_TRUCK', 'LOG_PACKING'],
    demands: [D.PROLONGED_STANDING, D.HEAVY_LIFTING, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A, N],
  },
  OCC_WAREHOUSE_WORKER: {
    skills: [
      'LOG_GOODS_RECEIVING',
      'LOG_INVENTORY',
      'LOG_PUT_AWAY',
      'LOG_RETURNS_HANDLING',
      'LOG_WAREHOUSE_OPERATIONS',
      'LOG_SHIPPING_PREP',
    ],
    demands: [D.HEAVY_LIFTING, D.PROLONGED_STANDING],
    shifts: [M, A],
  },
  OCC_ASSEMBLY_WORKER: {
    skills: [
      'MAN_ASSEMBLY',
      'MAN_SMALL_PARTS_ASSEMBLY',
      'MAN_HAND_TOOLS',
      'MAN_POWER_TOOLS',
      'MAN_VISUAL_QUALITY_CHECK',
    ],
    demands: [D.REPETITIVE_MOVEMENTS, D.FINE_MANUAL_WORK],
    shifts: [M, A],
  },
  OCC_FINISHING_WORKER: {
    skills: ['MAN_DEBURRING', 'MAN_HAND_TOOLS', 'MAN_PPE_USE', 'MAN_VISUAL_QUALITY_CHECK'],
    demands: [D.NOISE_EXPOSURE, D.REPETITIVE_MOVEMENTS, D.PROLONGED_STANDING],
    shifts: [M, A],
  },
  OCC_FOOD_PRODUCTION_WORKER: {
    skills: ['MAN_FOOD_LINE_WORK', 'FOOD_HACCP', 'MAN_LINE_PACKAGING', 'MAN_LABELLING'],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A, N],
  },
  OCC_FURNITURE_ASSEMBLER: {
    skills: ['MAN_FURNITURE_ASSEMBLY', 'MAN_WOODWORKING_BASIC', 'MAN_POWER_TOOLS', 'MAN_MEASURING_TOOLS'],
    demands: [D.HEAVY_LIFTING, D.NOISE_EXPOSURE],
    shifts: [M],
  },
  OCC_MACHINE_OPERATOR: {
    skills: [
      'MAN_MACHINE_FEEDING',
      'MAN_MACHINE_MONITORING',
      'MAN_CNC_LOADING',
      'MAN_PPE_USE',
      'MAN_PRODUCTION_RECORDS',
    ],
    demands: [D.NOISE_EXPOSURE, D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A, N],
  },
  OCC_METAL_ASSEMBLER: {
    skills: ['MAN_ASSEMBLY', 'MAN_TECH_DRAWINGS', 'MAN_MEASURING_TOOLS', 'MAN_POWER_TOOLS', 'MAN_HAND_TOOLS'],
    demands: [D.NOISE_EXPOSURE, D.HEAVY_LIFTING],
    shifts: [M, A],
  },
  OCC_PACKER: {
    skills: ['MAN_LINE_PACKAGING', 'MAN_LABELLING', 'LOG_PACKING', 'MAN_SORTING_COUNTING'],
    demands: [D.REPETITIVE_MOVEMENTS, D.PROLONGED_STANDING],
    shifts: [M, A],
  },
  OCC_PRODUCTION_LINE_WORKER: {
    skills: [
      'MAN_MACHINE_FEEDING',
      'MAN_SORTING_COUNTING',
      'MAN_LINE_PACKAGING',
      'MAN_PPE_USE',
      'MAN_PRODUCTION_RECORDS',
    ],
    demands: [D.REPETITIVE_MOVEMENTS, D.NOISE_EXPOSURE, D.PROLONGED_STANDING],
    shifts: [M, A, N],
  },
  OCC_QUALITY_CHECKER: {
    skills: [
      'MAN_VISUAL_QUALITY_CHECK',
      'MAN_MEASURING_TOOLS',
      'MAN_SORTING_COUNTING',
      'MAN_PRODUCTION_RECORDS',
      'MAN_TECH_DRAWINGS',
    ],
    demands: [D.FINE_MANUAL_WORK, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A],
  },
  OCC_WELDER: {
    skills: ['MAN_BASIC_WELDING', 'MAN_TECH_DRAWINGS', 'MAN_PPE_USE', 'MAN_MEASURING_TOOLS'],
    demands: [D.NOISE_EXPOSURE, D.CHEMICAL_EXPOSURE, D.FINE_MANUAL_WORK],
    shifts: [M, A],
  },
  OCC_WIRING_ASSEMBLER: {
    skills: ['MAN_WIRING_BASIC', 'MAN_SMALL_PARTS_ASSEMBLY', 'MAN_HAND_TOOLS', 'MAN_VISUAL_QUALITY_CHECK'],
    demands: [D.FINE_MANUAL_WORK, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A],
  },
  OCC_ARCHIVE_ASSISTANT: {
    skills: [
      'OFF_FILING',
      'OFF_DOCUMENT_ARCHIVING',
      'OFF_PROTOCOL_REGISTRATION',
      'OFF_PHOTOCOPYING_SCANNING',
      'OFF_SHREDDING',
    ],
    demands: [],
    shifts: [M],
  },
  OCC_CALL_CENTRE_AGENT: {
    skills: ['OFF_PHONE_ANSWERING', 'DIG_BASIC_COMPUTER', 'RET_COMPLAINTS', 'OFF_DATA_ENTRY'],
    demands: [D.CUSTOMER_CONTACT],
    shifts: [M, A, E],
  },
  OCC_DATA_ENTRY_CLERK: {
    skills: ['OFF_DATA_ENTRY', 'OFF_TYPING', 'DIG_SPREADSHEET', 'DIG_BASIC_COMPUTER'],
    demands: [D.REPETITIVE_MOVEMENTS],
    shifts: [M, A],
  },
  OCC_OFFICE_CLERK: {
    skills: [
      'OFF_FILING',
      'OFF_MAIL_HANDLING',
      'OFF_PHONE_ANSWERING',
      'DIG_WORD_PROCESSOR',
      'DIG_EMAIL',
      'OFF_OFFICE_SUPPLIES',
      'OFF_ENVELOPING',
    ],
    demands: [],
    shifts: [M, A],
  },
  OCC_RECEPTIONIST: {
    skills: ['OFF_RECEPTION', 'OFF_PHONE_ANSWERING', 'OFF_APPOINTMENTS', 'DIG_EMAIL'],
    demands: [D.CUSTOMER_CONTACT],
    shifts: [M, A],
  },
  OCC_SWITCHBOARD_OPERATOR: {
    skills: ['OFF_PHONE_ANSWERING', 'OFF_RECEPTION', 'DIG_BASIC_COMPUTER'],
    demands: [D.CUSTOMER_CONTACT],
    shifts: [M, A],
  },
  OCC_CASHIER: {
    skills: ['RET_CASHIER', 'RET_MONEY_HANDLING', 'RET_POS_PAYMENTS', 'RET_BAGGING', 'RET_CUSTOMER_ASSISTANCE'],
    demands: [D.CUSTOMER_CONTACT, D.REPETITIVE_MOVEMENTS],
    shifts: [M, A, W],
  },
  OCC_DELI_COUNTER_ASSISTANT: {
    skills: ['RET_DELI_COUNTER', 'FOOD_HACCP', 'RET_CUSTOMER_ASSISTANCE', 'FOOD_PORTIONING'],
    demands: [D.CUSTOMER_CONTACT, D.PROLONGED_STANDING],
    shifts: [M, A, W],
  },
  OCC_SALES_ASSISTANT: {
    skills: ['RET_CUSTOMER_ASSISTANCE', 'RET_FACING', 'RET_COMPLAINTS', 'RET_PRICE_LABELLING', 'RET_CASHIER'],
    demands: [D.CUSTOMER_CONTACT, D.PROLONGED_STANDING],
    shifts: [M, A, W],
  },
  OCC_SHELF_STOCKER: {
    skills: [
      'RET_SHELF_STOCKING',
      'RET_FACING',
      'RET_EXPIRY_CHECK',
      'RET_PRICE_LABELLING',
      'RET_STOCKROOM',
      'RET_PRODUCE_SECTION',
      'RET_TROLLEY_COLLECTION',
    ],
    demands: [D.PROLONGED_STANDING, D.REPETITIVE_MOVEMENTS, D.HEAVY_LIFTING],
    shifts: [M, E, W],
  },
};

/** Transversal skills employers of each sector ask for most. */
export const SECTOR_TRANSVERSAL: Readonly<Partial<Record<Sector, readonly string[]>>> = {
  [Sector.MANUFACTURING]: [
    'TRV_SAFETY_RULES',
    'TRV_REPETITIVE_TASKS',
    'TRV_ATTENTION_TO_DETAIL',
    'TRV_WORK_PACE',
    'TRV_FOLLOW_INSTRUCTIONS',
  ],
  [Sector.LOGISTICS]: [
    'TRV_PHYSICAL_ENDURANCE',
    'TRV_WORK_PACE',
    'TRV_SAFETY_RULES',
    'TRV_TEAMWORK',
    'TRV_PUNCTUALITY',
  ],
  [Sector.CLEANING_FACILITY]: [
    'TRV_HYGIENE',
    'TRV_WORK_AUTONOMOUSLY',
    'TRV_ORGANISATION',
    'TRV_PUNCTUALITY',
    'TRV_RESPONSIBILITY',
  ],
  [Sector.FOOD_SERVICE]: ['TRV_HYGIENE', 'TRV_TEAMWORK', 'TRV_STRESS_MANAGEMENT', 'TRV_WORK_PACE', 'TRV_COMMUNICATION'],
  [Sector.RETAIL]: [
    'TRV_COMMUNICATION',
    'TRV_ACTIVE_LISTENING',
    'TRV_HONESTY',
    'TRV_BASIC_NUMERACY',
    'TRV_PUNCTUALITY',
  ],
  [Sector.AGRICULTURE_GREEN]: ['TRV_PHYSICAL_ENDURANCE', 'TRV_TEAMWORK', 'TRV_SAFETY_RULES', 'TRV_FOLLOW_INSTRUCTIONS'],
  [Sector.CARE]: [
    'TRV_EMPATHY',
    'TRV_ACTIVE_LISTENING',
    'TRV_CONFIDENTIALITY',
    'TRV_RESPONSIBILITY',
    'TRV_REPORTING_FACTS',
  ],
  [Sector.OFFICE]: [
    'TRV_CONFIDENTIALITY',
    'TRV_ORGANISATION',
    'TRV_TIME_MANAGEMENT',
    'TRV_ATTENTION_TO_DETAIL',
    'TRV_COMMUNICATION',
  ],
  [Sector.DIGITAL]: ['TRV_CONCENTRATION', 'TRV_ATTENTION_TO_DETAIL', 'TRV_CONFIDENTIALITY', 'TRV_WORK_AUTONOMOUSLY'],
};

/** The sectors an opening or a person's experience can be in (LANGUAGES and TRANSVERSAL are skill groups only). */
export const JOB_SECTORS: readonly Sector[] = [
  Sector.MANUFACTURING,
  Sector.LOGISTICS,
  Sector.CLEANING_FACILITY,
  Sector.FOOD_SERVICE,
  Sector.RETAIL,
  Sector.AGRICULTURE_GREEN,
  Sector.CARE,
  Sector.OFFICE,
  Sector.DIGITAL,
];

/**
 * The profile of an occupation, limited to skills the catalogue really holds. An occupation added to a later
 * catalogue without a profile falls back to the skills of its sector, so the seed keeps working.
 */
export function profileOf(occupation: CatalogueEntry, ref: ReferenceData): OccupationProfile {
  const profile = OCCUPATION_PROFILES[occupation.code];
  const skills = (profile?.skills ?? []).filter((code) => ref.skills.has(code));
  if (skills.length > 0) return { ...profile, skills };
  const sectorSkills = (ref.skillsBySector.get(occupation.sector) ?? []).map((s) => s.code);
  return { skills: sectorSkills.slice(0, 6), demands: profile?.demands ?? [], shifts: profile?.shifts ?? [S.MORNING] };
}

/** Profile skill codes missing from the catalogue: a sign the catalogue changed under the seed. */
export function missingProfileSkills(ref: ReferenceData): string[] {
  const codes = new Set<string>();
  for (const profile of Object.values(OCCUPATION_PROFILES)) profile.skills.forEach((c) => codes.add(c));
  for (const list of Object.values(SECTOR_TRANSVERSAL)) list?.forEach((c) => codes.add(c));
  return [...codes].filter((code) => !ref.skills.has(code)).sort();
}
