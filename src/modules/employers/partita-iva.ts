/**
 * Italian partita IVA (VAT number) and employer fiscal codes.
 *
 * Companies use their partita IVA as codice fiscale, while sole traders and
 * private households that hire use the owner's personal codice fiscale; an
 * employer's fiscal code may therefore be either shape.
 */

import { checkCodiceFiscale, type CodiceFiscaleProblem } from '../beneficiaries/codice-fiscale';
import { Message, msg } from '../../i18n/message';

export type PartitaIvaProblem = 'MALFORMED' | 'WRONG_CHECK_DIGIT';

export type PartitaIvaCheck =
  { valid: true; normalized: string } | { valid: false; problem: PartitaIvaProblem; message: Message };

export type EmployerFiscalCodeCheck =
  | { valid: true; normalized: string }
  | { valid: false; problem: PartitaIvaProblem | CodiceFiscaleProblem; message: Message };

const PARTITA_IVA_LENGTH = 11;

export function checkPartitaIva(input: string): PartitaIvaCheck {
  const piva = compactPartitaIva(input);

  const shapeProblem = describeShapeProblem(piva);
  if (shapeProblem !== undefined) return { valid: false, problem: 'MALFORMED', message: shapeProblem };

  const expected = partitaIvaCheckDigit(piva.slice(0, 10));
  const actual = Number(piva.charAt(10));
  if (expected !== actual) {
    return {
      valid: false,
      problem: 'WRONG_CHECK_DIGIT',
      message: msg('employers.pivaCheckDigit', { expected, actual }),
    };
  }
  return { valid: true, normalized: piva };
}

/**
 * Invoices and EU VIES print the number as "IT 01234567897"; the country
 * prefix and spacing are presentation, not part of the number we store.
 */
function compactPartitaIva(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase().replace(/^IT/, '');
}

function describeShapeProblem(piva: string): Message | undefined {
  if (piva.length === 0) return msg('employers.pivaEmpty');
  const stray = /[^0-9]/.exec(piva);
  if (stray) return msg('employers.pivaStray', { character: stray[0] });
  if (piva.length !== PARTITA_IVA_LENGTH) {
    return msg('employers.pivaLength', { length: piva.length });
  }
  return undefined;
}

export function partitaIvaCheckDigit(first10: string): number {
  if (!/^[0-9]{10}$/.test(first10)) {
    throw new RangeError(`Expected the first 10 digits of a partita IVA, got "${first10}".`);
  }
  let sum = 0;
  for (let i = 0; i < first10.length; i++) {
    const digit = Number(first10.charAt(i));
    // i is 0-based, so odd i are the 2nd, 4th, ... digits: the ones the rule doubles.
    sum += i % 2 === 0 ? digit : doubledDigit(digit);
  }
  // The outer "% 10" turns a would-be check digit of 10 into 0.
  return (10 - (sum % 10)) % 10;
}

/** Doubling then subtracting 9 equals summing the two digits of the double (e.g. 14 -> 1 + 4 = 5). */
function doubledDigit(digit: number): number {
  const doubled = digit * 2;
  return doubled > 9 ? doubled - 9 : doubled;
}

export function completePartitaIva(first10: string): string {
  return first10 + String(partitaIvaCheckDigit(first10));
}

export function checkEmployerFiscalCode(input: string): EmployerFiscalCodeCheck {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.length === 0) {
    return { valid: false, problem: 'MALFORMED', message: msg('employers.fiscalCodeEmpty') };
  }
  // Anything that is all digits, or 11 characters long, was meant as a partita IVA
  // and gets the partita IVA's more specific message.
  const withoutCountry = compact.replace(/^IT/, '');
  if (/^[0-9]+$/.test(withoutCountry) || withoutCountry.length === PARTITA_IVA_LENGTH) {
    return checkPartitaIva(compact);
  }
  if (compact.length === 16) return checkCodiceFiscale(compact);
  return {
    valid: false,
    problem: 'MALFORMED',
    message: msg('employers.fiscalCodeLength', { length: compact.length }),
  };
}
