import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { todayInItaly } from '../../../config/calendar';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { PonteContext } from '../../auth/context';
import { stripUndefined } from '../../../graphql/inputs';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { Referral } from '../../referrals/referral.entity';
import { ReferralAssignment } from '../../referrals/referral-assignment.entity';
import { MonitoringVisit } from '../monitoring-visit.entity';
import { Placement } from '../placement.entity';
import { WorklistSettingsInput } from './placements.types';
import { operatorWorklist, updateWorklistSettings, worklistSettings } from '../worklist.service';
import { WorklistItem } from './worklist.types';
import { WorklistSettings } from '../worklist-settings.entity';
import { WorkshopSession } from '../../workshops/workshop-session.entity';

@Resolver(() => WorklistItem)
export class WorklistResolver {
  @Query(() => [WorklistItem], {
    description:
      'What the signed-in operator has to do, most urgent first: visits due, internships ending, ' +
      'referrals waiting for intake, cases with no contact, workshop sessions whose attendance is to record',
  })
  myWorklist(
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The day to compute it for; default today' })
    asOf: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<WorklistItem[]> {
    return operatorWorklist(ctx.dataSource.manager, ctx.viewer!.operatorId, asOf ?? todayInItaly());
  }

  @Query(() => [WorklistItem], {
    description: 'Any operator’s worklist, as they see it (coordinator: cover during an absence, before a hand-over)',
  })
  worklist(
    @GlobalIdArg('operatorId', 'Operator') operatorId: string,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: 'The day to compute it for; default today' })
    asOf: string | null,
    @Ctx() ctx: PonteContext,
  ): Promise<WorklistItem[]> {
    return operatorWorklist(ctx.dataSource.manager, operatorId, asOf ?? todayInItaly());
  }

  @Query(() => WorklistSettings, { description: 'The worklist thresholds, in days' })
  worklistSettings(@Ctx() ctx: PonteContext): Promise<WorklistSettings> {
    return worklistSettings(ctx.dataSource.manager);
  }

  @Mutation(() => WorklistSettings, { description: 'Changes the worklist thresholds; absent fields are kept' })
  updateWorklistSettings(
    @Arg('input') input: WorklistSettingsInput,
    @Ctx() ctx: PonteContext,
  ): Promise<WorklistSettings> {
    return updateWorklistSettings(ctx.dataSource.manager, stripUndefined(input));
  }

  @FieldResolver(() => Beneficiary, { nullable: true, description: 'Null for a referral waiting for assignment' })
  beneficiary(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Beneficiary | null> | null {
    return item.beneficiaryId ? ctx.loaders.byId(Beneficiary).load(item.beneficiaryId) : null;
  }

  @FieldResolver(() => ReferralAssignment, { nullable: true, description: 'The referral to assign (coordinators)' })
  referralAssignment(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<ReferralAssignment | null> | null {
    return item.referralAssignmentId ? ctx.loaders.byId(ReferralAssignment).load(item.referralAssignmentId) : null;
  }

  @FieldResolver(() => Placement, { nullable: true })
  placement(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Placement | null> | null {
    return item.placementId ? ctx.loaders.byId(Placement).load(item.placementId) : null;
  }

  @FieldResolver(() => MonitoringVisit, { nullable: true, description: 'The planned visit, when there is one' })
  visit(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<MonitoringVisit | null> | null {
    return item.visitId ? ctx.loaders.byId(MonitoringVisit).load(item.visitId) : null;
  }

  @FieldResolver(() => WorkshopSession, {
    nullable: true,
    description: 'The workshop session whose attendance is to record (WORKSHOP_SESSION_TO_RECORD)',
  })
  workshopSession(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<WorkshopSession | null> | null {
    return item.workshopSessionId ? ctx.loaders.byId(WorkshopSession).load(item.workshopSessionId) : null;
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Root() item: WorklistItem, @Ctx() ctx: PonteContext): Promise<Referral | null> | null {
    return item.referralId ? ctx.loaders.byId(Referral).load(item.referralId) : null;
  }
}
