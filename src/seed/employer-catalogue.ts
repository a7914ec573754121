import { Sector } from '../modules/work-conditions/work-conditions.enums';

/**
 * Kinds of business the service works with, each with its ATECO 2007 code and official Italian label, and name
 * patterns: {S} a surname, {A} a local name (Brixia, Leonessa, Cidneo…), {N} a venue name, {H} a saint or patron,
 * {C} a cooperative name, {G} a given name.
 */
export interface BusinessKind {
  sector: Sector;
  atecoCode: string;
  atecoLabel: string;
  names: readonly string[];
  weight: number;
}

const k = (sector: Sector, atecoCode: string, atecoLabel: string, weight: number, names: string[]): BusinessKind => ({
  sector,
  atecoCode,
  atecoLabel,
  names,
  weight,
});

const { MANUFACTURING, LOGISTICS, CLEANING_FACILITY, FOOD_SERVICE, RETAIL, AGRICULTURE_GREEN, CARE, OFFICE, DIGITAL } =
  Sector;

export const PRIVATE_BUSINESSES: readonly BusinessKind[] = [
  k(MANUFACTURING, '25.62.00', 'Lavori di meccanica generale', 6, [
    'Meccanica {S}',
    'Officine Meccaniche {S}',
    '{S} Meccanica',
    'Meccanica {A}',
    'Torneria {S}',
    'Minuterie Metalliche {S}',
  ]),
  k(MANUFACTURING, '25.11.00', 'Fabbricazione di strutture metalliche e di parti di strutture', 2, [
    'Carpenteria Metallica {S}',
    '{S} Strutture',
    'Carpenterie {A}',
  ]),
  k(MANUFACTURING, '28.14.00', 'Fabbricazione di altri rubinetti e valvole', 2, [
    'Rubinetterie {S}',
    'Valvole {A}',
    '{S} Valvolame',
  ]),
  k(MANUFACTURING, '22.29.09', 'Fabbricazione di altri articoli in materie plastiche nca', 2, [
    '{S} Plast',
    'Plastica {A}',
    'Stampaggio Plastiche {S}',
  ]),
  k(MANUFACTURING, '27.33.00', 'Fabbricazione di attrezzature per cablaggio', 2, [
    'Cablaggi {A}',
    '{S} Cablaggi',
    'Elettromeccanica {S}',
  ]),
  k(MANUFACTURING, '29.32.09', 'Fabbricazione di altre parti ed accessori per autoveicoli e loro motori nca', 1, [
    '{A} Automotive',
    'Componenti Auto {S}',
  ]),
  k(MANUFACTURING, '24.10.00', 'Siderurgia - Fabbricazione di ferro, acciaio e ferroleghe', 1, [
    'Acciaierie {A}',
    'Trafilerie {S}',
  ]),
  k(MANUFACTURING, '31.09.90', 'Fabbricazione di altri mobili (inclusi quelli per arredo esterno)', 1.5, [
    'Mobilificio {S}',
    'Arredamenti {S}',
  ]),
  k(MANUFACTURING, '10.71.10', 'Produzione di prodotti di panetteria freschi', 1.5, [
    'Panificio {S}',
    'Forno {A}',
    'Il Forno di {G}',
  ]),
  k(MANUFACTURING, '10.13.00', 'Produzione di prodotti a base di carne (inclusa la carne di pollame)', 1, [
    'Salumificio {S}',
    'Salumi {A}',
  ]),
  k(LOGISTICS, '52.10.20', 'Magazzini di custodia e deposito per conto terzi', 3, [
    '{A} Logistica',
    'Logistica {S}',
    'Magazzini Generali {A}',
  ]),
  k(LOGISTICS, '52.29.22', 'Servizi logistici relativi alla distribuzione delle merci', 2, [
    '{A} Distribuzione',
    '{S} Logistics',
  ]),
  k(LOGISTICS, '49.41.00', 'Trasporto di merci su strada', 2, ['Autotrasporti {S}', '{S} Trasporti']),
  k(LOGISTICS, '53.20.00', 'Altre attività postali e di corriere senza obbligo di servizio universale', 1, [
    '{A} Express',
    'Recapiti {A}',
  ]),
  k(CLEANING_FACILITY, '81.21.00', 'Pulizia generale (non specializzata) di edifici', 4, [
    '{A} Pulizie',
    'Pulizie {S}',
    'Multiservizi {A}',
    '{S} Servizi Integrati',
  ]),
  k(
    CLEANING_FACILITY,
    '81.22.02',
    'Altre attività di pulizia specializzata di edifici e di impianti e macchinari industriali',
    1.5,
    ['Pulizie Industriali {A}', '{S} Industrial Cleaning'],
  ),
  k(CLEANING_FACILITY, '96.01.10', 'Attività delle lavanderie industriali', 1, [
    'Lavanderia Industriale {A}',
    'Lavanderia {S}',
  ]),
  k(CLEANING_FACILITY, '45.20.91', 'Lavaggio auto', 1, ['Autolavaggio {S}', 'Lavaggio Auto {A}']),
  k(
    CLEANING_FACILITY,
    '38.32.30',
    'Recupero e preparazione per il riciclaggio dei rifiuti solidi urbani, industriali e biomasse',
    1,
    ['{A} Recuperi', 'Ecologia {S}'],
  ),
  k(FOOD_SERVICE, '56.10.11', 'Ristorazione con somministrazione', 4, [
    'Ristorante {N}',
    'Trattoria {N}',
    'Osteria {N}',
    'Pizzeria {N}',
  ]),
  k(FOOD_SERVICE, '56.30.00', 'Bar e altri esercizi simili senza cucina', 2, ['Bar {N}', 'Caffè {N}']),
  k(FOOD_SERVICE, '56.29.10', 'Mense', 1.5, ['{A} Ristorazione Collettiva', 'Mense {A}']),
  k(FOOD_SERVICE, '56.29.20', 'Catering continuativo su base contrattuale', 1, ['Catering {A}', '{S} Catering']),
  k(FOOD_SERVICE, '56.10.30', 'Gelaterie e pasticcerie', 1, ['Pasticceria {S}', 'Gelateria {N}']),
  k(RETAIL, '47.11.20', 'Supermercati', 3, ['Supermercati {A}', '{A} Market', 'Supermercato {S}']),
  k(RETAIL, '47.11.10', 'Ipermercati', 0.5, ['Ipermercato {A}']),
  k(RETAIL, '47.11.40', 'Minimercati ed altri esercizi non specializzati di alimentari vari', 2, [
    'Alimentari {S}',
    'Minimarket {N}',
  ]),
  k(
    RETAIL,
    '47.52.10',
    'Commercio al dettaglio di ferramenta, vernici, vetro piano e materiale elettrico e termoidraulico',
    1.5,
    ['Ferramenta {S}', '{A} Bricolage'],
  ),
  k(RETAIL, '47.59.10', 'Commercio al dettaglio di mobili per la casa', 1, ['Arredo Casa {A}', 'Mobili {S}']),
  k(AGRICULTURE_GREEN, '81.30.00', 'Cura e manutenzione del paesaggio (inclusi parchi, giardini e aiuole)', 3, [
    '{A} Verde',
    'Giardini {S}',
    'Manutenzione Verde {S}',
  ]),
  k(AGRICULTURE_GREEN, '01.30.00', 'Riproduzione delle piante', 1.5, ['Vivai {S}', 'Vivaio {A}']),
  k(AGRICULTURE_GREEN, '01.21.00', 'Coltivazione di uva', 1.5, ['Azienda Agricola {S}', 'Cantina {S}']),
  k(AGRICULTURE_GREEN, '01.41.00', 'Allevamento di bovini e bufale da latte, produzione di latte crudo', 1, [
    'Cascina {S}',
    'Azienda Zootecnica {S}',
  ]),
  k(CARE, '87.30.00', 'Strutture di assistenza residenziale per anziani e disabili', 3, ['RSA {H}', 'Residenza {H}']),
  k(CARE, '87.10.00', 'Strutture di assistenza infermieristica residenziale per anziani', 1.5, [
    'Fondazione {H}',
    'Casa di Riposo {H}',
  ]),
  // Type-A social cooperatives run care services; they are private employers, not the type-B ones.
  k(CARE, '88.10.00', 'Assistenza sociale non residenziale per anziani e disabili', 2, [
    'Cooperativa Sociale {C}',
    'Servizi alla Persona {A}',
  ]),
  k(OFFICE, '82.11.01', "Servizi integrati di supporto per le funzioni d'ufficio", 2, ['{A} Servizi', '{S} Service']),
  k(OFFICE, '82.20.00', 'Attività dei call center', 1.5, ['{A} Contact Center', 'Teleservizi {A}']),
  k(
    OFFICE,
    '82.19.09',
    "Servizi di fotocopiatura, preparazione di documenti e altre attività di supporto specializzate per le funzioni d'ufficio",
    1.5,
    ['{A} Document Service', 'Archivi {A}'],
  ),
  k(OFFICE, '69.20.11', 'Servizi forniti da dottori commercialisti', 1, ['Studio {S} Commercialisti Associati']),
  k(DIGITAL, '63.11.19', 'Altre elaborazioni elettroniche di dati', 2, [
    '{A} Data',
    'Digitalizzazione {A}',
    '{S} Informatica',
  ]),
  k(DIGITAL, '62.01.00', "Produzione di software non connesso all'edizione", 1, [
    '{A} Software',
    '{S} Soluzioni Digitali',
  ]),
];

