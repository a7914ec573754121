import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { Sector } from '../work-conditions/work-conditions.enums';
import { Occupation } from './occupation.entity';
import { Skill, SkillKind } from './skill.entity';
import { createSkill, listOccupations, listSkills, setOccupationCp2021Code, updateSkill } from './skills.service';
import { CreateSkillInput, UpdateSkillInput } from './skills.types';
import { GlobalIdArg } from '../../graphql/global-id-arg';

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => [Skill], {
    description: 'The skill catalogue (a bounded list, for pickers), by sector and Italian label',
  })
  skillCatalogue(
    @Ctx() ctx: PonteContext,
    @Arg('sector', () => Sector, { nullable: true }) sector?: Sector | null,
    @Arg('kind', () => SkillKind, { nullable: true }) kind?: SkillKind | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('includeRetired', { defaultValue: false }) includeRetired?: boolean,
  ): Promise<Skill[]> {
    return listSkills(ctx.dataSource.manager, { sector, kind, search, includeRetired });
  }

  @Query(() => [Occupation], { description: 'The occupation catalogue' })
  occupations(
    @Ctx() ctx: PonteContext,
    @Arg('sector', () => Sector, { nullable: true }) sector?: Sector | null,
  ): Promise<Occupation[]> {
    return listOccupations(ctx.dataSource.manager, sector ?? null);
  }

  @Mutation(() => Skill)
  createSkill(@Arg('input') input: CreateSkillInput, @Ctx() ctx: PonteContext): Promise<Skill> {
    return createSkill(ctx.dataSource.manager, input);
  }

  @Mutation(() => Occupation, { description: 'Records an occupation’s CP2021 unit from ISTAT’s list (null clears it)' })
  setOccupationCp2021Code(
    @GlobalIdArg('id', 'Occupation') id: string,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<Occupation> {
    return setOccupationCp2021Code(ctx.dataSource.manager, id, code);
  }

  @Mutation(() => Skill)
  updateSkill(
    @GlobalIdArg('id', 'Skill') id: string,
    @Arg('input') input: UpdateSkillInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Skill> {
    return updateSkill(ctx.dataSource.manager, id, input);
  }
}
