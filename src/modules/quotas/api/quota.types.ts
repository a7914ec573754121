import { Field, Float, Int, MiddlewareFn, ObjectType, UseMiddleware } from 'type-graphql';
import { Message, render } from '../../../i18n/message';
import { currentLocale } from '../../../i18n/request-locale';
import { MessageKeyField, MessageParam, MessageParamsField, RenderedMessage } from '../../../graphql/message-fields';
import { Line, lineValueMessage, LineValue } from '../rules/quota-line';
import { LocalDateResolver } from 'graphql-scalars';
import { CategoryOutcome } from '../rules/quota-evaluation';
import { QuotaResult, QuotaStatus } from '../rules/quota-computation';
import {
  ConventionKindEnum,
  QuotaCategoryEnum,
  QuotaStatusEnum,
  RoundingPointEnum,
  RuleFigureEnum,
  SizeBandEnum,
} from './quota.enums';
import {
  ConventionKind,
  dailySanctionCents,
  ExclusionRule,
  groupLabel,
  QuotaCategory,
  QuotaRuleVersion,
  RoundingPoint,
  RuleFigure,
  SizeBand,
} from '../rules/quota-rules';

/** A step's result written the reader's way ("€ 156,84", "1,50"). */
const renderedValue: MiddlewareFn = ({ root }) => {
  const message = lineValueMessage((root as Line).value);
  return Promise.resolve(message ? render(message) : '');
};

@ObjectType({ description: 'One step of a quota computation, to show a company how the number was reached' })
export class QuotaLine {
  @Field({ description: 'Stable code of the rule applied, e.g. BASE_EXCLUDED_MANAGERS, DISABLED_DUE' })
  code: string;

  @Field({ description: 'The legal source of the rule' })
  reference: string;

  @RenderedMessage('What the step does, in the request’s language')
  description?: string;

  @MessageKeyField()
  messageKey?: string;

  @MessageParamsField()
  params?: MessageParam[];

  @Field(() => String, {
    description:
      'The result of this step as display text in the request’s language (a count, an amount, a date or a code); empty when the step has none. Money for computing is in the `Cents` fields',
  })
  @UseMiddleware(renderedValue)
  value: LineValue;

  /** What `description`, `messageKey` and `params` are rendered from. */
  message: Message;
}

@ObjectType()
export class QuotaCategoryOutcome {
  @Field(() => Int)
  due: number;

  @Field(() => Float, {
    description: 'Workers who count toward this quota; part-timers by their hours, so it can end in .5',
  })
  covered: number;

  @Field(() => Int, { description: 'Units conventions cover (disabled quota only)' })
  conventionUnits: number;

  @Field(() => Int, { description: 'Units the partial exemption covers (disabled quota only)' })
  exemptedUnits: number;

  @Field(() => Int, { description: 'Units still to hire; 0 while obligations are suspended' })
  shortfall: number;
}

@ObjectType('UncoveredUnit', { description: 'A unit of quota neither covered nor exempted' })
export class UncoveredUnitType {
  @Field(() => QuotaCategoryEnum)
  category: QuotaCategory;

  @Field(() => Int, { description: '1 for the first missing worker of the category, 2 for the second, …' })
  unit: number;

  @Field(() => LocalDateResolver, { description: 'Since when this unit has been missing without interruption' })
  uncoveredSince: string;

  @Field(() => LocalDateResolver, { description: 'First day sanctioned, after the grace period' })
  sanctionableFrom: string;
}

@ObjectType('SiteQuota', { description: 'A site’s share of the disabled units due, for compensation among sites' })
export class SiteQuotaType {
  siteId: string;

  @Field(() => Float)
  computableEmployees: number;

  @Field(() => Int)
  due: number;

  @Field(() => Int)
  coveringWorkers: number;

  @Field(() => Int, {
    description: 'Covering workers less units due: a surplus (positive) can compensate another site',
  })
  balance: number;

  @Field(() => Int, {
    description: 'Art. 18 units due at the site (the protected quota is national and compensated among sites too)',
  })
  protectedDue: number;

  @Field(() => Int)
  protectedCoveringWorkers: number;

  @Field(() => Int, { description: 'Protected-category workers less their units due' })
  protectedBalance: number;
}

@ObjectType('QuotaBand', { description: 'A range of computable base and the units it owes' })
export class QuotaBandType {
  @Field(() => SizeBandEnum, { nullable: true })
  sizeBand: SizeBand | null;

  @Field(() => Int, { description: 'Smallest computable base of the band' })
  from: number;

  @Field(() => Int, { nullable: true, description: 'Largest computable base; null for no upper limit' })
  to: number | null;

  @Field(() => Int, { nullable: true, description: 'Fixed units due' })
  units: number | null;

  @Field(() => Float, { nullable: true, description: 'Or a percentage of the computable base' })
  percent: number | null;
}