/** How many of the service's private employers are in each sector. */
export const PRIVATE_SECTOR_WEIGHTS: Readonly<Partial<Record<Sector, number>>> = {
  MANUFACTURING: 28,
  LOGISTICS: 12,
  CLEANING_FACILITY: 10,
  FOOD_SERVICE: 14,
  RETAIL: 14,
  AGRICULTURE_GREEN: 6,
  CARE: 7,
  OFFICE: 6,
  DIGITAL: 3,
};

/** Type-B social cooperatives (Law 381/91): the sectors where they employ disadvantaged people. */
export const COOPERATIVE_B_BUSINESSES: readonly BusinessKind[] = [
  k(CLEANING_FACILITY, '81.21.00', 'Pulizia generale (non specializzata) di edifici', 30, []),
  k(AGRICULTURE_GREEN, '81.30.00', 'Cura e manutenzione del paesaggio (inclusi parchi, giardini e aiuole)', 25, []),
  k(MANUFACTURING, '82.92.20', 'Imballaggio e confezionamento di generi non alimentari', 20, []),
  k(LOGISTICS, '52.10.20', 'Magazzini di custodia e deposito per conto terzi', 8, []),
  k(FOOD_SERVICE, '56.29.20', 'Catering continuativo su base contrattuale', 8, []),
  k(DIGITAL, '63.11.19', 'Altre elaborazioni elettroniche di dati', 5, []),
  k(
    OFFICE,
    '82.19.09',
    "Servizi di fotocopiatura, preparazione di documenti e altre attività di supporto specializzate per le funzioni d'ufficio",
    4,
    [],
  ),
];

