/**
 * Curated skill catalogue, version 1, loaded into the `skill` table by migration 1764100000001-LoadReferenceData.
 * It covers the entry-level and supported-employment jobs of the Brescia area (Ambito 1 and Ambito 3), plus digital
 * basics, the languages most spoken locally and transversal skills.
 *
 * Rules for this file:
 * - It is plain reference data. `code` is a stable identifier: never rename, reuse or delete a code. Changes go into
 *   a later catalogue version, loaded by a new migration.
 * - Codes are unique and start with the sector prefix (MAN_, LOG_, CLN_, FOOD_, RET_, AGR_, CARE_, OFF_, DIG_, LANG_,
 *   TRV_). Italian and English labels are unique too.
 * - Entries are sorted by `sector`, then by `code`, both in plain alphabetical (ASCII) order. That is also the
 *   order `localeCompare` gives.
 *
 * ESCO URIs (http://data.europa.eu/esco/skill/<uuid>): none comes from memory. Each one was checked, with the
 * project's search tool, against public copies of ESCO data. The source is in brackets in each entry's trailing
 * comment, next to the ESCO preferred label (English):
 *   [T] ESCO v1.2.0 CSV export, transversalSkillsCollection_en.csv: conceptUri and preferredLabel on the same row.
 *   [L] ESCO v1.2.0 CSV export, languageSkillsCollection_en.csv: the language concept's own row, or its
 *       broaderConceptUri/broaderConceptPT pair.
 *   [D] ESCO v1.2.0 CSV export, digCompSkillsCollection_en.csv.
 *   [X] Not in the collections above: the same URI/label pair found in at least two independent third-party code
 *       bases that work with the ESCO dataset.
 *   [M] A third-party mapping table built from the ESCO dataset, which lists each URI with its official English and
 *       Lithuanian preferred labels.
 * Each URI names the closest ESCO concept, which can be broader than our entry. For example LOG_LOADING_UNLOADING
 * points to the transversal "move objects", and RET_CUSTOMER_ASSISTANCE to the knowledge concept "customer service".
 * Every URI is used only once.
 * null means no URI could be verified. Fill one in only after checking it against the ESCO data, never from memory.
 * ESCO has no CEFR-level concepts, so the Italian L2 level entries stay null by design.
 *
 * The following pairs were seen in one source only, so they are NOT used. Confirm them against the ESCO export first:
 *   CLN_GENERAL_CLEANING   ? "perform cleaning duties"          skill/4f1b6304-f54a-42f0-9604-5427a28d240f
 *   CLN_FLOOR_CLEANING     ? "clean building floors"            skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe
 *   FOOD_GUEST_WELCOME     ? "greet guests"                     skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da
 *   RET_COMPLAINTS         ? "handle customer complaints"       skill/28d715e3-3e5b-4fb6-8dd2-4be4919c8587
 *   OFF_APPOINTMENTS       ? "administer appointments"          skill/933e7ccf-5d56-46ba-aca4-857f826a6b3a
 *   OFF_DATA_ENTRY         ? "maintain data entry requirements" skill/88564d2d-2dc9-4789-864a-f9cb73f389ec
 *   MAN_EQUIPMENT_CARE     ? "maintain equipment"               skill/5033c2fb-ec55-4b8e-b0a4-9379593f1e1c
 */
export type SkillKind = 'SKILL' | 'KNOWLEDGE' | 'TRANSVERSAL';

export type Sector =
  | 'MANUFACTURING'
  | 'LOGISTICS'
  | 'CLEANING_FACILITY'
  | 'FOOD_SERVICE'
  | 'RETAIL'
  | 'AGRICULTURE_GREEN'
  | 'CARE'
  | 'OFFICE'
  | 'DIGITAL'
  | 'LANGUAGES'
  | 'TRANSVERSAL';

export interface SkillCatalogueEntry {
  code: string;
  labelIt: string;
  labelEn: string;
  kind: SkillKind;
  sector: Sector;
  escoUri: string | null;
}

