import { Message, msg, render } from '../../i18n/message';
/**
 * Italian personal codice fiscale: validation, computation, omocodia and decoding.
 *
 * Pure and dependency-free so it can run in resolvers, seeders and tests alike.
 * The codice fiscale issued by the Agenzia delle Entrate is authoritative: we
 * validate its shape and check character, we never "correct" it from personal data.
 */

export type CodiceFiscaleProblem = 'MALFORMED' | 'INVALID_MONTH' | 'INVALID_DAY' | 'WRONG_CHECK_CHARACTER';

export type CodiceFiscaleCheck =
  { valid: true; normalized: string } | { valid: false; problem: CodiceFiscaleProblem; message: Message };

export interface CodiceFiscalePerson {
  surname: string;
  givenName: string;
  /** ISO calendar date, YYYY-MM-DD. */
  birthDate: string;
  sex: 'M' | 'F';
  /** Belfiore code of the birthplace: an Italian comune, or a Z-code for a foreign country. */
  belfioreCode: string;
}

export interface DecodedCodiceFiscale {
  /** Only two digits are encoded, so the century cannot be recovered from the code alone. */
  birthDate: { yearTwoDigits: number; month: number; day: number };
  sex: 'M' | 'F';
  belfioreCode: string;
}

/** Month letters in calendar order: index + 1 is the month number. */
const MONTH_LETTERS = 'ABCDEHLMPRST';

/** Omocodia substitutes: the letter at index d stands for the digit d. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** 1-based positions that may hold omocodia letters, in the right-to-left order the substitutions are applied. */
const OMOCODIA_POSITIONS = [15, 14, 13, 11, 10, 8, 7] as const;

/**
 * Expected kind of each character: L = letter, D = digit (or its omocodia letter).
 * Surname(3) name(3) year(2) month(1) day(2) birthplace(1+3) check(1).
 */
const LAYOUT = 'LLLLLLDDLDDLDDDL';

/**
 * Value of a character in an odd position, indexed by its plain value.
 * A single table serves digits and letters because the official table gives
 * 0..9 exactly the same values as A..J.
 */
const ODD_POSITION_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

const MALE_DAYS = { min: 1, max: 31 };
/** Women's day field is the day plus 40, which is how the sex is encoded. */
const FEMALE_DAY_OFFSET = 40;

// ---------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------

export function checkCodiceFiscale(input: string): CodiceFiscaleCheck {
  // People copy codes from cards and PDFs with spaces in the middle; those are never significant.
  const cf = input.replace(/\s+/g, '').toUpperCase();

  const layoutProblem = describeLayoutProblem(cf);
  if (layoutProblem !== undefined) return invalid('MALFORMED', layoutProblem);

  // Month and day are judged on the digits the letters stand for, so "4L" is day 40, not a layout error.
  const plain = withOmocodiaDigits(cf);

  const monthLetter = plain.charAt(8);
  if (!MONTH_LETTERS.includes(monthLetter)) {
    return invalid(
      'INVALID_MONTH',
      msg('beneficiaries.cfBirthMonth', { letters: MONTH_LETTERS.split('').join(' '), monthLetter }),
    );
  }

  const dayDigits = plain.slice(9, 11);
  if (!isValidDayField(Number(dayDigits))) {
    return invalid('INVALID_DAY', msg('beneficiaries.cfBirthDay', { dayDigits }));
  }

  const expected = codiceFiscaleCheckCharacter(cf.slice(0, 15));
  const actual = cf.charAt(15);
  if (expected !== actual) {
    return invalid('WRONG_CHECK_CHARACTER', msg('beneficiaries.cfCheckCharacter', { expected, actual }));
  }

  // The omocodia letters are kept: they are part of the person's official code.
  return { valid: true, normalized: cf };
}

function invalid(problem: CodiceFiscaleProblem, message: Message): CodiceFiscaleCheck {
  return { valid: false, problem, message };
}

function describeLayoutProblem(cf: string): Message | undefined {
  if (cf.length === 0) return msg('beneficiaries.cfEmpty');
  if (cf.length !== LAYOUT.length) {
    return msg('beneficiaries.cfLength', { length: cf.length });
  }
  for (let i = 0; i < LAYOUT.length; i++) {
    const c = cf.charAt(i);
    const wantsDigit = LAYOUT.charAt(i) === 'D';
    const fits = wantsDigit ? isDigit(c) || OMOCODIA_LETTERS.includes(c) : isLetter(c);
    if (!fits)
      return msg('beneficiaries.cfCharacter', { position: i + 1, kind: wantsDigit ? 'digit' : 'letter', character: c });
  }
  return undefined;
}

/**
 * Calendar plausibility (e.g. 31 February) is deliberately not checked: the
 * code carries no century, so leap years are unknowable, and an issued code
 * stays the person's code even when the underlying data was wrong.
 */
function isValidDayField(dayField: number): boolean {
  const day = dayField > FEMALE_DAY_OFFSET ? dayField - FEMALE_DAY_OFFSET : dayField;
  return day >= MALE_DAYS.min && day <= MALE_DAYS.max;
}

// ---------------------------------------------------------------------------
// Check character
// ---------------------------------------------------------------------------

export function codiceFiscaleCheckCharacter(first15: string): string {
  const chars = first15.toUpperCase();
  if (!/^[A-Z0-9]{15}$/.test(chars)) {
    throw new RangeError(
      `Expected the first 15 characters of a codice fiscale (letters and digits), got "${first15}".`,
    );
  }
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const value = plainValue(chars.charAt(i));
    // i is 0-based, so even i are the 1st, 3rd, ... characters: the "odd" positions of the official rule.
    sum += i % 2 === 0 ? (ODD_POSITION_VALUES[value] ?? 0) : value;
  }
  return letterAt(sum % 26);
}

