import {
  checkCodiceFiscale as checkInMessages,
  codiceFiscaleCheckCharacter,
  computeCodiceFiscale,
  decodeCodiceFiscale,
  omocodiaVariant,
  type CodiceFiscalePerson,
} from '../../src/modules/beneficiaries/codice-fiscale';

import { render } from '../../src/i18n/message';

/** These tests read the checks' explanations in English: the catalogue renders them so for `en`. */
const checkCodiceFiscale = (code: string) => {
  const result = checkInMessages(code);
  return result.valid ? result : { ...result, message: render(result.message, 'en') };
};

/*
 * Reference codes, each computed by hand from the domain rules (not by the implementation).
 *
 * Mario Rossi, M, 1985-12-10, Assisi (A562) -> RSSMRA85T10A562S
 *   surname ROSSI: consonants R S S -> RSS; name MARIO: consonants M R + vowel A -> MRA
 *   85, December = T, day 10, A562
 *   odd positions  R S R 8 T 0 5 2 -> 8+12+8+19+14+1+13+5 = 80
 *   even positions S M A 5 1 A 6   -> 18+12+0+5+1+0+6    = 42
 *   122 mod 26 = 18 -> S
 *
 * Giulia Bianchi, F, 1990-03-25, Brescia (B157) -> BNCGLI90C65B157A
 *   BIANCHI: B N C (H) -> BNC; GIULIA: G L + vowel I -> GLI; 90, March = C, 25 + 40 = 65
 *   odd positions  B C L 9 C 5 1 7 -> 0+5+4+21+5+13+0+17 = 65
 *   even positions N G I 0 6 B 5   -> 13+6+8+0+6+1+5     = 39
 *   104 mod 26 = 0 -> A
 *
 * Nicolò D'Angelo, M, 1975-01-01, Brescia (B157) -> DNGNCL75A01B157G
 *   DANGELO: D N G -> DNG; NICOLO: N C L -> NCL; 75, January = A, 01
 *   odd positions  D G C 7 A 1 1 7 -> 7+15+5+17+1+0+0+17 = 62
 *   even positions N N L 5 0 B 5   -> 13+13+11+5+0+1+5   = 48
 *   110 mod 26 = 6 -> G
 */
const MARIO_ROSSI = 'RSSMRA85T10A562S';
const GIULIA_BIANCHI = 'BNCGLI90C65B157A';
const NICOLO_DANGELO = 'DNGNCL75A01B157G';

const marioRossi: CodiceFiscalePerson = {
  surname: 'Rossi',
  givenName: 'Mario',
  birthDate: '1985-12-10',
  sex: 'M',
  belfioreCode: 'A562',
};

/*
 * Omocodia variants of RSSMRA85T10A562S, by hand. Each step changes one character,
 * so the sum (122) moves by the difference of that character's value:
 *   1: pos 15 (odd)  2 -> N: 5 -> 20, +15 = 137 -> H   RSSMRA85T10A56NH
 *   2: pos 14 (even) 6 -> S: 6 -> 18, +12 = 149 -> T   RSSMRA85T10A5SNT
 *   3: pos 13 (odd)  5 -> R: 13 -> 8, -5  = 144 -> O   RSSMRA85T10ARSNO
 *   4: pos 11 (odd)  0 -> L: 1 -> 4,  +3  = 147 -> R   RSSMRA85T1LARSNR
 *   5: pos 10 (even) 1 -> M: 1 -> 12, +11 = 158 -> C   RSSMRA85TMLARSNC
 *   6: pos 8  (even) 5 -> R: 5 -> 17, +12 = 170 -> O   RSSMRA8RTMLARSNO
 *   7: pos 7  (odd)  8 -> U: 19 -> 16, -3 = 167 -> L   RSSMRAURTMLARSNL
 */
