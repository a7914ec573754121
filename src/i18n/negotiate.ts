import { DEFAULT_LOCALE, Locale, LOCALES } from './locale';

/** The header a client sets to choose the language outright, whatever its browser's Accept-Language says. */
export const LOCALE_OVERRIDE_HEADER = 'x-ponte-locale';

/** A language tag's primary subtag as a Ponte locale (`en-GB` → en, `IT` → it), or null when Ponte does not speak it. */
export function localeOfTag(tag: unknown): Locale | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
}

interface Range {
  locale: Locale;
  quality: number;
  position: number;
}

/** One `tag;q=0.8` range; `*` stands for the service's own language. Malformed ranges count as absent. */
function parseRange(part: string, position: number): Range | null {
  const [tag, ...parameters] = part.split(';');
  const locale = tag.trim() === '*' ? DEFAULT_LOCALE : localeOfTag(tag);
  if (!locale) return null;
  let quality = 1;
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=').map((s) => s.trim());
    if (name.toLowerCase() !== 'q') continue;
    if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? '')) return null;
    quality = Number(value);
  }
  return quality > 0 ? { locale, quality, position } : null;
}

/**
 * The language a request asked for in its `Accept-Language` (RFC 9110 §12.5.4): the supported language with the
 * highest quality, the first listed on a tie; Italian when nothing listed is spoken here. Never throws.
 */
export function negotiateLocale(acceptLanguage: string | readonly string[] | undefined | null): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (typeof header !== 'string' || !header) return DEFAULT_LOCALE;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, position) => parseRange(part, position))
    .filter((range): range is Range => range !== null)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  return ranges[0]?.locale ?? DEFAULT_LOCALE;
}

/** The request's language: an explicit override (header or GraphQL extension) wins over Accept-Language. */
export function requestLocale(
  acceptLanguage: string | readonly string[] | undefined | null,
  override: unknown,
): Locale {
  return localeOfTag(Array.isArray(override) ? override[0] : override) ?? negotiateLocale(acceptLanguage);
}
