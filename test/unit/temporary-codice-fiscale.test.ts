import fc from 'fast-check';
import { completePartitaIva } from '../../src/modules/employers/partita-iva';
import { checkCodiceFiscale, computeCodiceFiscale } from '../../src/modules/beneficiaries/codice-fiscale';
import {
  checkPersonalCodiceFiscale,
  checkTemporaryCodiceFiscale,
  isTemporaryCodiceFiscale,
} from '../../src/modules/beneficiaries/temporary-codice-fiscale';

const tenDigits = fc.stringMatching(/^[0-9]{10}$/);
const validTemporary = tenDigits.map(completePartitaIva);

/** The ways people type a code: spaces anywhere (as the 16-character validation tolerates), any case. */
const respelled = (code: string, cuts: number[], lower: boolean) => {
  let out = lower ? code.toLowerCase() : code;
  for (const cut of [...cuts].sort((a, b) => b - a)) out = `${out.slice(0, cut)} ${out.slice(cut)}`;
  return out;
};

describe('the temporary 11-digit codice fiscale', () => {
  it('is accepted whenever its check digit is right, and flagged temporary', () => {
    fc.assert(
      fc.property(validTemporary, (code) => {
        expect(checkTemporaryCodiceFiscale(code)).toEqual({ valid: true, normalized: code, temporary: true });
        expect(checkPersonalCodiceFiscale(code)).toEqual({ valid: true, normalized: code, temporary: true });
        expect(isTemporaryCodiceFiscale(code)).toBe(true);
      }),
    );
  });

  it('is refused after any change of a single digit', () => {
    fc.assert(
      fc.property(validTemporary, fc.nat(10), fc.integer({ min: 1, max: 9 }), (code, position, shift) => {
        const digit = (Number(code[position]) + shift) % 10;
        const typo = code.slice(0, position) + digit + code.slice(position + 1);
        const check = checkPersonalCodiceFiscale(typo);
        expect(check.valid).toBe(false);
        expect(!check.valid && check.problem).toBe('WRONG_CHECK_DIGIT');
      }),
    );
  });

  it('is read through spaces, as the 16-character code is', () => {
    fc.assert(
      fc.property(validTemporary, fc.array(fc.nat(11), { maxLength: 4 }), (code, cuts) => {
        expect(checkPersonalCodiceFiscale(respelled(code, cuts, false))).toEqual({
          valid: true,
          normalized: code,
          temporary: true,
        });
      }),
    );
  });

  it('refuses other lengths and letters among digits with MALFORMED', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (digits) => {
        fc.pre(digits.length !== 11);
        const check = checkPersonalCodiceFiscale(digits);
        expect(!check.valid && check.problem).toBe('MALFORMED');
      }),
    );
    expect(checkTemporaryCodiceFiscale('1234567890A')).toMatchObject({ valid: false, problem: 'MALFORMED' });
  });
});

describe('the definitive code through the same door', () => {
  const people = fc.record({
    surname: fc.constantFrom('Rossi', 'Bonetti', "D'Angelo", 'Li'),
    givenName: fc.constantFrom('Anna', 'Giovanni', 'Fo'),
    birthDate: fc.date({ min: new Date('1950-01-01'), max: new Date('2008-12-31'), noInvalidDate: true }),
    sex: fc.constantFrom('M' as const, 'F' as const),
  });

  it('answers exactly as checkCodiceFiscale, in every spelling, and is not temporary', () => {
    fc.assert(
      fc.property(people, fc.array(fc.nat(16), { maxLength: 3 }), fc.boolean(), (p, cuts, lower) => {
        const code = computeCodiceFiscale({
          ...p,
          birthDate: p.birthDate.toISOString().slice(0, 10),
          belfioreCode: 'B157',
        });
        const typed = respelled(code, cuts, lower);
        const definitive = checkCodiceFiscale(typed);
        expect(checkPersonalCodiceFiscale(typed)).toEqual({ ...definitive, temporary: false });
        expect(definitive).toEqual({ valid: true, normalized: code });
        expect(isTemporaryCodiceFiscale(code)).toBe(false);
      }),
    );
  });
});
