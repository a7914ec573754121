import { ConventionStep, nextConventionSteps } from './rules/convention-steps';
import { art11ConventionsInForce, quotaHiringStarts } from './reads/convention-steps';
import { EntityManager } from 'typeorm';
import { todayInItaly } from '../../config/calendar';
import { findEligiblePairs, findExcludedPairs } from '../matching/reads/candidate-search';
import { openingToRank } from '../matching/reads/opening-to-rank';
import { ScoredMatch, scoreEligiblePairs } from '../matching/pair-scoring';
import { HardConstraintCode } from '../matching/rules/factors';
import { quotaBeforeAndAfterHire } from '../quotas/quota.service';
import { QuotaResult } from '../quotas/rules/quota-computation';
import { Law68Category } from '../beneficiaries/beneficiary.enums';
import { Change, HEALTH_FIELD_OF } from './rules/changes';
import { estimateIncentives, IncentiveEstimate, monthlyWageCents } from './rules/incentive-rules';
import { talkingPoints, TalkingPoint } from './rules/talking-points';
import { openingChanges, pairsOf } from './rules/what-if';
import { variantOf } from './sql/variants';
import { countOpeningVariants, readOpeningFacts } from './reads/opening-what-if';
import { BriefFacts, readBriefFacts } from './reads/brief-facts';

/** What the viewer may read in a brief, decided by the caller from the access policy. */
export interface BriefReader {
  /** Case workers: health details (needs, limitations, the incentive band) and why a pair is excluded. */
  caseWorker: boolean;
}

export interface WageSettings {
  grossMonthlyWageFullTimeCents: number;
  fullTimeWeeklyHours: number;
}

export interface QuotaEffect {
  category: 'DISABLED' | 'PROTECTED';
  before: QuotaResult;
  after: QuotaResult;
  /** The next step of each art. 11 convention programme in force, before and with this hiring. */
  conventionSteps: ConventionStep[];
}

export interface MediationBriefData {
  beneficiaryId: string;
  openingId: string;
  facts: BriefFacts;
  /** The pair scored as the ranking scores it; null when it fails a hard constraint. */
  fit: ScoredMatch | null;
  /** The constraints the pair fails; only for case workers (others get the count). */
  failedConstraints: HardConstraintCode[];
  failedCount: number;
  /** Changes to the opening (§1 of the what-if) that would make this pair eligible. */
  changes: Change[];
  /** Whether the brief shows the person's accessibility needs (case workers, or a liaison once proposed). */
  showsNeeds: boolean;
  /** Null when the hiring would not count toward a Law 68/99 quota. */
  quota: QuotaEffect | null;
  wageCents: number;
  incentives: IncentiveEstimate[];
  talkingPoints: TalkingPoint[];
  /** The health-related fields the brief was built from, for the read audit. */
  healthFieldsRead: Array<{ recordType: 'Beneficiary' | 'WorkConstraints'; field: string }>;
}

/** The next step of each art. 11 programme of the employer, counting its hirings of the person's category. */
async function stepsFor(
  manager: EntityManager,
  employerId: string,
  category: Law68Category,
  today: string,
): Promise<ConventionStep[]> {
  const [conventions, starts] = await Promise.all([
    art11ConventionsInForce(manager, employerId, today),
    quotaHiringStarts(manager, employerId, category),
  ]);
  return nextConventionSteps(conventions, today, (from) => starts.filter((day) => day >= from).length);
}

const CATEGORY_OF: Record<Law68Category, 'DISABLED' | 'PROTECTED'> = {
  [Law68Category.DISABLED_ART1]: 'DISABLED',
  [Law68Category.PROTECTED_ART18]: 'PROTECTED',
};

const outcomeOf = (q: QuotaResult, category: 'DISABLED' | 'PROTECTED') =>
  category === 'DISABLED' ? q.disabled : q.protectedCategories;

/** The changes to the opening that would let this one person in: singles first, else the pairs that would. */
async function changesForPair(manager: EntityManager, beneficiaryId: string, openingId: string, reader: BriefReader) {
  const opening = await openingToRank(manager, openingId);
  const singles = openingChanges(await readOpeningFacts(manager, openingId)).filter(
    (c) => reader.caseWorker || !HEALTH_FIELD_OF[c.code],
  );
  const counts = await countOpeningVariants(
    manager,
    openingId,
    opening,
    singles.map((c) => variantOf([c], opening.skills)),
    [],
    { ambito: null, visibleAmbito: null, watched: [], onlyBeneficiaryId: beneficiaryId },
  );
  const opened = singles.filter((_, k) => counts.singles[k].gained > 0);
  if (opened.length || counts.eligibleNow.total > 0) return opened;
  const pairs = pairsOf(singles);
  const pairCounts = await countOpeningVariants(
    manager,
    openingId,
    opening,
    [],
    pairs.map(([i, j]) => variantOf([singles[i], singles[j]], opening.skills)),
    { ambito: null, visibleAmbito: null, watched: [], onlyBeneficiaryId: beneficiaryId },
  );
  const pair = pairs.find((_, k) => pairCounts.pairs[k].gained > 0);
  return pair ? [singles[pair[0]], singles[pair[1]]] : [];
}