@ObjectType()
export class ConventionCap {
  @Field(() => ConventionKindEnum)
  kind: ConventionKind;

  @Field(() => Float, {
    nullable: true,
    description: 'Largest share of the disabled units due conventions of this kind may cover',
  })
  percent: number | null;

  @Field(() => Int, { nullable: true, description: 'Below this computable base, at most unitsBelowBase units instead' })
  belowBase: number | null;

  @Field(() => Int, { nullable: true })
  unitsBelowBase: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest a convention may last, extensions included' })
  maxMonths: number | null;
}

@ObjectType({ description: 'A group left out of the computable base' })
export class QuotaExclusionRule {
  @Field({
    description: 'A HeadcountGroup value, or a group recorded beside the headcount (recordHeadcountExclusions)',
  })
  group: string;

  @Field(() => String)
  @UseMiddleware(({ root }) => Promise.resolve(groupLabel(root as ExclusionRule)[currentLocale()]))
  label: string;

  @Field()
  reference: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only for employers in these ATECO divisions (first two digits); null for all',
  })
  atecoDivisions: string[] | null;
}

@ObjectType({ description: 'A sector whose employers may be exempted for a larger share of the quota' })
export class QuotaSectorExemptionCap {
  @Field()
  label: string;

  @Field(() => [String])
  atecoDivisions: string[];

  @Field(() => Float)
  maxPercentage: number;
}

@ObjectType({ description: 'How part-time covering workers count' })
export class QuotaPartTimeCoverRule {
  @Field(() => Float, {
    description: 'Up to this percentage of the full-time hours a part-timer counts half a unit; above it, one',
  })
  halfUnitUpToHoursPercent: number;

  @Field(() => Float, {
    description: 'At an employer of 15–35, a part-timer whose disability is above this counts one whatever the hours',
  })
  smallBandWholeUnitAboveReduction: number;
}

@ObjectType({ description: 'Where one figure of a rule version comes from' })
export class QuotaRuleSource {
  @Field(() => RuleFigureEnum)
  figure: RuleFigure;

  @Field({ description: 'The decree or article and what it says' })
  citation: string;

  @Field(() => String, { nullable: true, description: 'The published text the figure was read in' })
  url: string | null;

  @Field({ description: 'True when the figure was read in a text citing its decree (at url); false: to be confirmed' })
  confirmed: boolean;
}

@ObjectType('QuotaRuleVersion', { description: 'Law 68/99 figures in force for a period, with their source' })
export class QuotaRuleVersionType {
  @Field()
  code: string;

  @Field(() => LocalDateResolver)
  validFrom: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day in force; null while current' })
  validTo: string | null;

  @Field({ description: 'The articles the version applies' })
  source: string;

  @Field(() => [QuotaRuleSource], { description: 'Each figure’s source and whether it is confirmed' })
  sources: QuotaRuleSource[];

  @Field({ description: 'True only when every figure is confirmed; false while any is still to be confirmed' })
  confirmed: boolean;

  @Field(() => [QuotaBandType])
  disabledBands: QuotaBandType[];

  @Field(() => [QuotaBandType])
  protectedBands: QuotaBandType[];

  @Field(() => [String], {
    description:
      'Codes of the groups left out of the computable base (HeadcountGroup values and groups recorded beside the headcount)',
  })
  excludedGroups: string[];

  @Field(() => [QuotaExclusionRule], {
    description: 'The groups left out of the computable base, with their source and sector limit',
  })
  exclusions: ExclusionRule[];

  @Field(() => Float, { description: 'A fraction above this counts as a whole unit where rounding applies' })
  roundingThreshold: number;

  @Field(() => [RoundingPointEnum])
  roundingPoints: RoundingPoint[];

  @Field(() => Int)
  disabledInServiceMinReduction: number;

  @Field(() => Int, { description: 'Days to hire once a unit is missing, before sanctions run' })
  graceDays: number;

  @Field(() => Int, {
    description: 'Contribution per exempted unit per working day, in euro cents (art. 5 c.3; 100 is € 1)',
  })
  dailyExemptionContributionCents: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The art. 15 c.4 sanction as a multiple of the contribution (from 8 October 2016); null when it was a fixed amount',
  })
  sanctionMultiplier: number | null;

  @Field(() => Int, {
    description:
      'Sanction per uncovered disabled-worker unit per working day after the grace period, in euro cents (art. 15 c.4)',
  })
  sanctionPerDayCents: number;

  @Field(() => Int, { description: 'Sanction for a prospetto informativo sent late, in euro cents (art. 15 c.1)' })
  prospettoLateSanctionCents: number;

  @Field(() => Int, { description: 'Added for each further day of delay of the prospetto, in euro cents' })
  prospettoLateSanctionPerDayCents: number;

  @Field(() => Float)
  maxExemptionPercentage: number;

  @Field(() => [QuotaSectorExemptionCap], {
    description: 'Higher exemption ceilings for some sectors, by ATECO division',
  })
  exemptionCaps: QuotaSectorExemptionCap[];

  @Field(() => QuotaPartTimeCoverRule)
  partTimeCover: QuotaPartTimeCoverRule;

  @Field(() => Int, {
    nullable: true,
    description:
      'Gradual regime (until 2017): employers of 15–35 obliged only on a new hire, with this many months to hire; null afterwards',
  })
  smallBandNewHireGraceMonths: number | null;

  @Field(() => [ConventionCap])
  conventionCaps: ConventionCap[];
}

