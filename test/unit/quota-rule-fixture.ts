import { HeadcountCounts, QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';

/**
 * A rule version with the figures of the 2022 one as seeded; tests state the rule they check, the data only feeds
 * it. Tests of a figure's own history override it (and cite its source).
 */
export const RULES_2022: QuotaRuleVersion = {
  id: 'v2022',
  code: 'L68-2022',
  validFrom: '2022-01-01',
  validTo: null,
  source: 'test',
  sources: [],
  confirmed: false,
  disabledBands: [
    { sizeBand: 'SMALL', from: 15, to: 35, units: 1, percent: null },
    { sizeBand: 'MEDIUM', from: 36, to: 50, units: 2, percent: null },
    { sizeBand: 'LARGE', from: 51, to: null, units: null, percent: 7 },
  ],
  protectedBands: [
    { from: 51, to: 150, units: 1, percent: null },
    { from: 151, to: null, units: null, percent: 1 },
  ],
  exclusions: [
    ...(
      [
        'DISABLED_WORKERS',
        'PROTECTED_CATEGORY_WORKERS',
        'DISABLED_IN_SERVICE_WORKERS',
        'SHORT_FIXED_TERM_WORKERS',
        'MANAGERS',
        'APPRENTICES',
        'TEMP_AGENCY_WORKERS',
        'HOME_WORKERS',
        'COOPERATIVE_PARTNERS',
        'WORKERS_ABROAD',
      ] as const
    ).map((group) => ({
      group,
      label: group.toLowerCase().replace(/_/g, ' '),
      reference: 'L. 68/1999 art. 4 c.1',
      atecoDivisions: null,
    })),
    {
      group: 'SITE_OR_TRAVELLING_STAFF',
      label: 'construction-site or travelling staff',
      reference: 'L. 68/1999 art. 5 c.2',
      atecoDivisions: ['41', '42', '43', '49', '50', '51'],
    },
    {
      group: 'SOCIALLY_USEFUL_WORK',
      label: 'workers in socially useful work (LSU)',
      reference: 'D.Lgs 81/2000 art. 7',
      atecoDivisions: null,
    },
    {
      group: 'OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF',
      label: 'staff other than technical-executive and administrative',
      reference: 'L. 68/1999 art. 3 c.3',
      atecoDivisions: null,
      art3c3OrganisationsOnly: true,
    },
  ],
  roundingThresholdHundredths: 50,
  roundingPoints: ['PART_TIME_BASE', 'DISABLED_PERCENTAGE', 'PROTECTED_PERCENTAGE'],
  disabledInServiceMinReduction: 60,
  graceDays: 60,
  dailyContributionCents: 3921,
  sanctionMultiplier: 5,
  fixedDailySanctionCents: null,
  prospettoLateCents: 70243,
  prospettoLatePerDayCents: 3402,
  partTimeCover: { halfUnitUpToHoursPercent: 50, smallBandWholeUnitAboveReduction: 50 },
  maxExemptionPercentage: 60,
  exemptionCaps: [
    { label: 'security and vigilance', atecoDivisions: ['80'], maxPercentage: 80 },
    { label: 'private transport', atecoDivisions: ['49', '50', '51'], maxPercentage: 80 },
  ],
  gradualRegime: null,
  conventionCaps: {
    ART_12: { percent: 30, belowBase: 50, unitsBelowBase: 1, maxMonths: 24 },
    ART_12_BIS: { percent: 10, belowBase: null, unitsBelowBase: null, maxMonths: null },
  },
};

export function headcountOn(
  referenceDate: string,
  totalEmployees: number,
  overrides: Partial<HeadcountCounts> = {},
): HeadcountCounts {
  return {
    snapshotId: referenceDate,
    referenceDate,
    totalEmployees,
    partTimeEmployees: 0,
    partTimeFteHundredths: 0,
    disabledWorkers: 0,
    protectedCategoryWorkers: 0,
    disabledInServiceWorkers: 0,
    shortFixedTermWorkers: 0,
    managers: 0,
    apprentices: 0,
    tempAgencyWorkers: 0,
    homeWorkers: 0,
    cooperativePartners: 0,
    workersAbroad: 0,
    siteOrTravellingStaff: 0,
    otherGroups: {},
    partTimeCover: [],
    ...overrides,
  };
}
