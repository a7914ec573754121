import type { Locale } from '../locale';

/** What a person reads for one value of a closed list: a short label for a dropdown and a sentence saying what it means. */
export interface EnumValueText {
  label: string;
  description: string;
}

/** One value's text in every language Ponte speaks. */
export type EnumValueLabels = Record<Locale, EnumValueText>;

/** The values of one GraphQL enum, keyed by the value's GraphQL name. */
export type EnumValueTable = Readonly<Record<string, EnumValueLabels>>;

/** Enums keyed by their GraphQL name (`CaseStatus`, `MonitoringVisitStatus`), as the schema spells them. */
export type EnumLabelTable = Readonly<Record<string, EnumValueTable>>;

/** Writes a value's four texts in the order people read them: Italian label, English label, then what it means. */
export function labels(
  itLabel: string,
  enLabel: string,
  itDescription: string,
  enDescription: string,
): EnumValueLabels {
  return {
    it: { label: itLabel, description: itDescription },
    en: { label: enLabel, description: enDescription },
  };
}
