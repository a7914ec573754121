/**
 * The temporary codice fiscale: 11 digits (7 serial, 3 issuing office, 1 check digit computed as for a partita IVA),
 * issued to people awaiting their documents (asylum seekers, people regularising their position) and replaced later
 * by the definitive 16-character code. Nothing in it encodes the person, so only its check digit can be verified.
 */
import { Message, msg } from '../../i18n/message';
import { partitaIvaCheckDigit } from '../employers/partita-iva';
import { checkCodiceFiscale, CodiceFiscaleProblem } from './codice-fiscale';

export const TEMPORARY_CODICE_FISCALE_LENGTH = 11;

export type PersonalCodiceFiscaleCheck =
  | { valid: true; normalized: string; temporary: boolean }
  | { valid: false; problem: CodiceFiscaleProblem | 'WRONG_CHECK_DIGIT'; message: Message };

/** Spelling as for the 16-character code: spaces are never significant (digits have no case). */
function compact(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function checkTemporaryCodiceFiscale(input: string): PersonalCodiceFiscaleCheck {
  const code = compact(input);
  if (!/^[0-9]{11}$/.test(code)) {
    return {
      valid: false,
      problem: 'MALFORMED',
      message: msg('caseWork.cfTemporaryLength', { code }),
    };
  }
  const expected = partitaIvaCheckDigit(code.slice(0, 10));
  if (String(expected) !== code.charAt(10)) {
    return {
      valid: false,
      problem: 'WRONG_CHECK_DIGIT',
      message: msg('caseWork.cfTemporaryCheckDigit', { expected, found: code.charAt(10) }),
    };
  }
  return { valid: true, normalized: code, temporary: true };
}

export function isTemporaryCodiceFiscale(code: string): boolean {
  return /^[0-9]{11}$/.test(code);
}

/**
 * A person's codice fiscale as the service accepts it: the definitive 16-character code or the temporary 11-digit
 * one. Anything all digits was meant as a temporary code, and gets its more specific message.
 */
export function checkPersonalCodiceFiscale(input: string): PersonalCodiceFiscaleCheck {
  const code = compact(input);
  if (/^[0-9]+$/.test(code)) return checkTemporaryCodiceFiscale(code);
  const definitive = checkCodiceFiscale(code);
  return definitive.valid ? { ...definitive, temporary: false } : definitive;
}
