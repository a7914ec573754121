import { SeededRandom } from './random';

export type Sex = 'M' | 'F';

/**
 * Faker's Italian lists include many rare names (Calcedonio, Lavinio); a register of real people is dominated by
 * common ones, so most names come from these lists and only some from faker for variety.
 */
const COMMON_GIVEN: Readonly<Record<Sex, readonly string[]>> = {
  M: [
    'Marco',
    'Luca',
    'Andrea',
    'Giuseppe',
    'Francesco',
    'Alessandro',
    'Giovanni',
    'Roberto',
    'Stefano',
    'Paolo',
    'Davide',
    'Matteo',
    'Simone',
    'Daniele',
    'Fabio',
    'Massimo',
    'Claudio',
    'Mario',
    'Antonio',
    'Luigi',
    'Giorgio',
    'Federico',
    'Riccardo',
    'Lorenzo',
    'Michele',
    'Nicola',
    'Alberto',
    'Emanuele',
    'Gabriele',
    'Mattia',
    'Cristian',
    'Angelo',
    'Pietro',
    'Enrico',
    'Filippo',
    'Diego',
    'Mirko',
    'Ivan',
    'Manuel',
    'Omar',
  ],
  F: [
    'Maria',
    'Anna',
    'Giulia',
    'Francesca',
    'Sara',
    'Laura',
    'Elena',
    'Chiara',
    'Valentina',
    'Silvia',
    'Paola',
    'Federica',
    'Alessandra',
    'Martina',
    'Elisa',
    'Roberta',
    'Monica',
    'Cristina',
    'Barbara',
    'Simona',
    'Giovanna',
    'Daniela',
    'Michela',
    'Stefania',
    'Claudia',
    'Ilaria',
    'Serena',
    'Manuela',
    'Angela',
    'Veronica',
    'Marta',
    'Nadia',
    'Katia',
    'Erika',
    'Lucia',
    'Rosa',
    'Patrizia',
    'Sonia',
    'Alice',
    'Beatrice',
  ],
};

/** Surnames frequent in and around Brescia, mixed with faker's national list. */
const BRESCIAN_SURNAMES: readonly string[] = [
  'Ferrari',
  'Bonetti',
  'Bertoli',
  'Gatti',
  'Rossi',
  'Bianchi',
  'Colombo',
  'Tonoli',
  'Piovani',
  'Bresciani',
  'Gandossi',
  'Pasotti',
  'Zanola',
  'Bonomi',
  'Lombardi',
  'Cavagnini',
  'Venturini',
  'Bertelli',
  'Marchetti',
  'Poli',
  'Franzoni',
  'Zubani',
  'Belleri',
  'Gregorelli',
  'Baronio',
  'Cominelli',
  'Pedrali',
  'Zanetti',
  'Treccani',
  'Boifava',
  'Pelizzari',
  'Ghidini',
  'Bettinsoli',
  'Zani',
  'Beretta',
  'Prandini',
  'Ragni',
  'Romano',
  'Bontempi',
  'Capra',
  'Cerqui',
  'Facchetti',
  'Guerini',
  'Lancini',
  'Lonati',
  'Maffezzoni',
  'Mor',
  'Nodari',
  'Omodei',
  'Pagani',
  'Quaresmini',
  'Rizzi',
  'Sbardellati',
  'Sigurtà',
  'Tosoni',
  'Vezzola',
  'Zamboni',
  'Archetti',
  'Inverardi',
  'Frassine',
];

export interface PersonName {
  givenName: string;
  familyName: string;
}

export function italianName(random: SeededRandom, sex: Sex): PersonName {
  const givenName = random.chance(0.8)
    ? random.pick(COMMON_GIVEN[sex])
    : random.faker.person.firstName(sex === 'M' ? 'male' : 'female');
  const familyName = random.chance(0.5) ? random.pick(BRESCIAN_SURNAMES) : random.faker.person.lastName();
  return { givenName, familyName };
}

/**
 * Countries of birth of the area's largest foreign communities. Each Belfiore (Z) code was checked against at least
 * two independent public tables (one mapping them to ISO 3166 codes); codes that the sources disagreed on are not
 * used. Languages are ISO 639-1.
 */
export interface Origin {
  country: string;
  belfioreCode: string;
  weight: number;
  languages: readonly string[];
  /** Further languages some people of this origin speak. */
  otherLanguages: readonly string[];
  given: Readonly<Record<Sex, readonly string[]>>;
  surnames: Readonly<Record<Sex, readonly string[]>>;
}