export const MUNICIPALITY_BUSINESS = k(
  OFFICE,
  '84.11.10',
  'Attività degli organi legislativi ed esecutivi, centrali e locali; amministrazione finanziaria; amministrazioni regionali, provinciali e comunali',
  1,
  [],
);
export const HOSPITAL_BUSINESS = k(CARE, '86.10.10', 'Ospedali e case di cura generici', 1, []);

/** The health authorities (ASST) of the area, with the towns of their hospitals. */
export const HEALTH_AUTHORITIES: readonly { name: string; towns: readonly string[]; employees: [number, number] }[] = [
  {
    name: 'ASST Spedali Civili di Brescia',
    towns: ['Brescia', 'Gardone Val Trompia', 'Montichiari'],
    employees: [6000, 7500],
  },
  { name: 'ASST del Garda', towns: ['Desenzano del Garda', 'Gavardo', 'Manerbio'], employees: [3000, 4000] },
];

export const LOCAL_NAMES = [
  'Brixia',
  'Leonessa',
  'Cidneo',
  'Garda',
  'Franciacorta',
  'Valtrompia',
  'Mella',
  'Benaco',
  'Castello',
  'Lombardia',
  'Padana',
  'Bassa Bresciana',
];
export const VENUE_NAMES = [
  'Al Castello',
  'La Pergola',
  'Il Vigneto',
  'Da Gino',
  'Al Portico',
  'La Corte',
  'Il Cortile',
  'Centrale',
  'Roma',
  'Europa',
  'La Stazione',
  'Al Mulino',
  'La Loggia',
  'Vittoria',
  'Il Borgo',
  'Al Ponte',
  'La Fontana',
  'Del Sole',
  'La Lanterna',
  'Il Glicine',
];
export const PATRON_NAMES = [
  'San Giuseppe',
  'Santa Maria',
  'San Francesco',
  "Sant'Angela Merici",
  'San Faustino',
  'Santa Giulia',
  'Paolo VI',
  'Villa Serena',
  'Don Bosco',
  'San Luigi',
  'Madre Teresa',
  'Casa Serena',
];
export const COOPERATIVE_NAMES = [
  'Il Girasole',
  'La Rondine',
  'Il Ponte',
  'La Fonte',
  'Il Germoglio',
  'La Sorgente',
  "L'Aquilone",
  'Il Mosaico',
  'La Bottega',
  'Il Sentiero',
  'La Quercia',
  'Il Faro',
  'La Vela',
  'Il Cammino',
  'Nuovi Orizzonti',
  'Terra Viva',
  'La Ginestra',
  'Il Sole',
  'La Tartaruga',
  "L'Arcobaleno",
  'Il Gabbiano',
  'La Rete',
  'Il Melograno',
  'La Cordata',
  'Il Tralcio',
  "L'Ulivo",
  'La Nuvola',
  'Il Seme',
  'La Mongolfiera',
  'Il Varco',
];

/** How a site is named, by sector: the head office first, then the other sites. */
export const SITE_NAMES: Readonly<Partial<Record<Sector, [string, string]>>> = {
  MANUFACTURING: ['Sede e stabilimento di {T}', 'Stabilimento di {T}'],
  LOGISTICS: ['Sede e magazzino di {T}', 'Magazzino di {T}'],
  CLEANING_FACILITY: ['Sede di {T}', 'Sede operativa di {T}'],
  FOOD_SERVICE: ['Sede di {T}', 'Locale di {T}'],
  RETAIL: ['Sede e punto vendita di {T}', 'Punto vendita di {T}'],
  AGRICULTURE_GREEN: ['Sede di {T}', 'Sede operativa di {T}'],
  CARE: ['Struttura di {T}', 'Struttura di {T}'],
  OFFICE: ['Sede di {T}', 'Ufficio di {T}'],
  DIGITAL: ['Sede di {T}', 'Ufficio di {T}'],
};

/** Sectors whose sites are usually in an industrial or artisan zone. */
export const INDUSTRIAL_SECTORS: ReadonlySet<Sector> = new Set([MANUFACTURING, LOGISTICS]);
