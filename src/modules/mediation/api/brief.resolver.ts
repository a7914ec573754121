import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GlobalIdArg } from '../../../graphql/global-id-arg';
import { DEFAULT_LOCALE } from '../../../i18n/locale';
import { PonteContext } from '../../auth/context';
import { allows, MATCH_DISCLOSURE } from '../../access-control/policy';
import { Beneficiary } from '../../beneficiaries/beneficiary.entity';
import { Opening } from '../../openings/opening.entity';
import { QuotaResult } from '../../quotas/rules/quota-computation';
import { mediationBrief } from '../brief.service';
import { briefBlocks, talkingPointText, toMarkdown, toPdf } from '../brief-text';
import { BriefQuotaPosition, MediationBrief } from './brief.types';
import { toMediationChange } from './what-if.resolver';

function position(q: QuotaResult, category: 'DISABLED' | 'PROTECTED'): BriefQuotaPosition {
  const o = category === 'DISABLED' ? q.disabled : q.protectedCategories;
  return {
    status: q.status,
    due: o.due,
    covered: o.covered,
    shortfall: o.shortfall,
    exemptedUnits: o.exemptedUnits,
    conventionUnits: o.conventionUnits,
    exposurePerDayCents: q.exposurePerDayCents,
    exemptionContributionPerDayCents: q.disabled.exemptedUnits * q.dailyContributionCents,
  };
}

@Resolver(() => MediationBrief)
export class MediationBriefResolver {
  @Query(() => MediationBrief, {
    description:
      'What the operator needs in the meeting with the employer about one person and one opening: fit, changes, Law 68/99 effect, incentives, talking points; as data, Markdown and PDF',
  })
  async mediationBrief(
    @GlobalIdArg('beneficiaryId', 'Beneficiary', { description: 'The person' }) beneficiaryId: string,
    @GlobalIdArg('openingId', 'Opening', { description: 'The opening' }) openingId: string,
    @Ctx() ctx: PonteContext,
  ): Promise<MediationBrief> {
    const caseWorker = allows(MATCH_DISCLOSURE.caseWorkers, ctx.viewer?.role ?? null);
    const b = await mediationBrief(
      ctx.dataSource.manager,
      beneficiaryId,
      openingId,
      { caseWorker },
      ctx.config.mediation,
    );
    // Reading a brief is reading the fields it was built from.
    for (const read of b.healthFieldsRead)
      ctx.readAudit.record(read.recordType, beneficiaryId, { beneficiaryId }, 'mediationBrief', read.field);
    const skillIds = [...new Set(b.changes.map((c) => c.params.skillId).filter((id): id is string => !!id))];
    const skills: Array<{ id: string; label: string }> = skillIds.length
      ? await ctx.dataSource.query(`SELECT id, label_it AS label FROM skill WHERE id = ANY($1::uuid[])`, [skillIds])
      : [];
    const blocks = briefBlocks(DEFAULT_LOCALE, b, new Map(skills.map((s) => [s.id, s.label])));
    const category = b.quota?.category;
    return {
      beneficiaryId,
      openingId,
      blocks,
      eligible: b.fit !== null,
      fit: b.fit && { ...b.fit, rank: 1 },
      failedConstraintCount: b.failedCount,
      failedConstraints: caseWorker ? b.failedConstraints : null,
      changes: b.changes.map(toMediationChange),
      quota: b.quota && {
        category: category!,
        before: position(b.quota.before, category!),
        after: position(b.quota.after, category!),
        shortfallClosed: position(b.quota.before, category!).shortfall - position(b.quota.after, category!).shortfall,
        exposurePerDayAvoidedCents: b.quota.before.exposurePerDayCents - b.quota.after.exposurePerDayCents,
        contributionPerDaySavedCents:
          (b.quota.before.disabled.exemptedUnits - b.quota.after.disabled.exemptedUnits) *
          b.quota.before.dailyContributionCents,
        conventionSteps: b.quota.conventionSteps,
      },
      weeklyHours: b.facts.weeklyHours,
      contractType: b.facts.contractType,
      grossMonthlyWageCents: b.wageCents,
      incentives: b.incentives.map((i) => ({
        code: i.rule.code,
        validFrom: i.rule.validFrom,
        validTo: i.rule.validTo,
        applies: i.applies,
        percentOfGrossWage: i.rule.percentOfGrossWage,
        months: i.monthsCounted,
        estimateCents: i.estimateCents,
        maxCents: i.rule.maxCents,
        confirmed: i.rule.confirmed,
        sources: i.rule.sources,
      })),
      talkingPoints: b.talkingPoints.map((p) => ({
        code: p.code,
        params: Object.entries(p.params).map(([name, value]) => ({ name, value: String(value) })),
        text: talkingPointText(DEFAULT_LOCALE, p),
      })),
      markdown: toMarkdown(blocks),
    };
  }

  @FieldResolver(() => String, {
    description:
      'The brief as a PDF (A4), base64-encoded; built only when asked, from the same text as the Markdown and under the same checks',
  })
  async pdfBase64(@Root() brief: MediationBrief): Promise<string> {
    return (await toPdf(brief.blocks)).toString('base64');
  }

  @FieldResolver(() => Beneficiary, { description: 'The person' })
  async beneficiary(@Root() brief: MediationBrief, @Ctx() ctx: PonteContext): Promise<Beneficiary> {
    return (await ctx.loaders.byId(Beneficiary).load(brief.beneficiaryId))!;
  }

  @FieldResolver(() => Opening, { description: 'The opening' })
  async opening(@Root() brief: MediationBrief, @Ctx() ctx: PonteContext): Promise<Opening> {
    return (await ctx.loaders.byId(Opening).load(brief.openingId))!;
  }
}