/** `mediationBrief`: what the operator takes to the meeting with the employer, as data; text and PDF derive from it. */
export async function mediationBrief(
  manager: EntityManager,
  beneficiaryId: string,
  openingId: string,
  reader: BriefReader,
  wage: WageSettings,
): Promise<MediationBriefData> {
  const facts = await readBriefFacts(manager, beneficiaryId, openingId);
  const today = todayInItaly();
  const category = facts.law68Category && facts.countsTowardQuota ? CATEGORY_OF[facts.law68Category] : null;
  const [eligible, quota] = await Promise.all([
    findEligiblePairs(manager, { openingId, beneficiaryIds: [beneficiaryId] }, {}),
    category ? quotaBeforeAndAfterHire(manager, facts.employerId, today, category) : null,
  ]);
  // The employer's shortfall is the quota computed above; the factor applies to no one else.
  const shortfalls = new Map(
    quota && category === 'DISABLED' ? [[facts.employerId, quota.before.disabled.shortfall]] : [],
  );
  const fit = eligible.length ? (await scoreEligiblePairs(manager, eligible, { shortfalls }))[0] : null;
  const excluded = fit ? null : await findExcludedPairs(manager, { openingId, beneficiaryIds: [beneficiaryId] }, {}, 1);
  const failed = excluded?.pairs[0]?.failed ?? [];
  const changes = fit ? [] : await changesForPair(manager, beneficiaryId, openingId, reader);
  const showsNeeds = reader.caseWorker || facts.proposedToEmployer;

  const wageCents = monthlyWageCents(wage.grossMonthlyWageFullTimeCents, wage.fullTimeWeeklyHours, facts.weeklyHours);
  // The incentive band rests on the invalidity percentage and kinds of disability: only case workers' briefs use them.
  const person = reader.caseWorker
    ? { invalidityPercentage: facts.invalidityPercentage, disabilityKinds: facts.disabilityKinds }
    : null;
  const incentives = estimateIncentives(today, facts.contractType, wageCents, person);
  const conventionSteps =
    quota && facts.law68Category ? await stepsFor(manager, facts.employerId, facts.law68Category, today) : [];
  const quotaEffect =
    quota && category ? { category, before: quota.before, after: quota.after, conventionSteps } : null;

  const lacking = fit && showsNeeds ? fit.accommodations.filter((a) => !a.offered).length : null;
  const points = talkingPoints({
    score: fit?.score ?? null,
    failedConstraints: failed.length,
    changesThatOpen: changes.length,
    skillGaps: fit?.skillGaps.length ?? 0,
    commute: fit ? { km: fit.commute.distanceKm, minutes: fit.commute.estimatedMinutes } : null,
    accommodationsLacking: lacking,
    quota: quotaEffect && {
      shortfallBefore: outcomeOf(quotaEffect.before, category!).shortfall,
      shortfallAfter: outcomeOf(quotaEffect.after, category!).shortfall,
      exposurePerDayAvoidedCents: quotaEffect.before.exposurePerDayCents - quotaEffect.after.exposurePerDayCents,
      contributionPerDaySavedCents:
        (quotaEffect.before.disabled.exemptedUnits - quotaEffect.after.disabled.exemptedUnits) *
        quotaEffect.before.dailyContributionCents,
    },
    incentives,
  });

  const healthFieldsRead: MediationBriefData['healthFieldsRead'] = [];
  if (facts.law68Category) healthFieldsRead.push({ recordType: 'Beneficiary', field: 'law68Category' });
  if (reader.caseWorker) {
    healthFieldsRead.push({ recordType: 'Beneficiary', field: 'invalidityPercentage' });
    healthFieldsRead.push({ recordType: 'Beneficiary', field: 'disabilityKinds' });
    if (failed.includes(HardConstraintCode.PHYSICAL_LIMITATION))
      healthFieldsRead.push({ recordType: 'WorkConstraints', field: 'physicalLimitations' });
  }
  if (showsNeeds && (fit?.accommodations.length || failed.includes(HardConstraintCode.ACCESSIBILITY)))
    healthFieldsRead.push({ recordType: 'WorkConstraints', field: 'accessibilityNeeds' });

  return {
    beneficiaryId,
    openingId,
    facts,
    fit,
    failedConstraints: reader.caseWorker ? failed : [],
    failedCount: failed.length,
    changes,
    showsNeeds,
    quota: quotaEffect,
    wageCents,
    incentives,
    talkingPoints: points,
    healthFieldsRead,
  };
}
