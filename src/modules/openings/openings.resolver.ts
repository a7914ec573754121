import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { parseId, parseOptionalId } from '../../graphql/ids';
import { Employer } from '../employers/employer.entity';
import { EmployerSite } from '../employers/employer-site.entity';
import { Occupation } from '../skills/occupation.entity';
import { Skill } from '../skills/skill.entity';
import { OpeningSkill } from './opening-skill.entity';
import { Opening } from './opening.entity';
import { OpeningStatus } from './opening.enums';
import { allowedNextOpeningStatuses } from './opening-status';
import { changeOpeningStatus, createOpening, listOpenings, updateOpening } from './openings.service';
import {
  ChangeOpeningStatusInput,
  CreateOpeningInput,
  OpeningConnection,
  OpeningConnectionArgs,
  OpeningSkillInput,
  UpdateOpeningInput,
} from './openings.types';
import { GlobalIdArg } from '../../graphql/global-id-arg';

function parseSkillIds(skills: OpeningSkillInput[]): OpeningSkillInput[] {
  return skills.map((s, i) => ({ ...s, skillId: parseId(s.skillId, 'Skill', `input.requiredSkills.${i}.skillId`) }));
}

@Resolver(() => Opening)
export class OpeningResolver {
  @Query(() => Opening, {
    nullable: true,
    description:
      'One opening by its global ID, with the same access rules as `node`; null when it does not exist or is not visible',
  })
  opening(
    @GlobalIdArg('id', 'Opening', { description: 'The opening’s global ID' }) id: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Opening | null> {
    return ctx.loaders.byId(Opening).load(id);
  }
  @Query(() => OpeningConnection, { description: 'Openings, newest first unless `orderBy` asks otherwise' })
  async openings(@Args() args: OpeningConnectionArgs, @Ctx() ctx: PonteContext): Promise<OpeningConnection> {
    const filter = args.filter ?? {};
    const connection = await listOpenings(
      ctx.dataSource.manager,
      {
        ...filter,
        employerId: parseOptionalId(filter.employerId, 'Employer', 'filter.employerId'),
        municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'),
        skillId: parseOptionalId(filter.skillId, 'Skill', 'filter.skillId'),
      },
      args,
      ctx.config,
      args.orderBy,
    );
    // The list read employers and sites along with the openings: the field resolvers find them without a query.
    for (const { node } of connection.edges) {
      ctx.loaders.byId(Employer).prime(node.employer.id, node.employer);
      ctx.loaders.byId(EmployerSite).prime(node.site.id, node.site);
    }
    return connection;
  }

  @Mutation(() => Opening, { description: 'Creates a DRAFT opening with its skills' })
  createOpening(@Arg('input') input: CreateOpeningInput, @Ctx() ctx: PonteContext): Promise<Opening> {
    return createOpening(ctx.dataSource, {
      ...input,
      employerId: parseId(input.employerId, 'Employer', 'input.employerId'),
      siteId: parseId(input.siteId, 'EmployerSite', 'input.siteId'),
      occupationId: parseOptionalId(input.occupationId, 'Occupation', 'input.occupationId'),
      requiredSkills: parseSkillIds(input.requiredSkills),
    });
  }

  @Mutation(() => Opening, { description: 'Changes an opening; requiredSkills, when given, replaces the whole list' })
  updateOpening(
    @GlobalIdArg('id', 'Opening') id: string,
    @Arg('input') input: UpdateOpeningInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Opening> {
    return updateOpening(ctx.dataSource, id, {
      ...input,
      siteId: input.siteId == null ? input.siteId : parseId(input.siteId, 'EmployerSite', 'input.siteId'),
      occupationId: parseOptionalId(input.occupationId, 'Occupation', 'input.occupationId'),
      requiredSkills: input.requiredSkills && parseSkillIds(input.requiredSkills),
    });
  }

  @Mutation(() => Opening, { description: 'Moves an opening along its allowed transitions' })
  changeOpeningStatus(
    @GlobalIdArg('id', 'Opening') id: string,
    @Arg('input') input: ChangeOpeningStatusInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Opening> {
    return changeOpeningStatus(ctx.dataSource, id, input.status);
  }

  @FieldResolver(() => Employer)
  async employer(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<Employer> {
    return (await ctx.loaders.byId(Employer).load(opening.employerId))!;
  }

  @FieldResolver(() => EmployerSite)
  async site(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<EmployerSite> {
    return (await ctx.loaders.byId(EmployerSite).load(opening.siteId))!;
  }

  @FieldResolver(() => Occupation, { nullable: true })
  occupation(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<Occupation | null> | null {
    return opening.occupationId ? ctx.loaders.byId(Occupation).load(opening.occupationId) : null;
  }

  @FieldResolver(() => [OpeningSkill], { description: 'REQUIRED skills first, then by minimum level' })
  requiredSkills(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<OpeningSkill[]> {
    return ctx.loaders
      .manyBy(OpeningSkill, 'openingId', { requirement: 'DESC', minimumLevel: 'DESC', skillId: 'ASC' })
      .load(opening.id);
  }

  @FieldResolver(() => [OpeningStatus], { description: 'Statuses it may move to next with changeOpeningStatus' })
  allowedNextStatuses(@Root() opening: Opening): readonly OpeningStatus[] {
    return allowedNextOpeningStatuses(opening.status);
  }
}

@Resolver(() => OpeningSkill)
export class OpeningSkillResolver {
  @FieldResolver(() => Skill)
  async skill(@Root() record: OpeningSkill, @Ctx() ctx: PonteContext): Promise<Skill> {
    return (await ctx.loaders.byId(Skill).load(record.skillId))!;
  }
}

export const OPENING_RESOLVERS = [OpeningResolver, OpeningSkillResolver] as const;