/** Digits count as 0-9 and letters as 0-25 (A = 0). */
function plainValue(c: string): number {
  return isDigit(c) ? Number(c) : c.charCodeAt(0) - 'A'.charCodeAt(0);
}

function letterAt(index: number): string {
  return String.fromCharCode('A'.charCodeAt(0) + index);
}

// ---------------------------------------------------------------------------
// Computation from personal data
// ---------------------------------------------------------------------------

export function computeCodiceFiscale(p: CodiceFiscalePerson): string {
  const { year, month, day } = parseBirthDate(p.birthDate);
  if (p.sex !== 'M' && p.sex !== 'F') {
    // The type already says so, but callers may pass unchecked GraphQL or CSV input.
    throw new RangeError(`Sex must be 'M' or 'F', got "${String(p.sex)}".`);
  }
  const belfiore = p.belfioreCode.trim().toUpperCase();
  if (!/^[A-Z][0-9]{3}$/.test(belfiore)) {
    throw new RangeError(`A Belfiore code is a letter and three digits (e.g. B157), got "${p.belfioreCode}".`);
  }

  const dayField = p.sex === 'F' ? day + FEMALE_DAY_OFFSET : day;
  const first15 =
    surnameCode(p.surname) +
    givenNameCode(p.givenName) +
    twoDigits(year % 100) +
    MONTH_LETTERS.charAt(month - 1) +
    twoDigits(dayField) +
    belfiore;
  return first15 + codiceFiscaleCheckCharacter(first15);
}

function surnameCode(surname: string): string {
  const { consonants, vowels } = splitLetters(lettersOf(surname, 'surname'));
  return padCode(consonants + vowels);
}

function givenNameCode(givenName: string): string {
  const { consonants, vowels } = splitLetters(lettersOf(givenName, 'given name'));
  // Skipping the 2nd consonant spreads the code over the name, reducing collisions for common names.
  if (consonants.length >= 4) return consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
  return padCode(consonants + vowels);
}

/** Short names (e.g. "Fo", "Li") are padded with X, as the registry does. */
function padCode(letters: string): string {
  return (letters + 'XXX').slice(0, 3);
}

/**
 * Canonical decomposition splits "ò" into "o" plus a combining accent, so one
 * filter drops accents, apostrophes and spaces alike ("D'Angelo" -> DANGELO).
 */
function lettersOf(name: string, what: string): string {
  const letters = name
    .normalize('NFD')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  if (letters.length === 0) throw new RangeError(`The ${what} "${name}" contains no letters.`);
  return letters;
}

function splitLetters(letters: string): { consonants: string; vowels: string } {
  // Only A E I O U are vowels for the codice fiscale; Y, J, K, W, X count as consonants.
  return { consonants: letters.replace(/[AEIOU]/g, ''), vowels: letters.replace(/[^AEIOU]/g, '') };
}

function parseBirthDate(birthDate: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`The birth date must be a real date in the form YYYY-MM-DD, got "${birthDate}".`);
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

// ---------------------------------------------------------------------------
// Omocodia and decoding
// ---------------------------------------------------------------------------

/**
 * The registry's variant number `level` of a code: that many digits replaced,
 * right to left. Level 0 gives back the base code. Any valid code is accepted,
 * including one that is already an omocodia variant.
 */
export function omocodiaVariant(cf: string, level: number): string {
  if (!Number.isInteger(level) || level < 0 || level > OMOCODIA_POSITIONS.length) {
    throw new RangeError(`Omocodia level must be an integer from 0 to ${OMOCODIA_POSITIONS.length}, got ${level}.`);
  }
  let first15 = withOmocodiaDigits(requireValid(cf)).slice(0, 15);
  for (const position of OMOCODIA_POSITIONS.slice(0, level)) {
    const digit = Number(first15.charAt(position - 1));
    first15 = replaceAt(first15, position - 1, OMOCODIA_LETTERS.charAt(digit));
  }
  return first15 + codiceFiscaleCheckCharacter(first15);
}

export function decodeCodiceFiscale(cf: string): DecodedCodiceFiscale {
  const plain = withOmocodiaDigits(requireValid(cf));
  const dayField = Number(plain.slice(9, 11));
  const female = dayField > FEMALE_DAY_OFFSET;
  return {
    birthDate: {
      yearTwoDigits: Number(plain.slice(6, 8)),
      month: MONTH_LETTERS.indexOf(plain.charAt(8)) + 1,
      day: female ? dayField - FEMALE_DAY_OFFSET : dayField,
    },
    sex: female ? 'F' : 'M',
    belfioreCode: plain.slice(11, 15),
  };
}

function requireValid(cf: string): string {
  const check = checkCodiceFiscale(cf);
  if (!check.valid) throw new RangeError(`"${cf}" is not a valid codice fiscale: ${render(check.message, 'en')}`);
  return check.normalized;
}

/** Undoes omocodia; the check character (position 16) is left as it is. */
function withOmocodiaDigits(cf: string): string {
  let plain = cf;
  for (const position of OMOCODIA_POSITIONS) {
    const digit = OMOCODIA_LETTERS.indexOf(plain.charAt(position - 1));
    if (digit >= 0) plain = replaceAt(plain, position - 1, String(digit));
  }
  return plain;
}

function replaceAt(s: string, index: number, c: string): string {
  return s.slice(0, index) + c + s.slice(index + 1);
}

function isDigit(c: string): boolean {
  return c.length === 1 && c >= '0' && c <= '9';
}

function isLetter(c: string): boolean {
  return c.length === 1 && c >= 'A' && c <= 'Z';
}
