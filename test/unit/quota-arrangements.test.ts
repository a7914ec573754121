import { shown } from '../helpers/quota-lines';
import { Convention, Exemption, Suspension } from '../../src/modules/quotas/rules/quota-arrangements';
import { computeQuota, noQuotaFacts, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts, QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';
import { allocateAmongSites } from '../../src/modules/quotas/rules/quota-sites';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

const V2022: QuotaRuleVersion = RULES_2022;
const V2016: QuotaRuleVersion = {
  ...V2022,
  id: 'v2016',
  code: 'L68-2016',
  validFrom: '2016-01-01',
  validTo: '2021-12-31',
  dailyContributionCents: 3064,
};
const VERSIONS = [V2016, V2022];

const headcount = headcountOn;

function facts(snapshots: HeadcountCounts[], more: Partial<QuotaFacts> = {}): QuotaFacts {
  return noQuotaFacts({ atecoCode: '24.10.00', snapshots, ...more });
}

const exemption = (percent: number, validFrom: string, validTo: string | null = null): Exemption => ({
  id: 'e',
  kind: 'AUTHORISED',
  percentageHundredths: percent * 100,
  highRiskWorkers: null,
  validFrom,
  validTo,
  reference: 'AUT-1',
});
const suspension = (validFrom: string, validTo: string | null): Suspension => ({
  id: 's',
  reason: 'EXTRAORDINARY_WAGE_GUARANTEE',
  province: null,
  suspendedFteHundredths: null,
  validFrom,
  validTo,
  reference: 'CIGS-1',
});
const convention = (overrides: Partial<Convention>): Convention => ({
  id: 'c',
  kind: 'ART_11',
  units: null,
  cooperativeName: null,
  schedule: [],
  validFrom: '2024-01-01',
  validTo: null,
  reference: 'CONV-1',
  ...overrides,
});

// 101 employees, 1 of them a disabled worker: base 100, 7 disabled units due, 1 covered.
const HUNDRED = headcount('2024-01-01', 101, { disabledWorkers: 1 });

describe('partial exemption', () => {
  it('exempts the authorised percentage of the units due, fractions dropped, and charges the daily contribution per unit', () => {
    const quota = computeQuota('2024-06-30', VERSIONS, facts([HUNDRED], { exemptions: [exemption(60, '2024-01-01')] }));
    // 60% of 7 = 4.2 → 4 authorised; 6 uncovered before the exemption, 4 exempted, 2 still to hire
    expect(quota.disabled).toMatchObject({ due: 7, covered: 1, exemptedUnits: 4, shortfall: 2 });
    expect(quota.dailyContributionCents).toBe(4 * 3921);
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({ code: 'DAILY_CONTRIBUTION', value: '€156.84' }),
    );
  });

  it('uses only the exempted units the company still needs once its hirings are counted', () => {
    const quota = computeQuota(
      '2024-06-30',
      VERSIONS,
      facts([headcount('2024-01-01', 106, { disabledWorkers: 5, protectedCategoryWorkers: 1 })], {
        exemptions: [exemption(60, '2024-01-01')],
      }),
    );
    expect(quota.disabled).toMatchObject({ due: 7, covered: 5, exemptedUnits: 2, shortfall: 0 });
    expect(quota.status).toBe('COVERED');
  });

  it('has no effect outside its period, and the units become uncovered the day after it ends', () => {
    const quota = computeQuota(
      '2024-06-30',
      VERSIONS,
      facts([HUNDRED], { exemptions: [exemption(60, '2024-01-01', '2024-03-31')] }),
    );
    expect(quota.disabled).toMatchObject({ exemptedUnits: 0, shortfall: 6 });
    const since = quota.uncoveredUnits.filter((u) => u.category === 'DISABLED').map((u) => u.uncoveredSince);
    expect(since).toEqual(['2024-01-01', '2024-01-01', '2024-04-01', '2024-04-01', '2024-04-01', '2024-04-01']);
  });
});

