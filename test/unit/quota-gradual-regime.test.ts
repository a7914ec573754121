import { shown } from '../helpers/quota-lines';
import { computeQuota, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts, QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Until 31 December 2017 an employer with 15–35 employees was obliged only when it made a new hire, and then had
 * 12 months to hire (DPR 333/2000 art. 2 c.2); from 1 January 2018 the obligation arises on reaching 15, with 60
 * days: an employer at 15 on 1 January 2018 had to hire by 2 March 2018.
 * Source read: https://consulentidellavoro.mi.it/rivista-sintesi/articoli-in-evidenza/__trashed-5/
 */
const GRADUAL: QuotaRuleVersion = {
  ...RULES_2022,
  id: 'v2016',
  code: 'L68-2016',
  validFrom: '2016-10-08',
  validTo: '2017-12-31',
  dailyContributionCents: 3064,
  gradualRegime: { smallBandGraceMonths: 12 },
};
const FROM_2018: QuotaRuleVersion = {
  ...RULES_2022,
  id: 'v2018',
  code: 'L68-2018',
  validFrom: '2018-01-01',
  validTo: '2021-12-31',
  dailyContributionCents: 3064,
};
const VERSIONS = [GRADUAL, FROM_2018, RULES_2022];

const facts = (snapshots: HeadcountCounts[], newHires: string[] = []): QuotaFacts => ({
  atecoCode: '24.10.00',
  art3c3Organisation: null,
  snapshots,
  sites: [],
  exemptions: [],
  suspensions: [],
  conventions: [],
  placements: [],
  newHires,
});
const twenty = [headcountOn('2016-11-01', 20)];

describe('the gradual regime for employers of 15–35 (until 31 December 2017)', () => {
  it('owes nothing without a new hire', () => {
    const quota = computeQuota('2017-06-30', VERSIONS, facts(twenty));
    expect(quota).toMatchObject({ status: 'NOT_OBLIGED', disabled: { due: 0 } });
    expect(shown(quota.lines)).toContainEqual(expect.objectContaining({ code: 'GRADUAL_REGIME', value: '0' }));
  });

  it('owes the unit from a new hire, with 12 months to hire', () => {
    const quota = computeQuota('2017-06-30', VERSIONS, facts(twenty, ['2017-02-15']));
    expect(quota.disabled).toMatchObject({ due: 1, shortfall: 1 });
    expect(quota.uncoveredUnits).toEqual([
      { category: 'DISABLED', unit: 1, uncoveredSince: '2017-02-15', sanctionableFrom: '2018-02-15' },
    ]);
    expect(quota.status).toBe('IN_GRACE');
  });

  it('makes an employer at 15–35 obliged on 1 January 2018, to hire by 2 March 2018', () => {
    const quota = computeQuota('2018-03-01', VERSIONS, facts(twenty));
    expect(quota.uncoveredUnits).toEqual([
      { category: 'DISABLED', unit: 1, uncoveredSince: '2018-01-01', sanctionableFrom: '2018-03-02' },
    ]);
    expect(computeQuota('2018-03-02', VERSIONS, facts(twenty)).status).toBe('UNCOVERED');
  });

  it('leaves the larger employers as they were', () => {
    expect(computeQuota('2017-06-30', VERSIONS, facts([headcountOn('2016-11-01', 40)])).disabled.due).toBe(2);
  });
});