const both = (names: readonly string[]) => ({ M: names, F: names });

export const FOREIGN_ORIGINS: readonly Origin[] = [
  {
    country: 'Romania',
    belfioreCode: 'Z129',
    weight: 18,
    languages: ['ro'],
    otherLanguages: ['en', 'es'],
    given: {
      M: ['Andrei', 'Ionuț', 'Mihai', 'Gheorghe', 'Florin', 'Bogdan', 'Marius', 'Constantin', 'Cristian', 'Adrian'],
      F: ['Elena', 'Maria', 'Ioana', 'Mihaela', 'Andreea', 'Gabriela', 'Florentina', 'Daniela', 'Alina', 'Roxana'],
    },
    surnames: both([
      'Popescu',
      'Ionescu',
      'Popa',
      'Radu',
      'Dumitru',
      'Stan',
      'Stoica',
      'Gheorghe',
      'Munteanu',
      'Matei',
      'Moldovan',
      'Lungu',
      'Ciobanu',
      'Rusu',
    ]),
  },
  {
    country: 'Marocco',
    belfioreCode: 'Z330',
    weight: 16,
    languages: ['ar'],
    otherLanguages: ['fr'],
    given: {
      M: ['Mohamed', 'Youssef', 'Rachid', 'Abdelkader', 'Hassan', 'Said', 'Mustapha', 'Karim', 'Ahmed', 'Hamza'],
      F: ['Fatima', 'Khadija', 'Naima', 'Amina', 'Samira', 'Latifa', 'Malika', 'Salma', 'Hanane'],
    },
    surnames: both([
      'El Amrani',
      'Benali',
      'Bouzid',
      'El Idrissi',
      'Alaoui',
      'Tahiri',
      'Benjelloun',
      'Chaoui',
      'El Khatib',
      'Bennani',
      'Lahlou',
    ]),
  },
  {
    country: 'Albania',
    belfioreCode: 'Z100',
    weight: 14,
    languages: ['sq'],
    otherLanguages: ['en', 'el'],
    given: {
      M: ['Arben', 'Besnik', 'Ilir', 'Gentian', 'Erion', 'Klodian', 'Altin', 'Fatmir', 'Dritan', 'Ardit'],
      F: ['Elira', 'Blerina', 'Anila', 'Valbona', 'Lindita', 'Mirela', 'Erjona', 'Ornela', 'Brunilda'],
    },
    surnames: both([
      'Hoxha',
      'Shehu',
      'Gjoka',
      'Leka',
      'Kola',
      'Dervishi',
      'Basha',
      'Cela',
      'Prifti',
      'Marku',
      'Hysa',
      'Muça',
    ]),
  },
  {
    country: 'Pakistan',
    belfioreCode: 'Z236',
    weight: 12,
    languages: ['ur'],
    otherLanguages: ['en', 'pa'],
    given: {
      M: ['Muhammad', 'Ali', 'Imran', 'Bilal', 'Asif', 'Usman', 'Kashif', 'Tariq', 'Zeeshan'],
      F: ['Ayesha', 'Fatima', 'Sana', 'Noreen', 'Shazia', 'Rabia', 'Saima'],
    },
    surnames: both(['Khan', 'Hussain', 'Iqbal', 'Ahmed', 'Butt', 'Malik', 'Chaudhry', 'Raza', 'Shah', 'Akhtar']),
  },
  {
    country: 'India',
    belfioreCode: 'Z222',
    weight: 10,
    languages: ['pa'],
    otherLanguages: ['hi', 'en'],
    given: {
      M: ['Gurpreet', 'Harpreet', 'Manpreet', 'Jaswinder', 'Sukhwinder', 'Rajinder', 'Amandeep', 'Harjit'],
      F: ['Harpreet', 'Simranjit', 'Manjit', 'Jasvir', 'Kulwinder', 'Navdeep', 'Amrit'],
    },
    surnames: {
      M: ['Singh', 'Singh', 'Singh', 'Sandhu', 'Gill', 'Sidhu', 'Dhillon', 'Kumar'],
      F: ['Kaur', 'Kaur', 'Kaur', 'Sandhu', 'Gill', 'Sidhu', 'Dhillon'],
    },
  },
  {
    country: 'Senegal',
    belfioreCode: 'Z343',
    weight: 7,
    languages: ['wo', 'fr'],
    otherLanguages: ['en'],
    given: {
      M: ['Mamadou', 'Moussa', 'Ibrahima', 'Cheikh', 'Abdoulaye', 'Modou', 'Ousmane', 'Babacar', 'Serigne'],
      F: ['Fatou', 'Aminata', 'Awa', 'Mariama', 'Khady', 'Ndeye', 'Coumba', 'Aissatou'],
    },
    surnames: both([
      'Diop',
      'Ndiaye',
      'Fall',
      'Sow',
      'Gueye',
      'Diallo',
      'Sarr',
      'Mbaye',
      'Faye',
      'Ba',
      'Thiam',
      'Seck',
    ]),
  },
  {
    country: 'Ucraina',
    belfioreCode: 'Z138',
    weight: 7,
    languages: ['uk', 'ru'],
    otherLanguages: ['en'],
    given: {
      M: ['Oleksandr', 'Andriy', 'Serhiy', 'Volodymyr', 'Mykola', 'Dmytro', 'Yuriy'],
      F: ['Olena', 'Oksana', 'Natalia', 'Iryna', 'Tetiana', 'Svitlana', 'Halyna', 'Larysa'],
    },
    surnames: both([
      'Shevchenko',
      'Kovalenko',
      'Bondarenko',
      'Tkachenko',
      'Kravchenko',
      'Melnyk',
      'Boyko',
      'Koval',
      'Moroz',
      'Lysenko',
    ]),
  },
  {
    country: 'Moldavia',
    belfioreCode: 'Z140',
    weight: 5,
    languages: ['ro', 'ru'],
    otherLanguages: [],
    given: {
      M: ['Ion', 'Vasile', 'Sergiu', 'Alexandru', 'Dumitru', 'Vitalie'],
      F: ['Natalia', 'Tatiana', 'Olga', 'Svetlana', 'Ana', 'Victoria'],
    },
    surnames: both(['Rusu', 'Ciobanu', 'Lungu', 'Cebotari', 'Ceban', 'Munteanu', 'Țurcanu', 'Sârbu']),
  },
  {
    country: 'Tunisia',
    belfioreCode: 'Z352',
    weight: 4,
    languages: ['ar', 'fr'],
    otherLanguages: [],
    given: { M: ['Mohamed', 'Ali', 'Sami', 'Mehdi', 'Walid', 'Nabil'], F: ['Amel', 'Leila', 'Ines', 'Sonia', 'Rim'] },
    surnames: both(['Ben Salah', 'Trabelsi', 'Gharbi', 'Jebali', 'Ben Ammar', 'Mejri', 'Hammami']),
  },
  {
    country: 'Egitto',
    belfioreCode: 'Z336',
    weight: 3,
    languages: ['ar'],
    otherLanguages: ['en'],
    given: { M: ['Ahmed', 'Mahmoud', 'Mostafa', 'Khaled', 'Tarek'], F: ['Mona', 'Heba', 'Nour', 'Yasmine', 'Dina'] },
    surnames: both(['Abdelrahman', 'Hassan', 'Mostafa', 'Ibrahim', 'Mahmoud', 'Farouk', 'Said']),
  },
  {
    country: 'Bangladesh',
    belfioreCode: 'Z249',
    weight: 2,
    languages: ['bn'],
    otherLanguages: ['en'],
    given: {
      M: ['Mohammad', 'Abdul', 'Rahim', 'Karim', 'Jahangir', 'Shahid'],
      F: ['Nasrin', 'Fatema', 'Rina', 'Shirin', 'Ruma'],
    },
    surnames: {
      M: ['Rahman', 'Hossain', 'Islam', 'Ahmed', 'Miah', 'Uddin'],
      F: ['Rahman', 'Hossain', 'Islam', 'Akter', 'Begum'],
    },
  },
  {
    country: 'Nigeria',
    belfioreCode: 'Z335',
    weight: 2,
    languages: ['en'],
    otherLanguages: [],
    given: {
      M: ['Chinedu', 'Emeka', 'Oluwaseun', 'Ifeanyi', 'Tunde', 'Osas'],
      F: ['Blessing', 'Chioma', 'Ngozi', 'Esther', 'Joy', 'Gift'],
    },
    surnames: both(['Okafor', 'Okoro', 'Eze', 'Adeyemi', 'Ogunleye', 'Nwosu', 'Osagie', 'Igbinedion']),
  },
];

