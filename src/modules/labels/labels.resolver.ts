import { Arg, Info, Query, Resolver } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { DEFAULT_LOCALE, Locale } from '../../i18n/locale';
import { EnumLabels, LocaleEnum } from './labels.types';
import { enumLabelsOf } from './enum-labels';

@Resolver()
export class LabelsResolver {
  @Query(() => [EnumLabels], {
    description:
      'The Italian or English labels and meanings of the values of the schema’s enums, for dropdowns and filters. ' +
      'Without `enums`, every enum of the schema, by name.',
  })
  enumLabels(
    @Info() info: GraphQLResolveInfo,
    @Arg('locale', () => LocaleEnum, {
      nullable: true,
      description: 'The language of the labels; without it, the language of the request (Italian by default)',
    })
    locale?: Locale | null,
    @Arg('enums', () => [String], {
      nullable: true,
      description:
        'GraphQL names of the enums wanted, e.g. ["CaseStatus", "PlacementKind"]; an unknown name is refused',
    })
    enums?: string[] | null,
  ): EnumLabels[] {
    // The request's own language comes from the context once it carries it; until then the service's language.
    return enumLabelsOf(info.schema, locale ?? DEFAULT_LOCALE, enums ?? null);
  }
}
