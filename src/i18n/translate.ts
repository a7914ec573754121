import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE, MessageKey } from './messages';
import { INTL_TAG, Locale } from './locale';

export type MessageParams = Record<string, string | number | Date | boolean | null | undefined>;

/**
 * Named formats the catalogue may use: `{closesOn, date, day}` gives "3 dicembre 2026" / "3 December 2026". Days
 * without a time are read and shown at UTC midnight, so no time zone moves them to the day before.
 */
const FORMATS = {
  date: { day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } },
  number: { km: { minimumFractionDigits: 1, maximumFractionDigits: 1 } },
} as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const compiled = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    // No rich-text tags: a sentence may quote `<access token>` as it is.
    format = new IntlMessageFormat(CATALOGUE[key][locale], INTL_TAG[locale], FORMATS, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

/** A day as Ponte passes it around ('2026-12-03') becomes a Date the catalogue formats; everything else stays. */
function messageValue(value: MessageParams[string]): string | number | Date | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** The catalogue's sentence `key` in `locale`, with its parameters formatted the locale's way. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, messageValue(value)]));
  return String(formatter(locale, key).format(values));
}
