import {
  checkEmployerFiscalCode as checkEmployerInMessages,
  checkPartitaIva as checkInMessages,
  completePartitaIva,
  partitaIvaCheckDigit,
} from '../../src/modules/employers/partita-iva';

import { render } from '../../src/i18n/message';

/** These tests read the checks' explanations in English: the catalogue renders them so for `en`. */
function inEnglish<T extends { valid: boolean }>(result: T): T {
  const message = (result as { message?: Parameters<typeof render>[0] }).message;
  return message ? { ...result, message: render(message, 'en') } : result;
}
const checkPartitaIva = (value: string) => inEnglish(checkInMessages(value));
const checkEmployerFiscalCode = (value: string) => inEnglish(checkEmployerInMessages(value));

/*
 * Reference numbers, each computed by hand from the domain rules (not by the implementation).
 * X = digits in odd positions; Y = digits in even positions doubled (minus 9 above 9).
 *
 * 0123456789 -> 01234567897
 *   X = 0+2+4+6+8 = 20; Y = 2+6+(10-9)+(14-9)+(18-9) = 2+6+1+5+9 = 23
 *   (10 - 43 mod 10) mod 10 = 7
 *
 * 0312345017 -> 03123450177 (office 017)
 *   X = 0+1+3+5+1 = 10; Y = 6+4+8+0+(14-9) = 23
 *   (10 - 33 mod 10) mod 10 = 7
 *
 * 1234567890 -> 12345678903
 *   X = 1+3+5+7+9 = 25; Y = 4+8+(12-9)+(16-9)+0 = 22
 *   (10 - 47 mod 10) mod 10 = 3
 *
 * 1000000009 -> 10000000090
 *   X = 1; Y = 18-9 = 9; 10 mod 10 = 0, and (10 - 0) mod 10 = 0
 */
const HAND_COMPUTED: ReadonlyArray<[string, number]> = [
  ['0123456789', 7],
  ['0312345017', 7],
  ['1234567890', 3],
  ['1000000009', 0],
];

describe('partitaIvaCheckDigit', () => {
  it.each(HAND_COMPUTED)('computes the hand-checked digit for %s as %i', (first10, expected) => {
    expect(partitaIvaCheckDigit(first10)).toBe(expected);
  });

  it('returns 0, not 10, when the sum is already a multiple of 10', () => {
    expect(partitaIvaCheckDigit('1000000009')).toBe(0);
    expect(partitaIvaCheckDigit('0000000000')).toBe(0);
  });

  it('subtracts 9 from doubled digits above 9 (9 in an even position counts as 9, not 18)', () => {
    // X = 0, Y = 18 - 9 = 9 -> (10 - 9) mod 10 = 1
    expect(partitaIvaCheckDigit('0900000000')).toBe(1);
  });

  it('does not double digits in odd positions', () => {
    // X = 4 -> (10 - 4) mod 10 = 6; had the 1st digit been doubled, 8 would give 2.
    expect(partitaIvaCheckDigit('4000000000')).toBe(6);
  });

  it.each([
    ['9 digits', '012345678'],
    ['11 digits', '01234567897'],
    ['a letter', '012345678A'],
    ['surrounding spaces', ' 0123456789'],
    ['an IT prefix', 'IT0123456789'],
    ['empty input', ''],
  ])('throws a RangeError for %s', (_case, input) => {
    expect(() => partitaIvaCheckDigit(input)).toThrow(RangeError);
  });
});