const MARIO_ROSSI_OMOCODIA: ReadonlyArray<[number, string]> = [
  [1, 'RSSMRA85T10A56NH'],
  [2, 'RSSMRA85T10A5SNT'],
  [3, 'RSSMRA85T10ARSNO'],
  [4, 'RSSMRA85T1LARSNR'],
  [5, 'RSSMRA85TMLARSNC'],
  [6, 'RSSMRA8RTMLARSNO'],
  [7, 'RSSMRAURTMLARSNL'],
];

/** Builds a code with an arbitrary first 15 characters and the correct check character. */
function withCheck(first15: string): string {
  return first15 + codiceFiscaleCheckCharacter(first15);
}

function person(overrides: Partial<CodiceFiscalePerson>): CodiceFiscalePerson {
  return { ...marioRossi, ...overrides };
}

describe('checkCodiceFiscale', () => {
  describe('valid codes', () => {
    it.each([MARIO_ROSSI, GIULIA_BIANCHI, NICOLO_DANGELO])('accepts the hand-computed code %s', (code) => {
      expect(checkCodiceFiscale(code)).toEqual({ valid: true, normalized: code });
    });

    it('accepts a woman whose day field is the day plus 40', () => {
      expect(checkCodiceFiscale(GIULIA_BIANCHI).valid).toBe(true);
    });

    it.each(['01', '31', '41', '71'])('accepts the boundary day field %s', (day) => {
      expect(checkCodiceFiscale(withCheck(`RSSMRA85T${day}A562`)).valid).toBe(true);
    });

    it.each('ABCDEHLMPRST'.split(''))('accepts the month letter %s', (month) => {
      expect(checkCodiceFiscale(withCheck(`RSSMRA85${month}10A562`)).valid).toBe(true);
    });

    it('accepts a foreign-born person whose birthplace is a Z country code', () => {
      expect(checkCodiceFiscale(withCheck('RSSMRA85T10Z330')).valid).toBe(true);
    });
  });

  describe('normalization', () => {
    it('upper-cases lower-case input', () => {
      expect(checkCodiceFiscale('rssmra85t10a562s')).toEqual({ valid: true, normalized: MARIO_ROSSI });
    });

    it('trims surrounding whitespace, including tabs and newlines', () => {
      expect(checkCodiceFiscale('  \tRSSMRA85T10A562S \n')).toEqual({ valid: true, normalized: MARIO_ROSSI });
    });

    it('removes spaces inside the code, as copied from a card', () => {
      expect(checkCodiceFiscale('rss mra 85t10 a562s')).toEqual({ valid: true, normalized: MARIO_ROSSI });
    });

    it('keeps omocodia letters in the normalized code because they are part of the official code', () => {
      expect(checkCodiceFiscale('rssmrAURTMLARSNl')).toEqual({ valid: true, normalized: 'RSSMRAURTMLARSNL' });
    });
  });

  describe('wrong check character', () => {
    it('explains which check character was expected', () => {
      expect(checkCodiceFiscale('RSSMRA85T10A562X')).toEqual({
        valid: false,
        problem: 'WRONG_CHECK_CHARACTER',
        message: 'The check character should be S, not X: the codice fiscale has a typo.',
      });
    });

    it.each('ABCDEFGHIJKLMNOPQRTUVWXYZ'.split(''))('rejects check character %s where S is expected', (wrong) => {
      const result = checkCodiceFiscale(`RSSMRA85T10A562${wrong}`);
      expect(result).toMatchObject({ valid: false, problem: 'WRONG_CHECK_CHARACTER' });
    });

    it('detects a typo in the name part, which only the check character can reveal', () => {
      // Mario Rossi's code with the surname mistyped as "RSZ".
      expect(checkCodiceFiscale('RSZMRA85T10A562S')).toMatchObject({
        valid: false,
        problem: 'WRONG_CHECK_CHARACTER',
      });
    });

    it('detects every single-character substitution that keeps the layout valid', () => {
      // The odd-position table is a permutation of 0..25, so no single change can keep the same sum.
      const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const undetected: string[] = [];
      for (let i = 0; i < 16; i++) {
        for (const c of alphabet) {
          if (c === MARIO_ROSSI.charAt(i)) continue;
          const typo = MARIO_ROSSI.slice(0, i) + c + MARIO_ROSSI.slice(i + 1);
          if (checkCodiceFiscale(typo).valid) undetected.push(typo);
        }
      }
      expect(undetected).toEqual([]);
    });
  });

  describe('malformed input', () => {
    it.each([
      ['empty', '', 'The codice fiscale is empty.'],
      ['only whitespace', '   ', 'The codice fiscale is empty.'],
      ['15 characters', 'RSSMRA85T10A562', 'A codice fiscale has 16 characters, but this one has 15.'],
      ['17 characters', 'RSSMRA85T10A562SS', 'A codice fiscale has 16 characters, but this one has 17.'],
      [
        '11 digits (a partita IVA, not a personal code)',
        '01234567897',
        'A codice fiscale has 16 characters, but this one has 11.',
      ],
      ['a digit in the surname part', '1SSMRA85T10A562S', 'Character 1 should be a letter, not "1".'],
      ['a digit in the name part', 'RSSMR485T10A562S', 'Character 6 should be a letter, not "4".'],
      ['a non-omocodia letter in the year', 'RSSMRAA5T10A562S', 'Character 7 should be a digit, not "A".'],
      ['a digit as the month', 'RSSMRA85110A562S', 'Character 9 should be a letter, not "1".'],
      ['a non-omocodia letter in the day', 'RSSMRA85T1OA562S', 'Character 11 should be a digit, not "O".'],
      ['a digit as the birthplace letter', 'RSSMRA85T101562S', 'Character 12 should be a letter, not "1".'],
      ['a non-omocodia letter in the birthplace', 'RSSMRA85T10A5K2S', 'Character 14 should be a digit, not "K".'],
      ['a digit as the check character', 'RSSMRA85T10A5620', 'Character 16 should be a letter, not "0".'],
      ['punctuation', 'RSS-RA85T10A562S', 'Character 4 should be a letter, not "-".'],
      ['an accented letter', 'RSSMRÀ85T10A562S', 'Character 6 should be a letter, not "À".'],
    ])('rejects %s', (_case, input, message) => {
      expect(checkCodiceFiscale(input)).toEqual({ valid: false, problem: 'MALFORMED', message });
    });
  });

  describe('invalid month', () => {
    it.each('FGIJKNOQUVWXYZ'.split(''))('rejects month letter %s even with a correct check character', (month) => {
      const result = checkCodiceFiscale(withCheck(`RSSMRA85${month}10A562`));
      expect(result).toMatchObject({ valid: false, problem: 'INVALID_MONTH' });
    });

    it('lists the allowed month letters in the message', () => {
      expect(checkCodiceFiscale(withCheck('RSSMRA85F10A562'))).toEqual({
        valid: false,
        problem: 'INVALID_MONTH',
        message: 'Character 9 is the birth month and must be one of A B C D E H L M P R S T, not F.',
      });
    });
  });

  describe('invalid day', () => {
    it.each([
      ['00', 'day zero'],
      ['32', 'past the 31st for a man'],
      ['40', 'zero for a woman'],
      ['72', 'past the 31st for a woman'],
      ['35', 'between the male and female ranges'],
      ['99', 'far out of range'],
    ])('rejects day field %s (%s) even with a correct check character', (day) => {
      const result = checkCodiceFiscale(withCheck(`RSSMRA85T${day}A562`));
      expect(result).toMatchObject({ valid: false, problem: 'INVALID_DAY' });
    });

    it('explains the allowed ranges in the message', () => {
      expect(checkCodiceFiscale(withCheck('RSSMRA85T32A562'))).toEqual({
        valid: false,
        problem: 'INVALID_DAY',
        message: 'Characters 10-11 are the birth day and cannot be 32: they must be 01-31, or 41-71 for women.',
      });
    });

    it('reads omocodia letters in the day as digits before judging it ("4L" is day 40)', () => {
      expect(checkCodiceFiscale(withCheck('RSSMRA85T4LA562'))).toMatchObject({
        valid: false,
        problem: 'INVALID_DAY',
        message: expect.stringContaining('cannot be 40'),
      });
    });

    it('does not judge the day against the month, since the century and thus leap years are unknown', () => {
      expect(checkCodiceFiscale(withCheck('RSSMRA85B30A562')).valid).toBe(true);
    });
  });

  describe('omocodia', () => {
    it.each(MARIO_ROSSI_OMOCODIA)('accepts the level-%i variant %s', (_level, code) => {
      expect(checkCodiceFiscale(code)).toEqual({ valid: true, normalized: code });
    });

    it('accepts every omocodia letter L M N P Q R S T U V in a digit position', () => {
      for (const letter of 'LMNPQRSTUV') {
        expect(checkCodiceFiscale(withCheck(`RSSMRA85T10A56${letter}`)).valid).toBe(true);
      }
    });

    it('accepts substitutions that skip positions, since only the shape and check character are verified', () => {
      // Only position 7 replaced (8 -> U): not the registry's right-to-left order, but still well-formed.
      expect(checkCodiceFiscale(withCheck('RSSMRAU5T10A562')).valid).toBe(true);
    });

    it('rejects an omocodia variant whose check character was not recomputed', () => {
      expect(checkCodiceFiscale('RSSMRA85T10A56NS')).toMatchObject({
        valid: false,
        problem: 'WRONG_CHECK_CHARACTER',
        message: 'The check character should be H, not S: the codice fiscale has a typo.',
      });
    });
  });
});