export function foreignName(random: SeededRandom, origin: Origin, sex: Sex): PersonName {
  return { givenName: random.pick(origin.given[sex]), familyName: random.pick(origin.surnames[sex]) };
}

/**
 * Italian birthplaces outside the reference data, where many of the area's older residents were born. Belfiore codes
 * checked against several public tables.
 */
export const OTHER_ITALIAN_BIRTHPLACES: readonly { name: string; belfioreCode: string }[] = [
  { name: 'Milano', belfioreCode: 'F205' },
  { name: 'Bergamo', belfioreCode: 'A794' },
  { name: 'Cremona', belfioreCode: 'D150' },
  { name: 'Mantova', belfioreCode: 'E897' },
  { name: 'Verona', belfioreCode: 'L781' },
  { name: 'Roma', belfioreCode: 'H501' },
  { name: 'Napoli', belfioreCode: 'F839' },
  { name: 'Bari', belfioreCode: 'A662' },
  { name: 'Palermo', belfioreCode: 'G273' },
  { name: 'Catania', belfioreCode: 'C351' },
];

/** ISO 639-1 language → catalogue skill, where the catalogue has one. */
export const LANGUAGE_SKILLS: Readonly<Record<string, string>> = {
  ar: 'LANG_ARABIC',
  bn: 'LANG_BENGALI',
  de: 'LANG_GERMAN',
  en: 'LANG_ENGLISH',
  es: 'LANG_SPANISH',
  fr: 'LANG_FRENCH',
  hi: 'LANG_HINDI',
  pa: 'LANG_PUNJABI',
  pt: 'LANG_PORTUGUESE',
  ro: 'LANG_ROMANIAN',
  ru: 'LANG_RUSSIAN',
  sq: 'LANG_ALBANIAN',
  uk: 'LANG_UKRAINIAN',
  ur: 'LANG_URDU',
  wo: 'LANG_WOLOF',
  zh: 'LANG_CHINESE',
};

