import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { Ambito } from './ambito.entity';
import { Municipality } from './municipality.entity';
import { createMunicipality, listAmbiti, listMunicipalities, updateMunicipality } from './territory.service';
import { CreateMunicipalityInput, UpdateMunicipalityInput } from './territory.types';
import { GlobalIdArg } from '../../graphql/global-id-arg';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => [Ambito], { description: 'The ambiti the service covers' })
  ambiti(@Ctx() ctx: PonteContext): Promise<Ambito[]> {
    return listAmbiti(ctx.dataSource.manager);
  }

  @Query(() => [Municipality], {
    description:
      'Municipalities known to Ponte, by name; `ambito` narrows to one ambito, `serviceOnly` to the 15 of the service',
  })
  municipalities(
    @Ctx() ctx: PonteContext,
    @Arg('ambito', () => Int, { nullable: true }) ambito?: number | null,
    @Arg('serviceOnly', { defaultValue: false }) serviceOnly?: boolean,
  ): Promise<Municipality[]> {
    return listMunicipalities(ctx.dataSource.manager, { ambito: ambito ?? null, serviceOnly: Boolean(serviceOnly) });
  }

  @Mutation(() => Municipality, { description: 'Adds a municipality outside the ambiti, for an employer’s site' })
  createMunicipality(@Arg('input') input: CreateMunicipalityInput, @Ctx() ctx: PonteContext): Promise<Municipality> {
    return createMunicipality(ctx.dataSource.manager, input);
  }

  @Mutation(() => Municipality)
  updateMunicipality(
    @GlobalIdArg('id', 'Municipality') id: string,
    @Arg('input') input: UpdateMunicipalityInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Municipality> {
    return updateMunicipality(ctx.dataSource.manager, id, input);
  }

  @FieldResolver(() => Ambito, { nullable: true, description: 'Null outside the service’s territory' })
  ambito(@Root() municipality: Municipality, @Ctx() ctx: PonteContext): Promise<Ambito | null> | null {
    if (municipality.ambitoNumber === null) return null;
    return ctx.loaders.byKey(Ambito, 'number').load(municipality.ambitoNumber);
  }
}
