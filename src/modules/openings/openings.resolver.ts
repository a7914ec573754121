import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksNodeIdsOnly } from '../../graphql/pagination';
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
import { childrenLink, LinkTable, parentLink } from '../../graphql/links';

function parseSkillIds(skills: OpeningSkillInput[]): OpeningSkillInput[] {
  return skills.map((s, i) => ({ ...s, skillId: parseId(s.skillId, 'Skill', `input.requiredSkills.${i}.skillId`) }));
}

/** Where an opening's fields lead, for its resolvers and for direct reads. */
export const OPENING_LINKS = {
  Opening: {
    employer: parentLink<Opening, Employer>(Employer, 'employerId'),
    site: parentLink<Opening, EmployerSite>(EmployerSite, 'siteId'),
    occupation: parentLink<Opening, Occupation>(Occupation, 'occupationId'),
    requiredSkills: childrenLink(OpeningSkill, 'openingId', {
      requirement: 'DESC',
      minimumLevel: 'DESC',
      skillId: 'ASC',
    }),
  },
  OpeningSkill: { skill: parentLink<OpeningSkill, Skill>(Skill, 'skillId') },
} as const satisfies LinkTable;

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
  async openings(
    @Args() args: OpeningConnectionArgs,
    @Ctx() ctx: PonteContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OpeningConnection> {
    const filter = args.filter ?? {};
    const connection = await listOpenings(
      ctx.dataSource.manager,
      {
        ...filter,
        employerId: parseOptionalId(filter.employerId, 'Employer', 'filter.employerId'),
        municipalityId: parseOptionalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'),
        skillId: parseOptionalId(filter.skillId, 'Skill', 'filter.skillId'),
      },
      // Openings are read by every staff member: no access rule looks at more than their id.
      { ...args, nodeIdsOnly: asksNodeIdsOnly(info), nodesAlong: ctx.direct?.nodesOf(info) },
      ctx.config,
      args.orderBy,
    );
    // The list read employers and sites along with the openings: the field resolvers find them without a query.
    for (const { node } of connection.edges) {
      if (node.employer) ctx.loaders.byId(Employer).prime(node.employer.id, node.employer);
      if (node.site) ctx.loaders.byId(EmployerSite).prime(node.site.id, node.site);
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
    return (await ctx.loaders.followOne<Employer>(OPENING_LINKS.Opening.employer, opening))!;
  }

  @FieldResolver(() => EmployerSite)
  async site(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<EmployerSite> {
    return (await ctx.loaders.followOne<EmployerSite>(OPENING_LINKS.Opening.site, opening))!;
  }

  @FieldResolver(() => Occupation, { nullable: true })
  occupation(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<Occupation | null> {
    return ctx.loaders.followOne(OPENING_LINKS.Opening.occupation, opening);
  }

  @FieldResolver(() => [OpeningSkill], { description: 'REQUIRED skills first, then by minimum level' })
  requiredSkills(@Root() opening: Opening, @Ctx() ctx: PonteContext): Promise<OpeningSkill[]> {
    return ctx.loaders.followMany(OPENING_LINKS.Opening.requiredSkills, opening);
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
    return (await ctx.loaders.followOne<Skill>(OPENING_LINKS.OpeningSkill.skill, record))!;
  }
}

export const OPENING_RESOLVERS = [OpeningResolver, OpeningSkillResolver] as const;