describe('suspension', () => {
  it('leaves nothing uncovered and nothing sanctioned while it lasts, though the units due stay visible', () => {
    const quota = computeQuota(
      '2024-06-30',
      VERSIONS,
      facts([HUNDRED], { suspensions: [suspension('2024-01-01', null)], exemptions: [exemption(60, '2024-01-01')] }),
    );
    expect(quota.status).toBe('SUSPENDED');
    expect(quota.disabled).toMatchObject({ due: 7, shortfall: 0, exemptedUnits: 0 });
    expect(quota.protectedCategories).toMatchObject({ due: 1, shortfall: 0 });
    expect(quota.exposurePerDayCents).toBe(0);
    expect(quota.dailyContributionCents).toBe(0);
  });

  it('starts the grace period again from the day after it ends', () => {
    const quota = computeQuota(
      '2024-06-30',
      VERSIONS,
      facts([HUNDRED], { suspensions: [suspension('2024-01-01', '2024-05-31')] }),
    );
    expect(quota.status).toBe('IN_GRACE');
    expect(quota.uncoveredUnits[0]).toEqual({
      category: 'DISABLED',
      unit: 1,
      uncoveredSince: '2024-06-01',
      sanctionableFrom: '2024-07-31',
    });
  });
});

describe('conventions', () => {
  const programme = convention({
    schedule: [
      { dueBy: '2024-03-31', units: 1 },
      { dueBy: '2024-09-30', units: 2 },
    ],
  });

  it('counts an art. 11 programme’s hirings as covered until their deadline passes', () => {
    expect(computeQuota('2024-02-01', VERSIONS, facts([HUNDRED], { conventions: [programme] })).disabled).toMatchObject(
      { conventionUnits: 3, shortfall: 3 },
    );
    const later = computeQuota('2024-06-30', VERSIONS, facts([HUNDRED], { conventions: [programme] }));
    expect(later.disabled).toMatchObject({ conventionUnits: 2, shortfall: 4 });
    // The unit scheduled for 31 March but not hired has been missing since 1 April.
    expect(later.uncoveredUnits.filter((u) => u.category === 'DISABLED').map((u) => u.uncoveredSince)).toEqual([
      '2024-01-01',
      '2024-01-01',
      '2024-01-01',
      '2024-04-01',
    ]);
  });

  it('counts the units a social cooperative employs under art. 12-bis while the convention runs', () => {
    const coop = convention({
      kind: 'ART_12_BIS',
      units: 2,
      cooperativeName: 'Cooperativa La Rete',
      validTo: '2024-12-31',
    });
    const uncapped = VERSIONS.map((v) => ({ ...v, conventionCaps: {} })); // the caps have their own tests
    expect(computeQuota('2024-06-30', uncapped, facts([HUNDRED], { conventions: [coop] })).disabled).toMatchObject({
      conventionUnits: 2,
      shortfall: 4,
    });
    expect(computeQuota('2025-01-01', uncapped, facts([HUNDRED], { conventions: [coop] })).disabled).toMatchObject({
      conventionUnits: 0,
      shortfall: 6,
    });
  });

  it('caps an art. 14 convention at the share of the quota the rule version allows', () => {
    const rules = {
      ...V2022,
      conventionCaps: { ART_14: { percent: 30, belowBase: null, unitsBelowBase: null, maxMonths: null } },
    };
    const coop = convention({ kind: 'ART_14', units: 5, cooperativeName: 'Cooperativa Il Ponte' });
    const quota = computeQuota('2024-06-30', [rules], facts([HUNDRED], { conventions: [coop] }));
    // 30% of 7 = 2.1 → 2 units of the 5
    expect(quota.disabled).toMatchObject({ conventionUnits: 2, shortfall: 4 });
    expect(shown(quota.lines)).toContainEqual(expect.objectContaining({ code: 'CONVENTION_ART_14_CAP', value: '2' }));
  });
});

