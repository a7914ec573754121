import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Locale } from '../../i18n/locale';

/** The languages as GraphQL values; `satisfies` keeps them the same list as the i18n layer's. */
export const LocaleEnum = { it: 'it', en: 'en' } as const satisfies { [K in Locale]: K };
registerEnumType(LocaleEnum, {
  name: 'Locale',
  description: 'A language Ponte speaks: `it` (Italian, the default) or `en` (English)',
});

@ObjectType({ description: 'One value of an enum, as a dropdown shows it' })
export class EnumValueLabel {
  @Field({ description: 'The value as the API reads and writes it, e.g. `PROPOSED`' })
  value: string;

  @Field({ description: 'Short name of the value in the language asked for, e.g. "Proposto"' })
  label: string;

  @Field({ description: 'One sentence on what the value means, in the language asked for' })
  description: string;
}

@ObjectType({ description: 'An enum of the schema with the labels of its values' })
export class EnumLabels {
  @Field({ description: 'The enum’s GraphQL name, e.g. `PlacementStatus`' })
  name: string;

  @Field(() => [EnumValueLabel], { description: 'Every value of the enum, in the schema’s order' })
  values: EnumValueLabel[];
}
