import { GraphQLSchema, isEnumType, isIntrospectionType } from 'graphql';
import { enumValueText } from '../../i18n/enum-labels';
import { Locale } from '../../i18n/locale';
import { msg } from '../../i18n/message';
import { UserInputError } from '../../graphql/errors';
import { EnumLabels } from './labels.types';

/**
 * The labels of the schema's enums in one language: the schema says which enums and values exist (and in which
 * order), the label tables what they are called. Introspection's own enums are not the API's and are left out.
 */
export function enumLabelsOf(schema: GraphQLSchema, locale: Locale, names: readonly string[] | null): EnumLabels[] {
  const enums = Object.values(schema.getTypeMap())
    .filter(isEnumType)
    .filter((type) => !isIntrospectionType(type));
  const byName = new Map(enums.map((type) => [type.name, type]));
  const wanted = names ?? enums.map((type) => type.name).sort();
  const unknown = wanted.find((name) => !byName.has(name));
  if (unknown !== undefined) {
    throw new UserInputError(msg('labels.unknownEnum', { name: unknown }), 'enums');
  }
  return [...new Set(wanted)].map((name) => ({
    name,
    values: byName
      .get(name)!
      .getValues()
      .map(({ name: value }) => {
        const text = enumValueText(name, value, locale);
        return { value, label: text?.label ?? value, description: text?.description ?? '' };
      }),
  }));
}
