import type { Locale } from '../locale';
import { employerLabels } from './employers';
import { matchingLabels } from './matching';
import { peopleLabels } from './people';
import { placementLabels } from './placements';
import { staffLabels } from './staff';
import type { EnumLabelTable, EnumValueText } from './types';
import { workLabels } from './work';
import { listLabels } from './lists';
import { workshopLabels } from './workshops';
import { caseWorkLabels } from './case-work';
import { mediationLabels } from './mediation';

export type { EnumLabelTable, EnumValueLabels, EnumValueText, EnumValueTable } from './types';

/**
 * The one home of what every value of every GraphQL enum is called, in Italian and English, and what it means. The
 * schema takes its enum-value descriptions from here (the Italian label first) and the `enumLabels` query returns it,
 * so a front-end builds its dropdowns from the API. Keyed by the GraphQL enum name, as the schema spells it.
 */
export const ENUM_LABELS: EnumLabelTable = {
  ...peopleLabels,
  ...workLabels,
  ...placementLabels,
  ...employerLabels,
  ...matchingLabels,
  ...staffLabels,
  ...listLabels,
  ...workshopLabels,
  ...caseWorkLabels,
  ...mediationLabels,
};

/** One value's text in one language, or null when the enum or the value is not in the table. */
export function enumValueText(enumName: string, value: string, locale: Locale): EnumValueText | null {
  return ENUM_LABELS[enumName]?.[value]?.[locale] ?? null;
}

/** What a value is called in `locale`; its code when the table does not name it. */
export function enumLabel(enumName: string, value: string, locale: Locale): string {
  return enumValueText(enumName, value, locale)?.label ?? value;
}

/**
 * The SDL description of an enum value: the Italian label first (a client generated from the SDL shows it), then
 * what the value means, in Italian and in English.
 */
export function enumValueSdlDescription(enumName: string, value: string): string | null {
  const text = ENUM_LABELS[enumName]?.[value];
  if (!text) return null;
  return `${text.it.label} — ${text.it.description}\n\nEN: ${text.en.label} — ${text.en.description}`;
}