describe('completePartitaIva', () => {
  it.each([
    ['0123456789', '01234567897'],
    ['0312345017', '03123450177'],
    ['1234567890', '12345678903'],
    ['1000000009', '10000000090'],
  ])('completes %s as %s', (first10, expected) => {
    expect(completePartitaIva(first10)).toBe(expected);
  });

  it('produces numbers that checkPartitaIva accepts, for any company and office digits', () => {
    for (let seed = 0; seed < 200; seed++) {
      // Deterministic spread of 10-digit prefixes, keeping leading zeros.
      const first10 = String((seed * 7_919_113 + 12_345) % 10_000_000_000).padStart(10, '0');
      const piva = completePartitaIva(first10);
      expect(checkPartitaIva(piva)).toEqual({ valid: true, normalized: piva });
    }
  });

  it('throws a RangeError rather than completing a wrong-length prefix', () => {
    expect(() => completePartitaIva('012345678')).toThrow(RangeError);
    expect(() => completePartitaIva('01234567890')).toThrow(RangeError);
  });
});

describe('checkPartitaIva', () => {
  describe('valid numbers', () => {
    it.each(['01234567897', '03123450177', '12345678903', '10000000090'])('accepts the hand-computed %s', (piva) => {
      expect(checkPartitaIva(piva)).toEqual({ valid: true, normalized: piva });
    });
  });

  describe('normalization', () => {
    it.each([
      ['an IT prefix', 'IT01234567897'],
      ['a lower-case it prefix', 'it01234567897'],
      ['an IT prefix followed by a space', 'IT 01234567897'],
      ['surrounding whitespace', '  01234567897\n'],
      ['spaces between digit groups', '0123456 789 7'],
      ['prefix, groups and whitespace together', ' It 0123456 789 7 '],
    ])('accepts %s and returns the bare 11 digits', (_case, input) => {
      expect(checkPartitaIva(input)).toEqual({ valid: true, normalized: '01234567897' });
    });
  });

  describe('wrong check digit', () => {
    it('explains which check digit was expected', () => {
      expect(checkPartitaIva('01234567898')).toEqual({
        valid: false,
        problem: 'WRONG_CHECK_DIGIT',
        message: 'The check digit should be 7, not 8: the partita IVA has a typo.',
      });
    });

    it.each(['0', '1', '2', '3', '4', '5', '6', '8', '9'])('rejects final digit %s where 7 is expected', (last) => {
      expect(checkPartitaIva(`0123456789${last}`)).toMatchObject({ valid: false, problem: 'WRONG_CHECK_DIGIT' });
    });

    it('detects every single-digit typo in any position', () => {
      // Doubling-minus-9 is a permutation of 0..9, so each position's contribution changes with its digit.
      const valid = '03123450177';
      const undetected: string[] = [];
      for (let i = 0; i < valid.length; i++) {
        for (const d of '0123456789') {
          if (d === valid.charAt(i)) continue;
          const typo = valid.slice(0, i) + d + valid.slice(i + 1);
          if (checkPartitaIva(typo).valid) undetected.push(typo);
        }
      }
      expect(undetected).toEqual([]);
    });

    it('keeps the IT prefix out of the wrong-check-digit verdict', () => {
      expect(checkPartitaIva('IT01234567890')).toMatchObject({
        valid: false,
        problem: 'WRONG_CHECK_DIGIT',
        message: 'The check digit should be 7, not 0: the partita IVA has a typo.',
      });
    });
  });

  describe('malformed input', () => {
    it.each([
      ['empty', '', 'The partita IVA is empty.'],
      ['only whitespace', '  ', 'The partita IVA is empty.'],
      ['only the IT prefix', 'IT', 'The partita IVA is empty.'],
      ['10 digits', '0123456789', 'A partita IVA has 11 digits, but this one has 10.'],
      ['12 digits', '012345678970', 'A partita IVA has 11 digits, but this one has 12.'],
      ['a letter among the digits', '0123456789A', 'A partita IVA contains only digits, but this one contains "A".'],
      ['a hyphen', '0123456-7897', 'A partita IVA contains only digits, but this one contains "-".'],
      ['dots', '01.234.567.897', 'A partita IVA contains only digits, but this one contains ".".'],
      ['another country prefix', 'DE01234567897', 'A partita IVA contains only digits, but this one contains "D".'],
      [
        'IT written after the number',
        '01234567897IT',
        'A partita IVA contains only digits, but this one contains "I".',
      ],
      [
        'a personal codice fiscale',
        'RSSMRA85T10A562S',
        'A partita IVA contains only digits, but this one contains "R".',
      ],
    ])('rejects %s', (_case, input, message) => {
      expect(checkPartitaIva(input)).toEqual({ valid: false, problem: 'MALFORMED', message });
    });
  });
});