/** Street names found in almost every Italian town, so an address is plausible wherever it is placed. */
const STREETS: readonly string[] = [
  'Via Roma',
  'Via Garibaldi',
  'Via Mazzini',
  'Via Cavour',
  'Via Dante Alighieri',
  'Via XX Settembre',
  'Via IV Novembre',
  'Via Matteotti',
  'Via Marconi',
  'Via Verdi',
  'Via Kennedy',
  'Via Papa Giovanni XXIII',
  'Via della Repubblica',
  "Via San Francesco d'Assisi",
  'Via Trento',
  'Via Trieste',
  'Via dei Mille',
  'Piazza Vittorio Emanuele II',
  'Via Fratelli Bandiera',
  'Via Aldo Moro',
  'Via Leonardo da Vinci',
  'Viale Europa',
  'Via Solferino',
  'Via Nino Bixio',
  'Via Manzoni',
  'Via Foscolo',
  'Via Leopardi',
  'Via Carducci',
  'Via Pascoli',
  'Via Don Milani',
  'Via Risorgimento',
  'Via della Pace',
  'Via Brescia',
  'Via Mantova',
  'Via Cremona',
  'Viale Italia',
];

/** Streets of industrial and artisan zones, where factories and warehouses are. */
const INDUSTRIAL_STREETS: readonly string[] = [
  "Via dell'Industria",
  "Via dell'Artigianato",
  'Via del Lavoro',
  'Via Enrico Fermi',
  'Via Galileo Galilei',
  'Via Alessandro Volta',
  'Via Antonio Meucci',
  'Via Luigi Einaudi',
  'Via Enrico Mattei',
  'Via dei Mestieri',
  'Via della Tecnica',
  'Via Padana Superiore',
  'Via Artigiani',
  'Via della Cooperazione',
  'Via Quinta Strada',
];

export function streetAddress(random: SeededRandom, industrial = false): string {
  const street = random.pick(industrial ? INDUSTRIAL_STREETS : STREETS);
  return `${street} ${random.int(1, industrial ? 120 : 90)}`;
}

/** An Italian mobile number as people write it. */
export function mobilePhone(random: SeededRandom): string {
  return `+39 3${random.pick(['20', '28', '33', '35', '38', '39', '40', '45', '47', '48', '49'])} ${random.digits(7)}`;
}

/** A landline in the Brescia area (prefix 030). */
export function landline(random: SeededRandom): string {
  return `030 ${random.int(2, 9)}${random.digits(6)}`;
}