describe('compensation among sites', () => {
  it('shares the national units due among the sites by computable employees and lets a surplus cover a deficit', () => {
    const allocation = allocateAmongSites(7, 'DISABLED', [
      {
        snapshotId: 's',
        siteId: 'a',
        siteName: 'Rezzato',
        computableHundredths: 6000,
        coveringWorkers: 6,
        protectedCoveringWorkers: 0,
      },
      {
        snapshotId: 's',
        siteId: 'b',
        siteName: 'Brescia',
        computableHundredths: 4000,
        coveringWorkers: 1,
        protectedCoveringWorkers: 0,
      },
    ]);
    // 4.2 and 2.8: the unit left over goes to the larger remainder
    expect(allocation.sites.map((s) => [s.siteId, s.due, s.balance])).toEqual([
      ['a', 4, 2],
      ['b', 3, -2],
    ]);
    expect(allocation.compensatedUnits).toBe(2);
  });

  it('leaves the national shortfall unchanged and reports the units compensated', () => {
    const counts = headcount('2024-01-01', 107, { disabledWorkers: 7 });
    const sites = [
      {
        snapshotId: '2024-01-01',
        siteId: 'a',
        siteName: 'Rezzato',
        computableHundredths: 6000,
        coveringWorkers: 6,
        protectedCoveringWorkers: 0,
      },
      {
        snapshotId: '2024-01-01',
        siteId: 'b',
        siteName: 'Brescia',
        computableHundredths: 4000,
        coveringWorkers: 1,
        protectedCoveringWorkers: 0,
      },
    ];
    const quota = computeQuota('2024-06-30', VERSIONS, facts([counts], { sites }));
    expect(quota.disabled.shortfall).toBe(0);
    expect(quota.compensatedUnits).toBe(2);
    expect(
      shown(quota.lines)
        .filter((l) => l.code.startsWith('SITE_'))
        .map((l) => [l.code, l.value]),
    ).toEqual([
      ['SITE_SHARE', '+2'],
      ['SITE_SHARE', '-2'],
      ['SITE_COMPENSATION', '2'],
      ['SITE_SHARE_PROTECTED', '-1'],
      ['SITE_SHARE_PROTECTED', '0'],
    ]);
  });

  it('uses the breakdown of the headcount in force on the date, not one of another headcount', () => {
    const older = headcount('2024-01-01', 107, { disabledWorkers: 7 });
    const newer = headcount('2025-01-01', 107, { disabledWorkers: 7 });
    const sites = [
      {
        snapshotId: '2024-01-01',
        siteId: 'a',
        siteName: 'Rezzato',
        computableHundredths: 6000,
        coveringWorkers: 6,
        protectedCoveringWorkers: 0,
      },
      {
        snapshotId: '2024-01-01',
        siteId: 'b',
        siteName: 'Brescia',
        computableHundredths: 4000,
        coveringWorkers: 1,
        protectedCoveringWorkers: 0,
      },
    ];
    expect(computeQuota('2024-12-31', VERSIONS, facts([older, newer], { sites })).compensatedUnits).toBe(2);
    expect(computeQuota('2025-06-30', VERSIONS, facts([older, newer], { sites })).compensatedUnits).toBe(0);
  });

  it('shares the art. 18 units among the sites too, national like the disabled quota', () => {
    // 108 employees, 7 disabled and 1 protected-category worker: base 100, 7 + 1 due, both covered nationally; the
    // protected unit falls to Rezzato (60 of 100) while its worker is in Brescia: 1 unit compensated
    const counts = headcount('2024-01-01', 108, { disabledWorkers: 7, protectedCategoryWorkers: 1 });
    const sites = [
      {
        snapshotId: '2024-01-01',
        siteId: 'a',
        siteName: 'Rezzato',
        computableHundredths: 6000,
        coveringWorkers: 4,
        protectedCoveringWorkers: 0,
      },
      {
        snapshotId: '2024-01-01',
        siteId: 'b',
        siteName: 'Brescia',
        computableHundredths: 4000,
        coveringWorkers: 3,
        protectedCoveringWorkers: 1,
      },
    ];
    const quota = computeQuota('2024-06-30', VERSIONS, facts([counts], { sites }));
    expect(quota.protectedCategories.shortfall).toBe(0);
    expect(quota.protectedCompensatedUnits).toBe(1);
    expect(quota.sites.map((s) => [s.siteId, s.protectedDue, s.protectedBalance])).toEqual([
      ['a', 1, -1],
      ['b', 0, 1],
    ]);
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({
        code: 'SITE_COMPENSATION_PROTECTED',
        value: '1',
        reference: 'L. 68/1999 art. 18 c.2, art. 5 c.8',
      }),
    );
  });

  it('compensates nothing when no site has a surplus', () => {
    const allocation = allocateAmongSites(2, 'DISABLED', [
      {
        snapshotId: 's',
        siteId: 'a',
        siteName: 'A',
        computableHundredths: 2000,
        coveringWorkers: 0,
        protectedCoveringWorkers: 0,
      },
      {
        snapshotId: 's',
        siteId: 'b',
        siteName: 'B',
        computableHundredths: 2000,
        coveringWorkers: 1,
        protectedCoveringWorkers: 0,
      },
    ]);
    expect(allocation.compensatedUnits).toBe(0);
  });
});

