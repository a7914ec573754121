import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { todayInItaly } from '../../../config/calendar';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { parseId } from '../../../graphql/ids';
import { PonteContext } from '../../auth/context';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { Skill } from '../../skills/skill.entity';
import { recordWorkshopAttendance, recordWorkshopObservations } from '../participation.service';
import { WorkshopAttendance } from '../workshop-attendance.entity';
import { WorkshopEnrolment } from '../workshop-enrolment.entity';
import { WorkshopObservation } from '../workshop-observation.entity';
import { WorkshopSession } from '../workshop-session.entity';
import { Workshop } from '../workshop.entity';
import { AttendanceLineInput, SkillObservationInput } from './workshops.inputs';

@Resolver(() => WorkshopSession)
export class WorkshopSessionResolver {
  @Mutation(() => WorkshopSession, {
    description: 'Records (or corrects) a held session’s attendance: every person enrolled by that day, once',
  })
  recordWorkshopAttendance(
    @GlobalIdArg('sessionId', 'WorkshopSession', { description: 'The session held' }) sessionId: string,
    @Arg('attendance', () => [AttendanceLineInput], { description: 'The attendance sheet' })
    attendance: AttendanceLineInput[],
    @Ctx() ctx: PonteContext,
  ): Promise<WorkshopSession> {
    const sheet = attendance.map((line, i) => ({
      beneficiaryId: parseId(line.beneficiaryId, 'Beneficiary', `attendance.${i}.beneficiaryId`),
      status: line.status,
    }));
    return recordWorkshopAttendance(ctx.dataSource, sessionId, sheet, ctx.actingOperatorId, todayInItaly());
  }

  @FieldResolver(() => Workshop, { description: 'The workshop' })
  async workshop(@Root() session: WorkshopSession, @Ctx() ctx: PonteContext): Promise<Workshop> {
    return (await ctx.loaders.byId(Workshop).load(session.workshopId))!;
  }

  @FieldResolver(() => [WorkshopAttendance], { description: 'The attendance recorded; empty until it is' })
  attendance(@Root() session: WorkshopSession, @Ctx() ctx: PonteContext): Promise<WorkshopAttendance[]> {
    return ctx.loaders.manyBy(WorkshopAttendance, 'sessionId', { id: 'ASC' }).load(session.id);
  }
}

@Resolver(() => WorkshopEnrolment)
export class WorkshopEnrolmentResolver {
  @Mutation(() => WorkshopEnrolment, {
    description:
      'Records the operator’s observation of a participant at the workshop’s end; each skill becomes skill evidence ' +
      'proven in a workshop, which matching uses',
  })
  recordWorkshopObservations(
    @GlobalIdArg('workshopId', 'Workshop', { description: 'The workshop, after its last session' }) workshopId: string,
    @GlobalIdArg('beneficiaryId', 'Beneficiary', { description: 'The participant' }) beneficiaryId: string,
    @Arg('observations', () => [SkillObservationInput], { description: 'One per skill observed' })
    observations: SkillObservationInput[],
    @Ctx() ctx: PonteContext,
  ): Promise<WorkshopEnrolment> {
    const lines = observations.map((o, i) => ({
      skillId: parseId(o.skillId, 'Skill', `observations.${i}.skillId`),
      level: o.level,
      note: o.note,
    }));
    return recordWorkshopObservations(
      ctx.dataSource,
      workshopId,
      beneficiaryId,
      lines,
      ctx.actingOperatorId,
      todayInItaly(),
    );
  }

  @FieldResolver(() => Workshop, { description: 'The workshop' })
  async workshop(@Root() enrolment: WorkshopEnrolment, @Ctx() ctx: PonteContext): Promise<Workshop> {
    return (await ctx.loaders.byId(Workshop).load(enrolment.workshopId))!;
  }

  @FieldResolver(() => Beneficiary, { description: 'The person enrolled' })
  async beneficiary(@Root() enrolment: WorkshopEnrolment, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(enrolment.beneficiaryId))!;
  }

  @FieldResolver(() => [WorkshopAttendance], { description: 'The person’s attendance, session by session' })
  attendance(@Root() enrolment: WorkshopEnrolment, @Ctx() ctx: PonteContext): Promise<WorkshopAttendance[]> {
    return ctx.loaders.manyBy(WorkshopAttendance, 'enrolmentId', { id: 'ASC' }).load(enrolment.id);
  }

  @FieldResolver(() => [WorkshopObservation], { description: 'The observation of the person’s skills at the end' })
  observations(@Root() enrolment: WorkshopEnrolment, @Ctx() ctx: PonteContext): Promise<WorkshopObservation[]> {
    return ctx.loaders.manyBy(WorkshopObservation, 'enrolmentId', { skillId: 'ASC' }).load(enrolment.id);
  }
}

@Resolver(() => WorkshopAttendance)
export class WorkshopAttendanceResolver {
  @FieldResolver(() => WorkshopSession, { description: 'The session' })
  async session(@Root() line: WorkshopAttendance, @Ctx() ctx: PonteContext): Promise<WorkshopSession> {
    return (await ctx.loaders.byId(WorkshopSession).load(line.sessionId))!;
  }

  @FieldResolver(() => Beneficiary, { description: 'The participant' })
  async beneficiary(@Root() line: WorkshopAttendance, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(line.beneficiaryId))!;
  }
}

@Resolver(() => WorkshopObservation)
export class WorkshopObservationResolver {
  @FieldResolver(() => Skill, { description: 'The skill observed' })
  async skill(@Root() observation: WorkshopObservation, @Ctx() ctx: PonteContext): Promise<Skill> {
    return (await ctx.loaders.byId(Skill).load(observation.skillId))!;
  }
}

@Resolver(() => Beneficiary)
export class BeneficiaryWorkshopsResolver {
  @FieldResolver(() => [WorkshopEnrolment], {
    nullable: true,
    description: 'The workshops the person is or was enrolled in (case workers only)',
  })
  workshopEnrolments(@Root() person: Beneficiary, @Ctx() ctx: PonteContext): Promise<WorkshopEnrolment[]> {
    return ctx.loaders.manyBy(WorkshopEnrolment, 'beneficiaryId', { enrolledOn: 'ASC', id: 'ASC' }).load(person.id);
  }
}
