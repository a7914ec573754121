import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUE, MessageKey } from './messages';
import { INTL_TAG, Locale } from './locale';
import { enumValueText } from './enum-labels';

/**
 * A value of a closed list quoted in a sentence: written with its label in the sentence's language ("tirocinio",
 * not INTERNSHIP), and handed to clients as its code.
 */
export interface EnumParam {
  enumName: string;
  value: string | readonly string[];
}

/** Words that come with the data in each language (a rule version names its groups so), chosen by the sentence's. */
export type LocalizedText = Readonly<Record<Locale, string>>;

export type MessageParam = string | number | Date | boolean | EnumParam | LocalizedText | null | undefined;
export type MessageParams = Record<string, MessageParam>;

/** `value` of the GraphQL enum `enumName`, to quote in a sentence. */
export function enumParam(enumName: string, value: string | readonly string[]): EnumParam {
  return { enumName, value };
}

export function isEnumParam(value: MessageParam): value is EnumParam {
  return typeof value === 'object' && value !== null && 'enumName' in value;
}

export function isLocalizedText(value: MessageParam): value is LocalizedText {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !('enumName' in value);
}

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
function messageValue(locale: Locale, value: MessageParam): string | number | Date | boolean {
  if (value === null || value === undefined) return '';
  if (isEnumParam(value)) return enumLabels(locale, value);
  if (isLocalizedText(value)) return value[locale];
  if (typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Labels in the locale's words; several values as the locale lists them ("A, B e C"), none as a dash. */
function enumLabels(locale: Locale, param: EnumParam): string {
  const label = (value: string) => enumValueText(param.enumName, value, locale)?.label ?? value;
  if (typeof param.value === 'string') return label(param.value);
  if (param.value.length === 0) return '—';
  return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(param.value.map(label));
}

/** The catalogue's sentence `key` in `locale`, with its parameters formatted the locale's way. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, messageValue(locale, value)]));
  return String(formatter(locale, key).format(values));
}
