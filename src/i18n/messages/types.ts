import type { Locale } from '../locale';

/** One message in every language, as ICU MessageFormat text. */
export type MessageTexts = Record<Locale, string>;

/** The messages of one area, keyed `area.name`. */
export type MessageTable = Record<string, MessageTexts>;