describe('codiceFiscaleCheckCharacter', () => {
  it.each([
    ['RSSMRA85T10A562', 'S'],
    ['BNCGLI90C65B157', 'A'],
    ['DNGNCL75A01B157', 'G'],
    ['RSSMRAURTMLARSN', 'L'],
  ])('computes the hand-checked character for %s as %s', (first15, expected) => {
    expect(codiceFiscaleCheckCharacter(first15)).toBe(expected);
  });

  it('maps a sum divisible by 26 to A', () => {
    // BNCGLI90C65B157 sums to 104 = 4 * 26 (see the header comment).
    expect(codiceFiscaleCheckCharacter('BNCGLI90C65B157')).toBe('A');
  });

  it('treats lower-case input like upper-case', () => {
    expect(codiceFiscaleCheckCharacter('rssmra85t10a562')).toBe('S');
  });

  it('gives digits and letters A-J the same weight in odd positions, as the official table does', () => {
    // "0" and "A" have plain value 0 and odd value 1, so swapping them keeps the sum.
    expect(codiceFiscaleCheckCharacter('ASSMRA85T10A562')).toBe(codiceFiscaleCheckCharacter('0SSMRA85T10A562'));
  });

  it.each([
    ['14 characters', 'RSSMRA85T10A56'],
    ['16 characters', 'RSSMRA85T10A562S'],
    ['a symbol', 'RSSMRA85T10A56-'],
    ['empty input', ''],
  ])('throws a RangeError for %s', (_case, input) => {
    expect(() => codiceFiscaleCheckCharacter(input)).toThrow(RangeError);
  });
});

