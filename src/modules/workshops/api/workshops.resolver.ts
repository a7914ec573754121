import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayInItaly } from '../../../config/calendar';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { parseId, parseIds, parseOptionalId } from '../../../graphql/ids';
import { stripUndefined } from '../../../graphql/inputs';
import { PonteContext } from '../../auth/context';
import { Operator } from '../../operators/operator.entity';
import { Skill } from '../../skills/skill.entity';
import { Municipality } from '../../territory/municipality.entity';
import { WorkshopEnrolment } from '../workshop-enrolment.entity';
import { WorkshopSession } from '../workshop-session.entity';
import { Workshop } from '../workshop.entity';
import {
  addWorkshopSession,
  createWorkshop,
  enrolInWorkshop,
  listWorkshops,
  updateWorkshop,
} from '../workshops.service';
import {
  CreateWorkshopInput,
  UpdateWorkshopInput,
  WorkshopConnectionArgs,
  WorkshopSessionInput,
} from './workshops.inputs';
import { WorkshopConnection } from './workshops.types';
import { keyCondition } from '../../../db/built-sql';

/* Workshops themselves: listing, creating, correcting, enrolling. Attendance and observations: participation.resolver.ts. */

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: 'Workshops, newest first; operators see their own ambito’s' })
  workshops(@Args() args: WorkshopConnectionArgs, @Ctx() ctx: PonteContext): Promise<WorkshopConnection> {
    return listWorkshops(
      ctx.dataSource.manager,
      {
        ambito: args.ambito,
        operatorInChargeId: parseOptionalId(args.operatorInChargeId, 'Operator', 'operatorInChargeId'),
      },
      args,
      ctx.config,
    );
  }

  @Mutation(() => Workshop, { description: 'Creates a workshop with its skills and its schedule of sessions' })
  createWorkshop(
    @Arg('input', { description: 'The workshop, its skills and its sessions' }) input: CreateWorkshopInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Workshop> {
    return createWorkshop(ctx.dataSource, {
      title: input.title,
      theme: input.theme,
      municipalityId: parseId(input.municipalityId, 'Municipality', 'input.municipalityId'),
      address: input.address ?? null,
      capacity: input.capacity,
      operatorInChargeId: parseId(input.operatorInChargeId, 'Operator', 'input.operatorInChargeId'),
      skillIds: parseIds(input.skillIds, 'Skill', 'input.skillIds'),
      sessions: input.sessions.map((s) => ({ heldOn: s.heldOn, startsAt: s.startsAt, endsAt: s.endsAt })),
    });
  }

  @Mutation(() => Workshop, { description: 'Corrects a workshop; absent fields are kept' })
  updateWorkshop(
    @GlobalIdArg('id', 'Workshop', { description: 'The workshop to correct' }) id: string,
    @Arg('input', { description: 'The fields to change' }) input: UpdateWorkshopInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Workshop> {
    const { operatorInChargeId, ...rest } = stripUndefined(input);
    return updateWorkshop(ctx.dataSource, id, {
      ...rest,
      ...(operatorInChargeId !== undefined
        ? { operatorInChargeId: parseId(operatorInChargeId, 'Operator', 'input.operatorInChargeId') }
        : {}),
    });
  }

  @Mutation(() => WorkshopSession, { description: 'Adds a session to a workshop’s schedule' })
  addWorkshopSession(
    @GlobalIdArg('workshopId', 'Workshop', { description: 'The workshop' }) workshopId: string,
    @Arg('input', { description: 'The new session' }) input: WorkshopSessionInput,
    @Ctx() ctx: PonteContext,
  ): Promise<WorkshopSession> {
    return addWorkshopSession(ctx.dataSource, workshopId, {
      heldOn: input.heldOn,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
    });
  }

  @Mutation(() => WorkshopEnrolment, {
    description:
      'Enrols a person: refused when the workshop is full or over, the case is not available, or the person lives ' +
      'in another ambito (extensions.reason says which)',
  })
  enrolInWorkshop(
    @GlobalIdArg('workshopId', 'Workshop', { description: 'The workshop' }) workshopId: string,
    @GlobalIdArg('beneficiaryId', 'Beneficiary', { description: 'The person to enrol' }) beneficiaryId: string,
    @Ctx() ctx: PonteContext,
  ): Promise<WorkshopEnrolment> {
    return enrolInWorkshop(ctx.dataSource, workshopId, beneficiaryId, todayInItaly());
  }

  @FieldResolver(() => Municipality, { description: 'Where it is held' })
  async municipality(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<Municipality> {
    return (await ctx.loaders.byId(Municipality).load(workshop.municipalityId))!;
  }

  @FieldResolver(() => Operator, { description: 'The operator in charge' })
  async operatorInCharge(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(workshop.operatorInChargeId))!;
  }

  @FieldResolver(() => [Skill], { description: 'The catalogue skills it exercises' })
  async skills(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<Skill[]> {
    const skillIds = await ctx.loaders
      .named<string, string[]>('workshop skills', async (workshopIds) => {
        const where = keyCondition('workshop_id', workshopIds, 'uuid');
        const rows: Array<{ workshopId: string; skillIds: string[] }> = await ctx.dataSource.query(
          `SELECT workshop_id AS "workshopId", array_agg(skill_id ORDER BY skill_id) AS "skillIds"
           FROM workshop_skill WHERE ${where.text} GROUP BY workshop_id`,
          where.params,
        );
        const byWorkshop = new Map(rows.map((r) => [r.workshopId, r.skillIds]));
        return workshopIds.map((id) => byWorkshop.get(id) ?? []);
      })
      .load(workshop.id);
    const skills = await ctx.loaders.byId(Skill).loadMany(skillIds);
    return skills.filter((s): s is Skill => s !== null && !(s instanceof Error));
  }

  @FieldResolver(() => [WorkshopSession], { description: 'The schedule, in order' })
  sessions(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<WorkshopSession[]> {
    return ctx.loaders
      .manyBy(WorkshopSession, 'workshopId', { heldOn: 'ASC', startsAt: 'ASC', id: 'ASC' })
      .load(workshop.id);
  }

  @FieldResolver(() => [WorkshopEnrolment], { description: 'The people enrolled, in order of enrolment' })
  enrolments(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<WorkshopEnrolment[]> {
    return ctx.loaders.manyBy(WorkshopEnrolment, 'workshopId', { createdAt: 'ASC', id: 'ASC' }).load(workshop.id);
  }

  @FieldResolver(() => Int, { description: 'How many people are enrolled' })
  async enrolledCount(@Root() workshop: Workshop, @Ctx() ctx: PonteContext): Promise<number> {
    return (await this.enrolments(workshop, ctx)).length;
  }
}
