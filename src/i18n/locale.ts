/** The languages Ponte speaks. Italian is the service's language; English is offered on request. */
export const LOCALES = ['it', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'it';

/** The BCP 47 tag Intl formatters are built with. */
export const INTL_TAG: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
