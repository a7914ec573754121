import { IntlMessageFormat } from 'intl-messageformat';
import { MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { CATALOGUE, MessageKey } from './messages';
import { INTL_TAG, Locale } from './locale';
import { enumLabel } from './enum-labels';

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

interface Compiled {
  format: IntlMessageFormat;
  /** The arguments the sentence writes as dates: only these turn a '2026-12-03' into a Date. */
  dates: ReadonlySet<string>;
}

const compiled = new Map<string, Compiled>();

function formatter(locale: Locale, key: MessageKey): Compiled {
  const cacheKey = `${locale}\u0000${key}`;
  let found = compiled.get(cacheKey);
  if (!found) {
    // No rich-text tags: a sentence may quote `<access token>` as it is.
    const format = new IntlMessageFormat(CATALOGUE[key][locale], INTL_TAG[locale], FORMATS, { ignoreTag: true });
    found = { format, dates: dateArguments(format.getAst()) };
    compiled.set(cacheKey, found);
  }
  return found;
}

function dateArguments(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.date) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) dateArguments(option.value, into);
  }
  return into;
}

/**
 * A day as Ponte passes it around ('2026-12-03') becomes a Date where the sentence writes a date; anywhere else it
 * is quoted as it came (a refused value that looks like a day stays that text).
 */
function messageValue(locale: Locale, value: MessageParam, asDate: boolean): string | number | Date | boolean {
  if (value === null || value === undefined) return '';
  if (isEnumParam(value)) return enumLabels(locale, value);
  if (isLocalizedText(value)) return value[locale];
  if (asDate && typeof value === 'string' && ISO_DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return value;
}

/** Labels in the locale's words; several values as the locale lists them ("A, B e C"), none as a dash. */
function enumLabels(locale: Locale, param: EnumParam): string {
  const label = (value: string) => enumLabel(param.enumName, value, locale);
  if (typeof param.value === 'string') return label(param.value);
  if (param.value.length === 0) return '—';
  return new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(param.value.map(label));
}

/** The catalogue's sentence `key` in `locale`, with its parameters formatted the locale's way. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const { format, dates } = formatter(locale, key);
  const values = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, messageValue(locale, value, dates.has(name))]),
  );
  return String(format.format(values));
}