describe('computeCodiceFiscale', () => {
  describe('complete codes', () => {
    it('computes the well-known code for Mario Rossi, born 10 December 1985 in Assisi', () => {
      expect(computeCodiceFiscale(marioRossi)).toBe(MARIO_ROSSI);
    });

    it('adds 40 to the day of a woman (Giulia Bianchi, 25 March 1990, Brescia)', () => {
      const code = computeCodiceFiscale({
        surname: 'Bianchi',
        givenName: 'Giulia',
        birthDate: '1990-03-25',
        sex: 'F',
        belfioreCode: 'B157',
      });
      expect(code).toBe(GIULIA_BIANCHI);
      expect(code.slice(9, 11)).toBe('65');
    });

    it("ignores the apostrophe and accent in Nicolò D'Angelo", () => {
      const code = computeCodiceFiscale({
        surname: "D'Angelo",
        givenName: 'Nicolò',
        birthDate: '1975-01-01',
        sex: 'M',
        belfioreCode: 'B157',
      });
      expect(code).toBe(NICOLO_DANGELO);
    });

    it('gives a man and a woman with otherwise identical data different codes', () => {
      const man = computeCodiceFiscale(person({ sex: 'M' }));
      const woman = computeCodiceFiscale(person({ sex: 'F' }));
      expect(man.slice(9, 11)).toBe('10');
      expect(woman.slice(9, 11)).toBe('50');
    });

    it('accepts a lower-case Belfiore code with surrounding spaces', () => {
      expect(computeCodiceFiscale(person({ belfioreCode: ' a562 ' }))).toBe(MARIO_ROSSI);
    });

    it('accepts a foreign-country Belfiore code (Z followed by three digits)', () => {
      expect(computeCodiceFiscale(person({ belfioreCode: 'Z330' })).slice(11, 15)).toBe('Z330');
    });
  });

  describe('surname part', () => {
    it.each([
      ['Rossi', 'RSS'],
      ['Bianchi', 'BNC'],
      ['Agnelli', 'GNL'],
      ['De Luca', 'DLC'],
      ["D'Angelo", 'DNG'],
      ["Dell'Acqua", 'DLL'],
      ['Fo', 'FOX'],
      ['Re', 'REX'],
      ['Li', 'LIX'],
      ['Wu', 'WUX'],
      ['Oe', 'OEX'],
      ['Là', 'LAX'],
      ['Çelik', 'CLK'],
      ['Nguyễn', 'NGY'],
      ['  rossi  ', 'RSS'],
    ])('encodes the surname %p as %s', (surname, expected) => {
      expect(computeCodiceFiscale(person({ surname })).slice(0, 3)).toBe(expected);
    });
  });

  describe('given-name part', () => {
    it.each([
      ['Mario', 'MRA', 'fewer than 4 consonants: consonants then vowels'],
      ['Giulia', 'GLI', 'fewer than 4 consonants: consonants then vowels'],
      ['Anna', 'NNA', 'a repeated consonant still counts twice'],
      ['Luca', 'LCU', 'two consonants'],
      ['Ugo', 'GUO', 'one consonant'],
      ['Ida', 'DIA', 'one consonant, leading vowel'],
      ['Al', 'LAX', 'padded with X'],
      ['Lù', 'LUX', 'accent removed, padded with X'],
      ['Nicolò', 'NCL', 'accent removed, exactly 3 consonants'],
      ['Gianfranco', 'GFR', '4+ consonants: 1st, 3rd and 4th'],
      ['Francesca', 'FNC', '4+ consonants: 1st, 3rd and 4th'],
      ['Cristina', 'CST', '4+ consonants: 1st, 3rd and 4th'],
      ['Alessandro', 'LSN', '4+ consonants: 1st, 3rd and 4th'],
      ['Maria Chiara', 'MCH', 'compound name read as one word'],
      ['Zoè', 'ZOE', 'accent removed'],
    ])('encodes the given name %p as %s (%s)', (givenName, expected) => {
      expect(computeCodiceFiscale(person({ givenName })).slice(3, 6)).toBe(expected);
    });

    it('treats Y as a consonant, so "Yuri" has two consonants', () => {
      expect(computeCodiceFiscale(person({ givenName: 'Yuri' })).slice(3, 6)).toBe('YRU');
    });
  });

  describe('birth date part', () => {
    it.each([
      ['2005-07-04', '05L04'],
      ['1900-01-01', '00A01'],
      ['2000-02-29', '00B29'],
      ['1999-12-31', '99T31'],
    ])('encodes %s as %s', (birthDate, expected) => {
      expect(computeCodiceFiscale(person({ birthDate })).slice(6, 11)).toBe(expected);
    });

    it.each([
      [1, 'A'],
      [2, 'B'],
      [3, 'C'],
      [4, 'D'],
      [5, 'E'],
      [6, 'H'],
      [7, 'L'],
      [8, 'M'],
      [9, 'P'],
      [10, 'R'],
      [11, 'S'],
      [12, 'T'],
    ])('encodes month %i as %s', (month, letter) => {
      const birthDate = `1985-${String(month).padStart(2, '0')}-10`;
      expect(computeCodiceFiscale(person({ birthDate })).charAt(8)).toBe(letter);
    });

    it('encodes the 1st and the 31st of a woman as 41 and 71', () => {
      expect(computeCodiceFiscale(person({ sex: 'F', birthDate: '1985-12-01' })).slice(9, 11)).toBe('41');
      expect(computeCodiceFiscale(person({ sex: 'F', birthDate: '1985-12-31' })).slice(9, 11)).toBe('71');
    });
  });

  describe('round trip', () => {
    const people: CodiceFiscalePerson[] = [
      marioRossi,
      { surname: 'Bianchi', givenName: 'Giulia', birthDate: '1990-03-25', sex: 'F', belfioreCode: 'B157' },
      { surname: 'El Amrani', givenName: 'Fatima Zahra', birthDate: '2001-06-30', sex: 'F', belfioreCode: 'Z330' },
      { surname: 'Ko', givenName: 'Al', birthDate: '1964-11-05', sex: 'M', belfioreCode: 'D918' },
      { surname: 'Dell’Orto', givenName: 'Niccolò', birthDate: '1958-08-15', sex: 'M', belfioreCode: 'B157' },
    ];

    it.each(people)('produces a valid code that decodes back for $givenName $surname', (p) => {
      const code = computeCodiceFiscale(p);
      expect(checkCodiceFiscale(code)).toEqual({ valid: true, normalized: code });

      const [year, month, day] = p.birthDate.split('-').map(Number);
      expect(decodeCodiceFiscale(code)).toEqual({
        birthDate: { yearTwoDigits: (year ?? 0) % 100, month, day },
        sex: p.sex,
        belfioreCode: p.belfioreCode,
      });
    });
  });

  describe('rejected input', () => {
    it.each([
      ['an impossible day', { birthDate: '1985-02-30' }],
      ['29 February of a non-leap century year', { birthDate: '1900-02-29' }],
      ['31 April', { birthDate: '1985-04-31' }],
      ['month 13', { birthDate: '1985-13-01' }],
      ['day 00', { birthDate: '1985-12-00' }],
      ['an Italian-style date', { birthDate: '10/12/1985' }],
      ['a date with a time', { birthDate: '1985-12-10T00:00:00Z' }],
      ['a Belfiore code with two digits', { belfioreCode: 'A56' }],
      ['a Belfiore code starting with two letters', { belfioreCode: 'AA56' }],
      ['a surname with no letters', { surname: " ' " }],
      ['an empty given name', { givenName: '' }],
      ['an unknown sex', { sex: 'X' as unknown as 'M' }],
    ])('throws a RangeError for %s', (_case, overrides: Partial<CodiceFiscalePerson>) => {
      expect(() => computeCodiceFiscale(person(overrides))).toThrow(RangeError);
    });
  });
});