export const SKILL_CATALOGUE_V1: readonly SkillCatalogueEntry[] = [
  // AGRICULTURE_GREEN
  {
    code: 'AGR_ANIMAL_CARE',
    labelIt: 'Cura e alimentazione degli animali',
    labelEn: 'Animal care and feeding',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_COMPOSTING',
    labelIt: 'Compostaggio',
    labelEn: 'Composting',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_GREENHOUSE',
    labelIt: 'Lavoro in serra',
    labelEn: 'Greenhouse work',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_HARVESTING',
    labelIt: 'Raccolta di frutta e ortaggi',
    labelEn: 'Fruit and vegetable harvesting',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_LAWN_MOWING',
    labelIt: "Taglio dell'erba e cura dei prati",
    labelEn: 'Lawn mowing',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_LEAF_CLEARING',
    labelIt: 'Raccolta delle foglie e pulizia delle aree verdi',
    labelEn: 'Leaf clearing',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_PLANTING',
    labelIt: 'Messa a dimora di piante',
    labelEn: 'Planting',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_POTTING',
    labelIt: 'Invasatura e rinvaso',
    labelEn: 'Potting and repotting',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_POWERED_GARDEN_TOOLS',
    labelIt: 'Uso di attrezzature da giardino a motore (decespugliatore, soffiatore)',
    labelEn: 'Powered garden tools',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_PRODUCE_SORTING',
    labelIt: 'Cernita e confezionamento dei prodotti agricoli',
    labelEn: 'Produce sorting and packing',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_PRUNING',
    labelIt: 'Potatura di siepi e arbusti',
    labelEn: 'Hedge and shrub pruning',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_STABLE_CLEANING',
    labelIt: 'Pulizia di stalle e ricoveri per animali',
    labelEn: 'Stable cleaning',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_VINEYARD_WORK',
    labelIt: 'Lavori in vigneto (legatura, vendemmia)',
    labelEn: 'Vineyard work',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_WATERING',
    labelIt: 'Irrigazione',
    labelEn: 'Watering',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  {
    code: 'AGR_WEEDING',
    labelIt: 'Diserbo manuale e pulizia delle aiuole',
    labelEn: 'Weeding',
    kind: 'SKILL',
    sector: 'AGRICULTURE_GREEN',
    escoUri: null,
  },
  // CARE
  {
    code: 'CARE_ACCOMPANIMENT',
    labelIt: 'Accompagnamento a visite e commissioni',
    labelEn: 'Escorting to appointments and errands',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_CHILDCARE_SUPPORT',
    labelIt: 'Supporto nella cura dei bambini',
    labelEn: 'Childcare support',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_COMPANIONSHIP',
    labelIt: 'Compagnia e attività ricreative',
    labelEn: 'Companionship and leisure activities',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_DISABILITY_SUPPORT',
    labelIt: 'Supporto a persone con disabilità',
    labelEn: 'Supporting people with disabilities',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_ELDERLY_ASSIST',
    labelIt: 'Assistenza di base alla persona anziana',
    labelEn: 'Basic elderly assistance',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_FIRST_AID',
    labelIt: 'Primo soccorso di base',
    labelEn: 'Basic first aid',
    kind: 'KNOWLEDGE',
    sector: 'CARE',
    escoUri: 'http://data.europa.eu/esco/skill/f7464f30-662b-4177-85a0-3df9693e9e58',
  }, // ESCO: "first aid" [M]
  {
    code: 'CARE_HOME_HELP',
    labelIt: 'Aiuto domestico (riordino, spesa, bucato)',
    labelEn: 'Home help',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_MEAL_ASSIST',
    labelIt: "Aiuto nell'assunzione dei pasti",
    labelEn: 'Mealtime assistance',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_MOBILITY_ASSIST',
    labelIt: 'Aiuto negli spostamenti e nella deambulazione',
    labelEn: 'Mobility assistance',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_OBSERVE_REPORT',
    labelIt: 'Osservazione e segnalazione dei cambiamenti nelle condizioni della persona',
    labelEn: 'Observing and reporting changes',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_PERSONAL_HYGIENE',
    labelIt: "Supporto all'igiene personale",
    labelEn: 'Personal hygiene support',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  {
    code: 'CARE_WARD_SUPPORT',
    labelIt: 'Supporto ausiliario in reparto o in RSA (rifacimento letti, trasporto materiali)',
    labelEn: 'Auxiliary ward support',
    kind: 'SKILL',
    sector: 'CARE',
    escoUri: null,
  },
  // CLEANING_FACILITY
  {
    code: 'CLN_CAR_WASHING',
    labelIt: 'Lavaggio e pulizia di autoveicoli',
    labelEn: 'Car washing',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_CHEMICAL_PRODUCTS',
    labelIt: 'Uso sicuro dei prodotti chimici per la pulizia',
    labelEn: 'Safe use of cleaning chemicals',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_CLEANING_LOG',
    labelIt: 'Compilazione dei registri di pulizia',
    labelEn: 'Cleaning log completion',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_FLOOR_CLEANING',
    labelIt: 'Lavaggio e cura dei pavimenti',
    labelEn: 'Floor cleaning',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_GENERAL_CLEANING',
    labelIt: 'Pulizie generali degli ambienti',
    labelEn: 'General cleaning',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_INDUSTRIAL_MACHINES',
    labelIt: 'Uso di macchine per la pulizia industriale (lavasciuga, monospazzola)',
    labelEn: 'Industrial cleaning machines',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_IRONING',
    labelIt: 'Stiratura',
    labelEn: 'Ironing',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_LAUNDRY',
    labelIt: 'Lavaggio e asciugatura della biancheria',
    labelEn: 'Laundry washing and drying',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_LINEN_FOLDING',
    labelIt: 'Piegatura e riordino della biancheria',
    labelEn: 'Folding and sorting linen',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_OFFICE_CLEANING',
    labelIt: 'Pulizia di uffici',
    labelEn: 'Office cleaning',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_RESTROOM_CLEANING',
    labelIt: 'Pulizia e igienizzazione dei servizi igienici',
    labelEn: 'Restroom cleaning',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_ROOM_HOUSEKEEPING',
    labelIt: 'Riassetto delle camere (servizio ai piani)',
    labelEn: 'Room housekeeping',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_SANITISING',
    labelIt: 'Sanificazione e disinfezione di ambienti e superfici',
    labelEn: 'Sanitising and disinfection',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_SMALL_MAINTENANCE',
    labelIt: 'Piccola manutenzione degli edifici',
    labelEn: 'Minor building maintenance',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_WASTE_COLLECTION',
    labelIt: 'Svuotamento dei cestini e conferimento dei rifiuti',
    labelEn: 'Bin emptying and waste disposal',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_WASTE_SORTING',
    labelIt: 'Raccolta differenziata dei rifiuti',
    labelEn: 'Waste sorting',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  {
    code: 'CLN_WINDOW_CLEANING',
    labelIt: 'Pulizia di vetri e superfici vetrate',
    labelEn: 'Window cleaning',
    kind: 'SKILL',
    sector: 'CLEANING_FACILITY',
    escoUri: null,
  },
  // DIGITAL
  {
    code: 'DIG_BASIC_COMPUTER',
    labelIt: 'Uso di base del computer (mouse, tastiera, periferiche)',
    labelEn: 'Basic computer use',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/6b2f8802-0cbf-436e-a37f-ca55ede41bbc',
  }, // ESCO: "operate digital hardware" [T]
  {
    code: 'DIG_DEVICE_SECURITY',
    labelIt: 'Protezione dei dispositivi (password, antivirus, aggiornamenti)',
    labelEn: 'Device security',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/f4346299-e22a-4686-8e61-2c9b0cd51c7d',
  }, // ESCO: "apply digital security measures" [T]
  {
    code: 'DIG_EMAIL',
    labelIt: 'Uso della posta elettronica',
    labelEn: 'Using email',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/b080a008-a35d-4bd0-92e9-edf3773bb2b7',
  }, // ESCO: "use communication and collaboration software" [T]
  {
    code: 'DIG_FILE_MANAGEMENT',
    labelIt: 'Gestione di file e cartelle',
    labelEn: 'File and folder management',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/4d97e3c3-f335-47cc-a4ee-0d779fd42222',
  }, // ESCO: "manage data, information and digital content" [D]
  {
    code: 'DIG_INTERNET_SEARCH',
    labelIt: 'Ricerca di informazioni su internet',
    labelEn: 'Internet search',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/ba93b71b-c433-4a01-8246-ed2daa85a9a2',
  }, // ESCO: "conduct web searches" [T]
  {
    code: 'DIG_MESSAGING',
    labelIt: 'Uso delle app di messaggistica',
    labelEn: 'Messaging apps',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/a12057b4-6d11-4a12-ab8e-15a028ef0a6d',
  }, // ESCO: "interact through digital technologies" [D]
  {
    code: 'DIG_OFFICE_SUITE',
    labelIt: "Conoscenza dei programmi di produttività d'ufficio",
    labelEn: 'Office software',
    kind: 'KNOWLEDGE',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/cf310cff-0d28-4dbc-9dbb-cc500a3196c2',
  }, // ESCO: "office software" [M]
  {
    code: 'DIG_ONLINE_JOB_SEARCH',
    labelIt: 'Ricerca di lavoro online e candidature digitali',
    labelEn: 'Online job search',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: null,
  },
  {
    code: 'DIG_ONLINE_PUBLIC_SERVICES',
    labelIt: 'Uso dei servizi pubblici online (INPS, Fascicolo sanitario, portali regionali)',
    labelEn: 'Online public services',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/16a00c69-9c74-4c37-96d7-6301d285e5ce',
  }, // ESCO: "use e-services" [D]
  {
    code: 'DIG_ONLINE_SAFETY',
    labelIt: 'Sicurezza online e protezione dei dati personali',
    labelEn: 'Online safety and data protection',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/33a82b83-c838-4889-ae62-fae1317481eb',
  }, // ESCO: "protect personal data and privacy" [D]
  {
    code: 'DIG_PRESENTATIONS',
    labelIt: 'Uso di programmi per presentazioni',
    labelEn: 'Presentation software',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/234aeb8d-56c3-4531-9193-1c5e6a8d16cb',
  }, // ESCO: "use presentation software" [X]
  {
    code: 'DIG_SMARTPHONE',
    labelIt: 'Uso dello smartphone e delle app',
    labelEn: 'Smartphone and apps',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: null,
  },
  {
    code: 'DIG_SPID',
    labelIt: "Uso dell'identità digitale (SPID, CIE)",
    labelEn: 'Digital identity (SPID, CIE)',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/bc0b0b5d-f6be-405a-b224-b6902a4dbe97',
  }, // ESCO: "manage digital identity" [T]
  {
    code: 'DIG_SPREADSHEET',
    labelIt: 'Uso del foglio di calcolo',
    labelEn: 'Spreadsheets',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be',
  }, // ESCO: "use spreadsheets software" [X]
  {
    code: 'DIG_VIDEO_CALLS',
    labelIt: 'Partecipazione a videochiamate e riunioni online',
    labelEn: 'Video calls and online meetings',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/2b34a99f-9813-4c91-9509-b6b9b8c3132e',
  }, // ESCO: "collaborate through digital technologies" [D]
  {
    code: 'DIG_WORD_PROCESSOR',
    labelIt: 'Uso di un programma di videoscrittura',
    labelEn: 'Word processing',
    kind: 'SKILL',
    sector: 'DIGITAL',
    escoUri: 'http://data.europa.eu/esco/skill/81633a44-f1db-4a01-a940-804c6905e330',
  }, // ESCO: "use word processing software" [X]
  // FOOD_SERVICE
  {
    code: 'FOOD_ALLERGENS',
    labelIt: 'Conoscenza degli allergeni alimentari',
    labelEn: 'Food allergen awareness',
    kind: 'KNOWLEDGE',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_BAKERY_BASIC',
    labelIt: 'Panificazione e pasticceria di base',
    labelEn: 'Basic baking',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_BAR_SERVICE',
    labelIt: 'Servizio al banco bar',
    labelEn: 'Bar counter service',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_BUFFET_SETUP',
    labelIt: 'Allestimento di buffet e catering',
    labelEn: 'Buffet and catering set-up',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_CANTEEN_SERVICE',
    labelIt: 'Distribuzione dei pasti in mensa',
    labelEn: 'Canteen meal serving',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_COFFEE_PREP',
    labelIt: 'Preparazione di caffè e bevande calde',
    labelEn: 'Coffee and hot drinks',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_DISHWASHING',
    labelIt: 'Lavaggio delle stoviglie (a mano e in lavastoviglie)',
    labelEn: 'Dishwashing',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_GUEST_WELCOME',
    labelIt: 'Accoglienza dei clienti in sala',
    labelEn: 'Welcoming guests',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_HACCP',
    labelIt: 'Igiene alimentare e procedure HACCP',
    labelEn: 'Food hygiene and HACCP',
    kind: 'KNOWLEDGE',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_KITCHEN_CLEANING',
    labelIt: 'Pulizia e riordino della cucina',
    labelEn: 'Kitchen cleaning',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_PIZZA_PREP',
    labelIt: 'Preparazione di impasti e farciture per la pizza',
    labelEn: 'Pizza dough and toppings',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_PORTIONING',
    labelIt: 'Porzionatura e impiattamento',
    labelEn: 'Portioning and plating',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_PREP',
    labelIt: 'Preparazione di base degli alimenti (lavare, pelare, tagliare)',
    labelEn: 'Basic food preparation',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_STORAGE_ROTATION',
    labelIt: 'Conservazione degli alimenti e rotazione delle scorte (FIFO)',
    labelEn: 'Food storage and stock rotation',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_TABLE_SERVICE',
    labelIt: 'Servizio ai tavoli',
    labelEn: 'Table service',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_TABLE_SETTING',
    labelIt: 'Allestimento e sparecchiatura dei tavoli',
    labelEn: 'Setting and clearing tables',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  {
    code: 'FOOD_TAKING_ORDERS',
    labelIt: 'Presa delle comande',
    labelEn: 'Taking orders',
    kind: 'SKILL',
    sector: 'FOOD_SERVICE',
    escoUri: null,
  },
  // LANGUAGES
  {
    code: 'LANG_ALBANIAN',
    labelIt: 'Albanese',
    labelEn: 'Albanian',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/f1a08ec9-32d2-4e52-ba4a-66e049019be8',
  }, // ESCO: "Albanian" [L]
  {
    code: 'LANG_ARABIC',
    labelIt: 'Arabo',
    labelEn: 'Arabic',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/33859d93-987c-4caa-a0a9-6159ea7bbc2a',
  }, // ESCO: "Arabic" [L]
  {
    code: 'LANG_BENGALI',
    labelIt: 'Bengalese',
    labelEn: 'Bengali',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/ede98e07-f07d-41bc-99b0-f88bf0dad438',
  }, // ESCO: "Bengali" [L]
  {
    code: 'LANG_BERBER',
    labelIt: 'Berbero (tamazight)',
    labelEn: 'Berber (Tamazight)',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/6f34bd05-1297-4913-92ff-85a604242b2f',
  }, // ESCO: "Berber" [L]
  {
    code: 'LANG_CHINESE',
    labelIt: 'Cinese',
    labelEn: 'Chinese',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/1fe42b38-cd42-4fc7-ae77-14e4c9e96295',
  }, // ESCO: "Chinese" [L]
  {
    code: 'LANG_ENGLISH',
    labelIt: 'Inglese',
    labelEn: 'English',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/6d3edede-8951-4621-a835-e04323300fa0',
  }, // ESCO: "English" [L]
  {
    code: 'LANG_FRENCH',
    labelIt: 'Francese',
    labelEn: 'French',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/e747e77e-0ea1-4001-8b07-1d11946b5f1b',
  }, // ESCO: "French" [L]
  {
    code: 'LANG_GERMAN',
    labelIt: 'Tedesco',
    labelEn: 'German',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/4812a4ea-dc55-4dc6-b9b0-4a59bba2c647',
  }, // ESCO: "German" [L]
  {
    code: 'LANG_HINDI',
    labelIt: 'Hindi',
    labelEn: 'Hindi',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/d93a7370-bf56-43f5-be54-e108f8ec3107',
  }, // ESCO: "Hindi" [L]
  {
    code: 'LANG_ITALIAN_L2',
    labelIt: 'Italiano come lingua seconda',
    labelEn: 'Italian as a second language',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/87219dfe-a21c-4160-8cc8-1eabf9b16b44',
  }, // ESCO: "Italian" [L]
  {
    code: 'LANG_ITALIAN_L2_A1',
    labelIt: 'Italiano L2 – livello A1',
    labelEn: 'Italian L2 – level A1',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_ITALIAN_L2_A2',
    labelIt: 'Italiano L2 – livello A2',
    labelEn: 'Italian L2 – level A2',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_ITALIAN_L2_B1',
    labelIt: 'Italiano L2 – livello B1',
    labelEn: 'Italian L2 – level B1',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_ITALIAN_L2_B2',
    labelIt: 'Italiano L2 – livello B2',
    labelEn: 'Italian L2 – level B2',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_ITALIAN_LISTENING',
    labelIt: "Comprensione dell'italiano parlato",
    labelEn: 'Understanding spoken Italian',
    kind: 'SKILL',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/5f1e9642-588c-4882-8c90-20c33cc78bc1',
  }, // ESCO: "understand spoken Italian" [L]
  {
    code: 'LANG_ITALIAN_NATIVE',
    labelIt: 'Italiano (madrelingua)',
    labelEn: 'Italian (native)',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_ITALIAN_READING',
    labelIt: "Comprensione dell'italiano scritto",
    labelEn: 'Reading Italian',
    kind: 'SKILL',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/bb691baa-c7c2-41c3-af69-4dc901d22d2f',
  }, // ESCO: "understand written Italian" [L]
  {
    code: 'LANG_ITALIAN_SPEAKING',
    labelIt: 'Interazione orale in italiano',
    labelEn: 'Speaking Italian',
    kind: 'SKILL',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/b45f87e9-66ce-4212-82eb-3a55765bc512',
  }, // ESCO: "interact verbally in Italian" [L]
  {
    code: 'LANG_ITALIAN_WRITING',
    labelIt: 'Scrittura in italiano',
    labelEn: 'Writing Italian',
    kind: 'SKILL',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/ca81a475-f76c-4318-bdd7-4f1f3605e798',
  }, // ESCO: "write Italian" [L]
  {
    code: 'LANG_LIS',
    labelIt: 'Lingua dei segni italiana (LIS)',
    labelEn: 'Italian Sign Language (LIS)',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: null,
  },
  {
    code: 'LANG_PORTUGUESE',
    labelIt: 'Portoghese',
    labelEn: 'Portuguese',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/584c13e8-fd06-4ca3-a45b-cca5b2f147a7',
  }, // ESCO: "Portuguese" [L]
  {
    code: 'LANG_PUNJABI',
    labelIt: 'Punjabi',
    labelEn: 'Punjabi',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/e05b9e06-d298-4646-b762-acbd485a20e9',
  }, // ESCO: "Punjabi" [L]
  {
    code: 'LANG_ROMANIAN',
    labelIt: 'Rumeno',
    labelEn: 'Romanian',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/4b9f1ae5-0ee6-4738-8999-9b8191fba808',
  }, // ESCO: "Romanian" [L]
  {
    code: 'LANG_RUSSIAN',
    labelIt: 'Russo',
    labelEn: 'Russian',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/6891bbce-20bf-4afc-bd5e-75bdf54c0165',
  }, // ESCO: "Russian" [L]
  {
    code: 'LANG_SPANISH',
    labelIt: 'Spagnolo',
    labelEn: 'Spanish',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/14ee9f76-3524-43d5-8a1a-5ba8283f8bd7',
  }, // ESCO: "Spanish" [L]
  {
    code: 'LANG_UKRAINIAN',
    labelIt: 'Ucraino',
    labelEn: 'Ukrainian',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/354b948c-7eef-4ebc-bfd6-f60d7d5acb62',
  }, // ESCO: "Ukrainian" [L]
  {
    code: 'LANG_URDU',
    labelIt: 'Urdu',
    labelEn: 'Urdu',
    kind: 'KNOWLEDGE',
    sector: 'LANGUAGES',
    escoUri: 'http://data.europa.eu/esco/skill/bc546a09-1103-4184-b757-3508ef5f8490',
  }, // ESCO: "Urdu" [L]
  { code: 'LANG_WOLOF', labelIt: 'Wolof', labelEn: 'Wolof', kind: 'KNOWLEDGE', sector: 'LANGUAGES', escoUri: null },
  // LOGISTICS
  {
    code: 'LOG_BARCODE_SCANNER',
    labelIt: 'Uso di lettori di codici a barre e terminali portatili',
    labelEn: 'Barcode scanners and handheld terminals',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_DELIVERY_DRIVING',
    labelIt: 'Consegne con patente B',
    labelEn: 'Deliveries with category B licence',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_FORKLIFT',
    labelIt: 'Conduzione del carrello elevatore (con patentino)',
    labelEn: 'Forklift operation (licensed)',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
  }, // ESCO: "operate forklift" [X]
  {
    code: 'LOG_GOODS_RECEIVING',
    labelIt: 'Ricevimento merci e controllo dei documenti di trasporto',
    labelEn: 'Goods receiving',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_INVENTORY',
    labelIt: 'Inventario e conteggio delle scorte',
    labelEn: 'Inventory counting',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/skill/5d2e82cc-5943-4218-a459-a1956fad2b63',
  }, // ESCO: "manage warehouse inventory" [X]
  {
    code: 'LOG_LOADING_UNLOADING',
    labelIt: 'Carico e scarico delle merci',
    labelEn: 'Loading and unloading goods',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/skill/b6bdf202-524f-475d-b813-2aa9af005c37',
  }, // ESCO: "move objects" [T]
  {
    code: 'LOG_MAIL_SORTING',
    labelIt: 'Smistamento di posta e pacchi',
    labelEn: 'Mail and parcel sorting',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_MANUAL_HANDLING',
    labelIt: 'Movimentazione manuale dei carichi',
    labelEn: 'Manual handling of loads',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99',
  }, // ESCO: "lift heavy weights" [X]
  {
    code: 'LOG_PACKING',
    labelIt: 'Imballaggio e preparazione dei colli',
    labelEn: 'Packing',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_PALLET_TRUCK',
    labelIt: 'Uso del transpallet manuale ed elettrico',
    labelEn: 'Pallet truck operation',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_PALLET_WRAPPING',
    labelIt: 'Pallettizzazione e filmatura',
    labelEn: 'Palletising and stretch-wrapping',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_PICKING',
    labelIt: 'Prelievo della merce a magazzino (picking)',
    labelEn: 'Order picking',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_PUT_AWAY',
    labelIt: 'Stoccaggio e sistemazione della merce a scaffale',
    labelEn: 'Put-away and shelving',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_RETURNS_HANDLING',
    labelIt: 'Gestione dei resi',
    labelEn: 'Returns handling',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_SHIPPING_PREP',
    labelIt: 'Preparazione delle spedizioni ed etichettatura dei colli',
    labelEn: 'Shipment preparation',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_VOICE_PICKING',
    labelIt: 'Picking vocale (voice picking)',
    labelEn: 'Voice picking',
    kind: 'SKILL',
    sector: 'LOGISTICS',
    escoUri: null,
  },
  {
    code: 'LOG_WAREHOUSE_OPERATIONS',
    labelIt: 'Conoscenza delle operazioni di magazzino',
    labelEn: 'Warehouse operations',
    kind: 'KNOWLEDGE',
    sector: 'LOGISTICS',
    escoUri: 'http://data.europa.eu/esco/skill/089ddb19-1c7a-43ff-ba64-070f7ce4787a',
  }, // ESCO: "warehouse operations" [M]
  // MANUFACTURING
  {
    code: 'MAN_ASSEMBLY',
    labelIt: 'Assemblaggio di componenti',
    labelEn: 'Component assembly',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_BASIC_WELDING',
    labelIt: 'Saldatura di base (a filo o a punti)',
    labelEn: 'Basic welding',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_CNC_LOADING',
    labelIt: 'Carico e scarico pezzi su macchine CNC',
    labelEn: 'CNC machine loading and unloading',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_DEBURRING',
    labelIt: 'Sbavatura e rifinitura dei pezzi',
    labelEn: 'Deburring and finishing',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_EQUIPMENT_CARE',
    labelIt: 'Pulizia e manutenzione ordinaria delle attrezzature',
    labelEn: 'Routine equipment care',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_FOOD_LINE_WORK',
    labelIt: 'Lavoro su linea di produzione alimentare',
    labelEn: 'Food production line work',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_FURNITURE_ASSEMBLY',
    labelIt: 'Montaggio di mobili',
    labelEn: 'Furniture assembly',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_HAND_TOOLS',
    labelIt: 'Uso di utensili manuali',
    labelEn: 'Using hand tools',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_LABELLING',
    labelIt: 'Etichettatura dei prodotti',
    labelEn: 'Product labelling',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_LINE_PACKAGING',
    labelIt: 'Confezionamento e imballaggio in linea',
    labelEn: 'Line packaging',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_MACHINE_FEEDING',
    labelIt: 'Alimentazione e carico delle macchine',
    labelEn: 'Machine feeding',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_MACHINE_MONITORING',
    labelIt: 'Sorveglianza del ciclo macchina e segnalazione delle anomalie',
    labelEn: 'Machine cycle monitoring',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_MEASURING_TOOLS',
    labelIt: 'Uso di strumenti di misura (calibro, metro)',
    labelEn: 'Using measuring tools',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_POWER_TOOLS',
    labelIt: 'Uso di elettroutensili (trapano, avvitatore)',
    labelEn: 'Using power tools',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_PPE_USE',
    labelIt: 'Uso corretto dei dispositivi di protezione individuale (DPI)',
    labelEn: 'Correct use of PPE',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_PRODUCTION_RECORDS',
    labelIt: 'Compilazione delle schede di produzione',
    labelEn: 'Filling in production records',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_SEWING_BASIC',
    labelIt: 'Cucito a macchina di base',
    labelEn: 'Basic machine sewing',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_SMALL_PARTS_ASSEMBLY',
    labelIt: 'Montaggio manuale di piccole parti',
    labelEn: 'Manual assembly of small parts',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_SORTING_COUNTING',
    labelIt: 'Cernita e conteggio dei pezzi',
    labelEn: 'Sorting and counting parts',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_TECH_DRAWINGS',
    labelIt: 'Lettura del disegno tecnico',
    labelEn: 'Reading technical drawings',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: 'http://data.europa.eu/esco/skill/68b6ef08-d823-489d-a95c-752ae6f6e6a7',
  }, // ESCO: "read standard blueprints" [M]
  {
    code: 'MAN_VISUAL_QUALITY_CHECK',
    labelIt: 'Controllo qualità visivo dei pezzi',
    labelEn: 'Visual quality check',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_WIRING_BASIC',
    labelIt: 'Cablaggio elettrico semplice',
    labelEn: 'Simple electrical wiring',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  {
    code: 'MAN_WOODWORKING_BASIC',
    labelIt: 'Lavorazioni di base del legno',
    labelEn: 'Basic woodworking',
    kind: 'SKILL',
    sector: 'MANUFACTURING',
    escoUri: null,
  },
  // OFFICE
  {
    code: 'OFF_APPOINTMENTS',
    labelIt: 'Gestione di appuntamenti e agenda',
    labelEn: 'Appointment scheduling',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_DATA_ENTRY',
    labelIt: 'Inserimento dati',
    labelEn: 'Data entry',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_DOCUMENT_ARCHIVING',
    labelIt: 'Archiviazione digitale dei documenti',
    labelEn: 'Digital document archiving',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_ENVELOPING',
    labelIt: 'Imbustamento e spedizione della corrispondenza',
    labelEn: 'Envelope stuffing and mailing',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_FILING',
    labelIt: 'Archiviazione e classificazione di documenti cartacei',
    labelEn: 'Paper filing',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_MAIL_HANDLING',
    labelIt: 'Gestione della posta in entrata e in uscita',
    labelEn: 'Mail handling',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_OFFICE_SUPPLIES',
    labelIt: "Gestione della cancelleria e dei materiali d'ufficio",
    labelEn: 'Office supplies management',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_PHONE_ANSWERING',
    labelIt: 'Risposta al telefono e smistamento delle chiamate',
    labelEn: 'Answering and routing calls',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_PHOTOCOPYING_SCANNING',
    labelIt: 'Fotocopiatura e scansione di documenti',
    labelEn: 'Photocopying and scanning',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_PROTOCOL_REGISTRATION',
    labelIt: 'Protocollazione dei documenti',
    labelEn: 'Document registration (protocol)',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_RECEPTION',
    labelIt: 'Accoglienza del pubblico e reception',
    labelEn: 'Reception and front desk',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_SHREDDING',
    labelIt: 'Distruzione sicura dei documenti',
    labelEn: 'Secure document shredding',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  {
    code: 'OFF_TYPING',
    labelIt: 'Videoscrittura veloce e trascrizione di testi',
    labelEn: 'Typing and transcription',
    kind: 'SKILL',
    sector: 'OFFICE',
    escoUri: null,
  },
  // RETAIL
  {
    code: 'RET_BAGGING',
    labelIt: 'Imbustamento della spesa',
    labelEn: 'Bagging groceries',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_CASHIER',
    labelIt: 'Operazioni di cassa',
    labelEn: 'Cashier operations',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_COMPLAINTS',
    labelIt: 'Gestione di semplici reclami dei clienti',
    labelEn: 'Handling simple complaints',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_CUSTOMER_ASSISTANCE',
    labelIt: 'Assistenza e orientamento dei clienti',
    labelEn: 'Customer assistance',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
  }, // ESCO: "customer service" [M]
  {
    code: 'RET_DELI_COUNTER',
    labelIt: 'Servizio al banco gastronomia e salumeria',
    labelEn: 'Deli counter service',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_EXPIRY_CHECK',
    labelIt: 'Controllo delle date di scadenza',
    labelEn: 'Expiry date checks',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_FACING',
    labelIt: "Frontalizzazione e cura dell'esposizione",
    labelEn: 'Facing and display upkeep',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_MONEY_HANDLING',
    labelIt: 'Maneggio del denaro e calcolo del resto',
    labelEn: 'Cash handling',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_POS_PAYMENTS',
    labelIt: 'Uso del POS per i pagamenti elettronici',
    labelEn: 'Card payment terminal use',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_PRICE_LABELLING',
    labelIt: 'Prezzatura ed etichettatura dei prodotti',
    labelEn: 'Price labelling',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_PRODUCE_SECTION',
    labelIt: 'Allestimento del reparto ortofrutta',
    labelEn: 'Produce section set-up',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_SHELF_STOCKING',
    labelIt: 'Rifornimento e riordino degli scaffali',
    labelEn: 'Shelf stocking',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_STOCKROOM',
    labelIt: 'Riordino del magazzino del punto vendita',
    labelEn: 'Stockroom tidying',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  {
    code: 'RET_TROLLEY_COLLECTION',
    labelIt: 'Recupero e riordino dei carrelli',
    labelEn: 'Trolley collection',
    kind: 'SKILL',
    sector: 'RETAIL',
    escoUri: null,
  },
  // TRANSVERSAL
  {
    code: 'TRV_ACCEPT_FEEDBACK',
    labelIt: 'Accettazione di critiche e indicazioni',
    labelEn: 'Accepting feedback',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/05aa7c09-46e7-433f-a81b-92841f4551e7',
  }, // ESCO: "accept criticism and guidance" [T]
  {
    code: 'TRV_ACTIVE_LISTENING',
    labelIt: 'Ascolto attivo',
    labelEn: 'Active listening',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/a17286c5-238d-4f0b-bc24-29e9121345de',
  }, // ESCO: "listen actively" [X]
  {
    code: 'TRV_ADAPTABILITY',
    labelIt: 'Adattabilità ai cambiamenti',
    labelEn: 'Adaptability',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/49de9958-2aa4-4eef-a89d-fe5d5bcd28c4',
  }, // ESCO: "adapt to change" [T]
  {
    code: 'TRV_ATTENTION_TO_DETAIL',
    labelIt: 'Precisione e attenzione ai dettagli',
    labelEn: 'Attention to detail',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7',
  }, // ESCO: "attend to detail" [T]
  {
    code: 'TRV_BASIC_NUMERACY',
    labelIt: 'Calcolo di base',
    labelEn: 'Basic numeracy',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/19ba11f3-9c99-41fd-a7c9-f77e6a026186',
  }, // ESCO: "carry out calculations" [T]
  {
    code: 'TRV_COMMUNICATION',
    labelIt: 'Comunicazione con colleghi e responsabili',
    labelEn: 'Communication',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: null,
  },
  {
    code: 'TRV_CONCENTRATION',
    labelIt: 'Mantenimento della concentrazione nel tempo',
    labelEn: 'Sustained concentration',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/9cfd2219-553c-4d67-81e5-951e87c65135',
  }, // ESCO: "maintain concentration for long periods" [T]
  {
    code: 'TRV_CONFIDENTIALITY',
    labelIt: 'Riservatezza',
    labelEn: 'Confidentiality',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/e37d64dc-0f05-4ee8-b065-bf76f70d8f5c',
  }, // ESCO: "respect confidentiality obligations" [T]
  {
    code: 'TRV_CONFLICT_RESOLUTION',
    labelIt: 'Gestione dei conflitti',
    labelEn: 'Conflict resolution',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/96de2e86-e287-41f2-88ab-15a2343afc6f',
  }, // ESCO: "resolve conflicts" [T]
  {
    code: 'TRV_DECISION_MAKING',
    labelIt: 'Capacità decisionale',
    labelEn: 'Decision making',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/d62d2b4c-a6f8-439e-8a1b-4f29ab5f2c47',
  }, // ESCO: "make decisions" [T]
  {
    code: 'TRV_EMPATHY',
    labelIt: 'Empatia',
    labelEn: 'Empathy',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/77b636e8-fab3-41a8-8022-1e0a354059dc',
  }, // ESCO: "show empathy" [T]
  {
    code: 'TRV_FOLLOW_INSTRUCTIONS',
    labelIt: 'Capacità di seguire le istruzioni ricevute',
    labelEn: 'Following instructions',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: null,
  },
  {
    code: 'TRV_FRUSTRATION_MANAGEMENT',
    labelIt: 'Gestione della frustrazione',
    labelEn: 'Managing frustration',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/1d1fedcb-4995-44ac-90f5-f31a157ce512',
  }, // ESCO: "manage frustration" [T]
  {
    code: 'TRV_HONESTY',
    labelIt: 'Onestà e correttezza',
    labelEn: 'Honesty and integrity',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/bcf002ce-90f8-42e5-ac1b-5dba208639b0',
  }, // ESCO: "demonstrate trustworthiness" [T]
  {
    code: 'TRV_HYGIENE',
    labelIt: "Cura dell'igiene personale e del posto di lavoro",
    labelEn: 'Personal and workplace hygiene',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/d9449998-c1f5-478c-a103-2255398cf0b6',
  }, // ESCO: "apply hygiene standards" [T]
  {
    code: 'TRV_INITIATIVE',
    labelIt: 'Spirito di iniziativa',
    labelEn: 'Showing initiative',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f',
  }, // ESCO: "show initiative" [T]
  {
    code: 'TRV_INTERCULTURAL',
    labelIt: 'Competenza interculturale',
    labelEn: 'Intercultural competence',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/c10d5d87-36cf-42f5-8a12-e560fb5f4af8',
  }, // ESCO: "demonstrate intercultural competence" [T]
  {
    code: 'TRV_MANUAL_PRECISION',
    labelIt: 'Manualità fine e uso preciso degli attrezzi',
    labelEn: 'Manual dexterity and precise tool use',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/9c0f93f7-2592-4d4d-9673-fd640502345f',
  }, // ESCO: "use equipment, tools or technology with precision" [T]
  {
    code: 'TRV_MOTIVATION',
    labelIt: 'Motivazione e impegno',
    labelEn: 'Motivation and commitment',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/1fce1197-3a5b-45b7-8797-575cd3b57a01',
  }, // ESCO: "show commitment" [T]
  {
    code: 'TRV_ORGANISATION',
    labelIt: 'Organizzazione del proprio lavoro e dei materiali',
    labelEn: 'Organising work and materials',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/6b305973-8993-475f-bd8a-daf037c61401',
  }, // ESCO: "organise information, objects and resources" [T]
  {
    code: 'TRV_PHYSICAL_ENDURANCE',
    labelIt: 'Resistenza fisica e tolleranza alla fatica',
    labelEn: 'Physical endurance',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/13b4a3d2-abdf-4442-8e52-d7464a58ecbc',
  }, // ESCO: "adjust to physical demands" [T]
  {
    code: 'TRV_PROBLEM_SOLVING',
    labelIt: 'Risoluzione dei problemi',
    labelEn: 'Problem solving',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/adc6dc11-3376-467b-96c5-9b0a21edc869',
  }, // ESCO: "solve problems" [T]
  {
    code: 'TRV_PROBLEM_SPOTTING',
    labelIt: 'Individuazione e segnalazione dei problemi',
    labelEn: 'Spotting and flagging problems',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/a628d2d1-f40a-4c37-a357-2801726f2996',
  }, // ESCO: "identify problems" [T]
  {
    code: 'TRV_PUBLIC_TRANSPORT',
    labelIt: 'Autonomia negli spostamenti con i mezzi pubblici',
    labelEn: 'Independent travel by public transport',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: null,
  },
  {
    code: 'TRV_PUNCTUALITY',
    labelIt: 'Puntualità e rispetto degli impegni',
    labelEn: 'Punctuality and reliability',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/113b4428-0a31-4199-8496-070af7854b91',
  }, // ESCO: "meet commitments" [T]
  {
    code: 'TRV_REPETITIVE_TASKS',
    labelIt: 'Tolleranza alle attività ripetitive',
    labelEn: 'Tolerance of repetitive tasks',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: null,
  },
  {
    code: 'TRV_REPORTING_FACTS',
    labelIt: 'Riferire fatti e avvenimenti al responsabile',
    labelEn: 'Reporting facts',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/be6ab363-3de1-427f-a8ef-85d5b0250822',
  }, // ESCO: "report facts" [T]
  {
    code: 'TRV_RESPONSIBILITY',
    labelIt: 'Senso di responsabilità',
    labelEn: 'Sense of responsibility',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/199f7919-5114-41b6-b6a5-41e0e4896ec1',
  }, // ESCO: "assume responsibility" [T]
  {
    code: 'TRV_RULES_COMPLIANCE',
    labelIt: 'Rispetto delle regole e delle procedure aziendali',
    labelEn: 'Complying with rules and procedures',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/b618584f-6bdf-4d8f-89a7-f28c2c95afc2',
  }, // ESCO: "comply with regulations" [T]
  {
    code: 'TRV_SAFETY_RULES',
    labelIt: 'Rispetto delle norme di salute e sicurezza sul lavoro',
    labelEn: 'Following health and safety rules',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/c4180af3-befd-4bd8-9a65-6a496f9d9f15',
  }, // ESCO: "demonstrate awareness of health risks" [T]
  {
    code: 'TRV_SELF_CONFIDENCE',
    labelIt: 'Fiducia in sé stessi',
    labelEn: 'Self-confidence',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/669b75d8-671c-4a1c-8e0b-6466c513c27d',
  }, // ESCO: "show confidence" [T]
  {
    code: 'TRV_STRESS_MANAGEMENT',
    labelIt: 'Gestione dello stress e del lavoro sotto pressione',
    labelEn: 'Coping with stress',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d',
  }, // ESCO: "cope with stress" [T]
  {
    code: 'TRV_TEAMWORK',
    labelIt: 'Lavoro in squadra',
    labelEn: 'Teamwork',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0',
  }, // ESCO: "work in teams" [T]
  {
    code: 'TRV_TIME_MANAGEMENT',
    labelIt: 'Gestione del tempo',
    labelEn: 'Time management',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8',
  }, // ESCO: "manage time" [T]
  {
    code: 'TRV_WILLINGNESS_TO_LEARN',
    labelIt: 'Disponibilità ad apprendere',
    labelEn: 'Willingness to learn',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b',
  }, // ESCO: "demonstrate willingness to learn" [T]
  {
    code: 'TRV_WORK_AUTONOMOUSLY',
    labelIt: 'Lavoro in autonomia',
    labelEn: 'Working autonomously',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730',
  }, // ESCO: "work independently" [T]
  {
    code: 'TRV_WORK_PACE',
    labelIt: 'Efficienza e rispetto dei ritmi di lavoro',
    labelEn: 'Working efficiently',
    kind: 'TRANSVERSAL',
    sector: 'TRANSVERSAL',
    escoUri: 'http://data.europa.eu/esco/skill/7a93e22f-54d8-4bf0-9213-d711f6601b49',
  }, // ESCO: "work efficiently" [T]
];