describe('checkEmployerFiscalCode', () => {
  describe('companies (partita IVA used as codice fiscale)', () => {
    it('accepts a valid 11-digit partita IVA', () => {
      expect(checkEmployerFiscalCode('03123450177')).toEqual({ valid: true, normalized: '03123450177' });
    });

    it('accepts the IT prefix and spaces, and stores the bare digits', () => {
      expect(checkEmployerFiscalCode(' it 0312345 017 7 ')).toEqual({ valid: true, normalized: '03123450177' });
    });

    it('reports a wrong check digit as a partita IVA problem', () => {
      expect(checkEmployerFiscalCode('03123450178')).toEqual({
        valid: false,
        problem: 'WRONG_CHECK_DIGIT',
        message: 'The check digit should be 7, not 8: the partita IVA has a typo.',
      });
    });

    it.each([
      ['10 digits', '0312345017', 'A partita IVA has 11 digits, but this one has 10.'],
      ['16 digits', '0312345017712345', 'A partita IVA has 11 digits, but this one has 16.'],
      ['11 characters with a letter', '0312345017O', 'A partita IVA contains only digits, but this one contains "O".'],
    ])('gives the partita IVA message for %s', (_case, input, message) => {
      expect(checkEmployerFiscalCode(input)).toEqual({ valid: false, problem: 'MALFORMED', message });
    });
  });

  describe('sole traders and households (personal codice fiscale)', () => {
    it('accepts a valid 16-character codice fiscale', () => {
      expect(checkEmployerFiscalCode('RSSMRA85T10A562S')).toEqual({ valid: true, normalized: 'RSSMRA85T10A562S' });
    });

    it('normalizes a lower-case, spaced codice fiscale', () => {
      expect(checkEmployerFiscalCode(' bncgli90c65b157a ')).toEqual({ valid: true, normalized: 'BNCGLI90C65B157A' });
    });

    it('accepts an omocodia variant', () => {
      expect(checkEmployerFiscalCode('RSSMRAURTMLARSNL')).toEqual({ valid: true, normalized: 'RSSMRAURTMLARSNL' });
    });

    it.each([
      ['a wrong check character', 'RSSMRA85T10A562X', 'WRONG_CHECK_CHARACTER'],
      ['an invalid month', 'RSSMRA85F10A562S', 'INVALID_MONTH'],
      ['an invalid day', 'RSSMRA85T32A562S', 'INVALID_DAY'],
      ['a misplaced character', 'RSSMRAA5T10A562S', 'MALFORMED'],
    ])('passes on the codice fiscale problem for %s', (_case, input, problem) => {
      expect(checkEmployerFiscalCode(input)).toMatchObject({ valid: false, problem });
    });
  });

  describe('neither shape', () => {
    it('rejects empty input', () => {
      expect(checkEmployerFiscalCode('  ')).toEqual({
        valid: false,
        problem: 'MALFORMED',
        message: "The employer's fiscal code is empty.",
      });
    });

    it.each([
      ['a truncated codice fiscale', 'RSSMRA85T10A', 12],
      ['an over-long codice fiscale', 'RSSMRA85T10A562SS', 17],
      ['a bare IT prefix', 'IT', 2],
    ])('rejects %s, naming both accepted shapes', (_case, input, length) => {
      expect(checkEmployerFiscalCode(input)).toEqual({
        valid: false,
        problem: 'MALFORMED',
        message:
          "An employer's fiscal code is either an 11-digit partita IVA or a 16-character codice fiscale, " +
          `but this one has ${length} characters.`,
      });
    });
  });
});