@ObjectType({ description: 'An employer’s Law 68/99 position on a date, with the rule applied at each step' })
export class QuotaBreakdown {
  @Field(() => LocalDateResolver)
  asOf: string;

  @Field(() => QuotaStatusEnum)
  status: QuotaStatus;

  @Field(() => QuotaRuleVersionType, { nullable: true })
  ruleVersion: QuotaRuleVersionType | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of the headcount used' })
  headcountDate: string | null;

  @Field(() => Int, { nullable: true })
  computableBase: number | null;

  @Field(() => SizeBandEnum, { nullable: true })
  sizeBand: SizeBand | null;

  @Field(() => QuotaCategoryOutcome, { description: 'Disabled workers (art. 1, art. 3 quota)' })
  disabled: CategoryOutcome;

  @Field(() => QuotaCategoryOutcome, { description: 'Protected categories (art. 18)' })
  protectedCategories: CategoryOutcome;

  @Field(() => Int, { description: 'Units missing in both categories' })
  shortfall: number;

  @Field(() => [UncoveredUnitType])
  uncoveredUnits: UncoveredUnitType[];

  @Field(() => Int, { description: 'Owed for the exempted units per working day, in euro cents' })
  dailyExemptionContributionCents: number;

  @Field(() => Int, {
    description:
      'Sanction per working day for the units past their grace period, in euro cents; an upper bound (the diffida can reduce it)',
  })
  sanctionExposurePerDayCents: number;

  @Field(() => [SiteQuotaType], { description: 'Empty unless a per-site breakdown of the headcount was recorded' })
  sites: SiteQuotaType[];

  @Field(() => Int)
  compensatedUnits: number;

  @Field(() => Int, { description: 'Art. 18 units compensated among sites' })
  protectedCompensatedUnits: number;

  @Field(() => Int, { description: 'Disabled units other companies of the employer’s group cover with their surplus' })
  groupCompensatedUnits: number;

  @Field(() => [QuotaLine])
  lines: QuotaLine[];
}

export function toRuleVersionType(rules: QuotaRuleVersion): QuotaRuleVersionType {
  const {
    id: _id,
    roundingThresholdHundredths,
    dailyContributionCents,
    fixedDailySanctionCents: _fixed,
    prospettoLateCents,
    prospettoLatePerDayCents,
    conventionCaps,
    disabledBands,
    protectedBands,
    ...figures
  } = rules;
  return {
    ...figures,
    disabledBands,
    protectedBands: protectedBands.map((band) => ({ ...band, sizeBand: null })),
    roundingThreshold: roundingThresholdHundredths / 100,
    dailyExemptionContributionCents: dailyContributionCents,
    sanctionPerDayCents: dailySanctionCents(rules),
    excludedGroups: rules.exclusions.map((e) => e.group),
    smallBandNewHireGraceMonths: rules.gradualRegime?.smallBandGraceMonths ?? null,
    prospettoLateSanctionCents: prospettoLateCents,
    prospettoLateSanctionPerDayCents: prospettoLatePerDayCents,
    conventionCaps: Object.entries(conventionCaps).map(([kind, cap]) => ({ kind: kind as ConventionKind, ...cap! })),
  };
}

export function toBreakdown(result: QuotaResult): QuotaBreakdown {
  return {
    asOf: result.asOf,
    status: result.status,
    ruleVersion: result.ruleVersion && toRuleVersionType(result.ruleVersion),
    headcountDate: result.headcount?.referenceDate ?? null,
    computableBase: result.base,
    sizeBand: result.sizeBand,
    disabled: result.disabled,
    protectedCategories: result.protectedCategories,
    shortfall: result.disabled.shortfall + result.protectedCategories.shortfall,
    uncoveredUnits: result.uncoveredUnits,
    dailyExemptionContributionCents: result.dailyContributionCents,
    sanctionExposurePerDayCents: result.exposurePerDayCents,
    sites: result.sites.map((site) => ({ ...site, computableEmployees: site.computableHundredths / 100 })),
    compensatedUnits: result.compensatedUnits,
    protectedCompensatedUnits: result.protectedCompensatedUnits,
    groupCompensatedUnits: result.groupCompensatedUnits,
    lines: result.lines,
  };
}
