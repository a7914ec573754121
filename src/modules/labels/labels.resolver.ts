import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Locale } from '../../i18n/locale';
import { PonteContext } from '../auth/context';
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
    @Ctx() ctx: PonteContext,
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
    return enumLabelsOf(info.schema, locale ?? ctx.locale, enums ?? null);
  }
}