describe('when a shortfall started and what it costs', () => {
  const growing = [headcount('2024-01-01', 14), headcount('2024-06-01', 20)];

  it('starts the obligation when the base reaches the first band and sanctions after the grace period', () => {
    const inGrace = computeQuota('2024-07-30', VERSIONS, facts(growing));
    expect(inGrace.status).toBe('IN_GRACE');
    expect(inGrace.uncoveredUnits).toEqual([
      { category: 'DISABLED', unit: 1, uncoveredSince: '2024-06-01', sanctionableFrom: '2024-07-31' },
    ]);
    expect(inGrace.exposurePerDayCents).toBe(0);

    const sanctioned = computeQuota('2024-07-31', VERSIONS, facts(growing));
    expect(sanctioned.status).toBe('UNCOVERED');
    expect(sanctioned.exposurePerDayCents).toBe(5 * 3921);
  });

  it('dates each unit by when it became missing as the company grew', () => {
    const quota = computeQuota(
      '2025-06-30',
      VERSIONS,
      facts([headcount('2024-01-01', 40), headcount('2025-01-01', 100)]),
    );
    expect(quota.uncoveredUnits.filter((u) => u.category === 'DISABLED').map((u) => u.uncoveredSince)).toEqual([
      '2024-01-01',
      '2024-01-01',
      '2025-01-01',
      '2025-01-01',
      '2025-01-01',
      '2025-01-01',
      '2025-01-01',
    ]);
    expect(quota.uncoveredUnits.filter((u) => u.category === 'PROTECTED').map((u) => u.uncoveredSince)).toEqual([
      '2025-01-01',
    ]);
  });

  it('restarts a unit’s date when it was covered in between', () => {
    const quota = computeQuota(
      '2025-06-30',
      VERSIONS,
      facts([
        headcount('2024-01-01', 20),
        headcount('2024-06-01', 21, { disabledWorkers: 1 }),
        headcount('2025-01-01', 20),
      ]),
    );
    expect(quota.uncoveredUnits.map((u) => u.uncoveredSince)).toEqual(['2025-01-01']);
  });
});

describe('rule versions across dates', () => {
  const counts = headcount('2021-01-01', 101, { disabledWorkers: 1 });

  it('uses the figures of the version in force on each date', () => {
    const before = computeQuota('2021-12-31', VERSIONS, facts([counts], { exemptions: [exemption(50, '2021-01-01')] }));
    const after = computeQuota('2022-01-01', VERSIONS, facts([counts], { exemptions: [exemption(50, '2021-01-01')] }));
    expect(before.ruleVersion!.code).toBe('L68-2016');
    expect(after.ruleVersion!.code).toBe('L68-2022');
    // 50% of 7 = 3.5 → 3 exempted units; 3 disabled units uncovered past their grace period are sanctioned (the
    // protected-category one is not: art. 15 c.4 concerns the art. 3 quota)
    expect([before.dailyContributionCents, after.dailyContributionCents]).toEqual([3 * 3064, 3 * 3921]);
    expect([before.exposurePerDayCents, after.exposurePerDayCents]).toEqual([3 * 15320, 3 * 19605]);
  });

  it('applies a changed threshold from the day the new version starts, dating the extra unit from then', () => {
    const eightPercent: QuotaRuleVersion = {
      ...V2022,
      id: 'v2030',
      code: 'L68-2030',
      validFrom: '2030-01-01',
      disabledBands: [
        ...V2022.disabledBands.slice(0, 2),
        { sizeBand: 'LARGE', from: 51, to: null, units: null, percent: 8 },
      ],
    };
    const versions = [V2016, { ...V2022, validTo: '2029-12-31' }, eightPercent];
    const quota = computeQuota('2030-01-02', versions, facts([counts]));
    expect(quota.disabled.due).toBe(8);
    expect(quota.uncoveredUnits.filter((u) => u.category === 'DISABLED').at(-1)!.uncoveredSince).toBe('2030-01-01');
  });

  it('says when no version is in force, and owes nothing', () => {
    const quota = computeQuota('2015-06-30', VERSIONS, facts([headcount('2015-01-01', 101)]));
    expect(quota.status).toBe('NO_RULE_VERSION');
    expect(quota.disabled.shortfall).toBe(0);
  });

  it('dates a shortfall from the first version in force when the headcount is older', () => {
    const quota = computeQuota('2016-06-30', VERSIONS, facts([headcount('2015-06-01', 20)]));
    expect(quota.uncoveredUnits[0].uncoveredSince).toBe('2016-01-01');
  });

  it('owes nothing without a headcount', () => {
    expect(computeQuota('2024-06-30', VERSIONS, facts([])).status).toBe('NO_HEADCOUNT');
  });
});
