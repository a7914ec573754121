import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { PonteContext } from '../../auth/context';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { allows, MATCH_DISCLOSURE } from '../../access-control/policy';
import { Opening } from '../../openings/opening.entity';
import { OperatorRole } from '../../operators/operator.entity';
import { Skill } from '../../skills/skill.entity';
import { checkServiceAmbito } from '../../territory/service-ambiti';
import { ChangeOutcome, openingWhatIf } from '../opening-what-if.service';
import { personWhatIf } from '../person-what-if.service';
import { Change, HEALTH_FIELD_OF } from '../rules/changes';
import {
  CandidateEntrant,
  MediationChange,
  OpeningEntrant,
  OpeningWhatIf,
  OpeningWhatIfOption,
  PersonWhatIf,
  PersonWhatIfOption,
} from './what-if.types';

export function toMediationChange(c: Change): MediationChange {
  const p = c.params;
  return {
    code: c.code,
    kind: c.kind,
    skillId: p.skillId,
    weeklyHours: p.weeklyHours,
    level: p.level,
    shift: p.shift,
    physicalDemand: p.demand,
    accessibilityFeature: p.feature,
    transportMode: p.transportMode,
    extraKm: p.extraKm,
    extraMinutes: p.extraMinutes,
    contractType: p.contractType,
  };
}

const counts = (o: ChangeOutcome) => ({ total: o.gained, inAmbito: o.gainedInAmbito, law68: o.gainedLaw68 });

/** Operators count and see their own ambito; the others the ambito asked for (or their own), and see everyone. */
function scopeOf(context: PonteContext, ambito: number | null | undefined) {
  const viewer = context.viewer!;
  if (ambito != null) checkServiceAmbito(ambito, 'ambito');
  if (viewer.role === OperatorRole.OPERATOR)
    return { ambito: viewer.ambitoNumber, visibleAmbito: viewer.ambitoNumber ?? -1 };
  return { ambito: ambito ?? viewer.ambitoNumber, visibleAmbito: null };
}

@Resolver()
export class WhatIfResolver {
  @Query(() => OpeningWhatIf, {
    description:
      'For each requirement the employer could relax or arrangement it could make, how many more people would be eligible and who would enter the top 10',
  })
  async openingWhatIf(
    @GlobalIdArg('openingId', 'Opening', { description: 'The opening to work on' }) openingId: string,
    @Ctx() ctx: PonteContext,
    @Arg('ambito', () => Int, {
      nullable: true,
      description: 'The ambito counted apart (operators: always their own)',
    })
    ambito?: number | null,
  ): Promise<OpeningWhatIf> {
    const caseWorker = allows(MATCH_DISCLOSURE.caseWorkers, ctx.viewer?.role ?? null);
    const result = await openingWhatIf(ctx.dataSource.manager, openingId, scopeOf(ctx, ambito));
    const option = (o: ChangeOutcome, single: boolean): OpeningWhatIfOption => {
      const healthField = o.changes.map((c) => HEALTH_FIELD_OF[c.code]).find(Boolean);
      // Who a dropped demand or an offered feature brings in tells what they cannot do or need.
      if (healthField && !caseWorker)
        return { changes: o.changes.map(toMediationChange), gained: counts(o), lost: o.lost, entrants: null };
      if (healthField && single)
        for (const e of o.entrants)
          ctx.readAudit.record('WorkConstraints', e.id, { beneficiaryId: e.id }, 'openingWhatIf', healthField);
      return {
        changes: o.changes.map(toMediationChange),
        gained: counts(o),
        lost: o.lost,
        entrants: o.entrants.map((e) => ({ beneficiaryId: e.id, score: e.score, rank: e.rank })),
      };
    };
    return {
      eligibleNow: result.eligibleNow,
      options: result.changes.map((o) => option(o, true)),
      bestPair: result.bestPair && option(result.bestPair, false),
    };
  }

  @Query(() => PersonWhatIf, {
    description:
      'For each change that could be worked on with the person (training, licence, travel, their own choices, arrangements), how many more openings would be eligible and which would enter their top 10',
  })
  async beneficiaryWhatIf(
    @GlobalIdArg('beneficiaryId', 'Beneficiary', { description: 'The person to work with' }) beneficiaryId: string,
    @Ctx() ctx: PonteContext,
    @Arg('ambito', () => Int, {
      nullable: true,
      description: 'The ambito whose openings are counted apart (default: the viewer’s)',
    })
    ambito?: number | null,
  ): Promise<PersonWhatIf> {
    if (ambito != null) checkServiceAmbito(ambito, 'ambito');
    // The person's accessibility needs are health data: only case workers see changes that name one, and it is a read.
    const withNeeds = allows(MATCH_DISCLOSURE.caseWorkers, ctx.viewer?.role ?? null);
    const result = await personWhatIf(ctx.dataSource.manager, beneficiaryId, {
      ambito: ambito ?? ctx.viewer?.ambitoNumber ?? null,
      withNeeds,
    });
    if (result.changes.some((o) => o.changes.some((c) => HEALTH_FIELD_OF[c.code] === 'accessibilityNeeds' && c.kind)))
      ctx.readAudit.record(
        'WorkConstraints',
        beneficiaryId,
        { beneficiaryId },
        'beneficiaryWhatIf',
        'accessibilityNeeds',
      );
    const option = (o: ChangeOutcome): PersonWhatIfOption => ({
      changes: o.changes.map(toMediationChange),
      gained: counts(o),
      lost: o.lost,
      entrants: o.entrants.map((e) => ({ openingId: e.id, score: e.score, rank: e.rank })),
    });
    return {
      eligibleNow: result.eligibleNow,
      options: result.changes.map(option),
      bestPair: result.bestPair && option(result.bestPair),
    };
  }
}

@Resolver(() => MediationChange)
export class MediationChangeResolver {
  @FieldResolver(() => Skill, {
    nullable: true,
    description: 'SKILL_NOT_INDISPENSABLE / LOWER_LEVEL / TRAIN_SKILL: the skill',
  })
  async skill(@Root() c: MediationChange, @Ctx() ctx: PonteContext): Promise<Skill | null> {
    return c.skillId ? ctx.loaders.byId(Skill).load(c.skillId) : null;
  }
}

@Resolver(() => CandidateEntrant)
export class CandidateEntrantResolver {
  @FieldResolver(() => Beneficiary, { description: 'The person' })
  async beneficiary(@Root() e: CandidateEntrant, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(e.beneficiaryId))!;
  }
}

@Resolver(() => OpeningEntrant)
export class OpeningEntrantResolver {
  @FieldResolver(() => Opening, { description: 'The opening' })
  async opening(@Root() e: OpeningEntrant, @Ctx() ctx: PonteContext): Promise<Opening> {
    return (await ctx.loaders.byId(Opening).load(e.openingId))!;
  }
}