describe('omocodiaVariant', () => {
  it.each(MARIO_ROSSI_OMOCODIA)('produces the hand-computed level-%i variant %s', (level, expected) => {
    expect(omocodiaVariant(MARIO_ROSSI, level)).toBe(expected);
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('makes a level-%i variant that is valid and decodes to the same data', (level) => {
    for (const base of [MARIO_ROSSI, GIULIA_BIANCHI, NICOLO_DANGELO]) {
      const variant = omocodiaVariant(base, level);
      expect(variant).not.toBe(base);
      expect(checkCodiceFiscale(variant).valid).toBe(true);
      expect(decodeCodiceFiscale(variant)).toEqual(decodeCodiceFiscale(base));
    }
  });

  it.each([1, 2, 3, 4, 5, 6, 7])('at level %i, changes only the rightmost digit positions', (level) => {
    const variant = omocodiaVariant(MARIO_ROSSI, level);
    const changed = [...variant.slice(0, 15)]
      .map((c, i) => (c === MARIO_ROSSI.charAt(i) ? 0 : i + 1))
      .filter((position) => position > 0);
    expect(changed).toEqual([15, 14, 13, 11, 10, 8, 7].slice(0, level).sort((a, b) => a - b));
  });

  it('returns the base code at level 0', () => {
    expect(omocodiaVariant(MARIO_ROSSI, 0)).toBe(MARIO_ROSSI);
  });

  it('starts from the base code when given a code that is already a variant', () => {
    expect(omocodiaVariant('RSSMRAURTMLARSNL', 2)).toBe('RSSMRA85T10A5SNT');
    expect(omocodiaVariant('RSSMRAURTMLARSNL', 0)).toBe(MARIO_ROSSI);
  });

  it('normalizes lower-case and spaced input', () => {
    expect(omocodiaVariant(' rssmra85t10a562s ', 1)).toBe('RSSMRA85T10A56NH');
  });

  it.each([-1, 8, 1.5, Number.NaN])('throws a RangeError for level %p', (level) => {
    expect(() => omocodiaVariant(MARIO_ROSSI, level)).toThrow(RangeError);
  });

  it('throws for an invalid code instead of producing a variant of it', () => {
    expect(() => omocodiaVariant('RSSMRA85T10A562X', 1)).toThrow(/check character should be S/);
  });
});

describe('decodeCodiceFiscale', () => {
  it('decodes a man: birth data as written, Belfiore code as written', () => {
    expect(decodeCodiceFiscale(MARIO_ROSSI)).toEqual({
      birthDate: { yearTwoDigits: 85, month: 12, day: 10 },
      sex: 'M',
      belfioreCode: 'A562',
    });
  });

  it('decodes a woman by subtracting 40 from the day', () => {
    expect(decodeCodiceFiscale(GIULIA_BIANCHI)).toEqual({
      birthDate: { yearTwoDigits: 90, month: 3, day: 25 },
      sex: 'F',
      belfioreCode: 'B157',
    });
  });

  it('decodes the day-field boundaries 01, 31, 41 and 71', () => {
    expect(decodeCodiceFiscale(withCheck('RSSMRA85T01A562'))).toMatchObject({ birthDate: { day: 1 }, sex: 'M' });
    expect(decodeCodiceFiscale(withCheck('RSSMRA85T31A562'))).toMatchObject({ birthDate: { day: 31 }, sex: 'M' });
    expect(decodeCodiceFiscale(withCheck('RSSMRA85T41A562'))).toMatchObject({ birthDate: { day: 1 }, sex: 'F' });
    expect(decodeCodiceFiscale(withCheck('RSSMRA85T71A562'))).toMatchObject({ birthDate: { day: 31 }, sex: 'F' });
  });

  it('turns omocodia letters back into digits, including in the Belfiore code', () => {
    expect(decodeCodiceFiscale('RSSMRAURTMLARSNL')).toEqual(decodeCodiceFiscale(MARIO_ROSSI));
  });

  it('decodes a year in the 2000s as two digits with no century', () => {
    const code = computeCodiceFiscale(person({ birthDate: '2005-07-04' }));
    expect(decodeCodiceFiscale(code).birthDate).toEqual({ yearTwoDigits: 5, month: 7, day: 4 });
  });

  it('accepts lower-case input', () => {
    expect(decodeCodiceFiscale('rssmra85t10a562s').belfioreCode).toBe('A562');
  });

  it.each([
    ['a wrong check character', 'RSSMRA85T10A562X', /check character should be S/],
    ['an invalid month', withCheck('RSSMRA85F10A562'), /birth month/],
    ['an invalid day', withCheck('RSSMRA85T32A562'), /birth day/],
    ['a malformed code', 'RSSMRA', /16 characters/],
  ])('throws a RangeError explaining the problem for %s', (_case, code, message) => {
    expect(() => decodeCodiceFiscale(code)).toThrow(RangeError);
    expect(() => decodeCodiceFiscale(code)).toThrow(message);
  });
});
