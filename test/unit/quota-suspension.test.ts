import { shown } from '../helpers/quota-lines';
import { Suspension } from '../../src/modules/quotas/rules/quota-arrangements';
import { computeQuota, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Suspension of the obligations (L. 68/1999 art. 3 c.5; DPR 333/2000 art. 4): it works in the provinces where the
 * wage guarantee, solidarity contract or collective dismissal applies
 * (https://hrcapital.it/osservatorio/sospensione-delle-assunzioni-obbligatorie-per-le-aziende-in-cig), and in
 * proportion to the activity actually suspended (to be confirmed against DPR 333/2000 art. 4).
 */
const suspension = (province: string, suspendedFteHundredths: number, validFrom = '2024-01-01'): Suspension => ({
  id: `s-${province}`,
  reason: 'EXTRAORDINARY_WAGE_GUARANTEE',
  province,
  suspendedFteHundredths,
  validFrom,
  validTo: null,
  reference: `CIGS-${province}`,
});
// 101 employees, 1 disabled: base 100, 7 disabled units and 1 protected-category unit due, 6 + 1 uncovered
const facts = (suspensions: Suspension[]): QuotaFacts => ({
  atecoCode: '24.10.00',
  art3c3Organisation: null,
  snapshots: [headcountOn('2024-01-01', 101, { disabledWorkers: 1 })],
  sites: [],
  exemptions: [],
  suspensions,
  conventions: [],
  placements: [],
  newHires: [],
});

describe('proportional suspension by province', () => {
  it('suspends the share of the quota of the activity suspended: 40 of 100 full-time equivalents, 40% of 7 = 2.8 → 2 units', () => {
    const quota = computeQuota('2024-06-30', [RULES_2022], facts([suspension('BS', 4000)]));
    expect(quota.status).toBe('UNCOVERED');
    expect(quota.disabled).toMatchObject({ due: 7, covered: 1, shortfall: 4 });
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({
        code: 'SUSPENSION',
        value: '40.00',
        reference: 'L. 68/1999 art. 3 c.5; DPR 333/2000 art. 4',
      }),
    );
    expect(shown(quota.lines).find((l) => l.code === 'SUSPENSION')!.description).toMatch(/province BS/);
    expect(shown(quota.lines)).toContainEqual(expect.objectContaining({ code: 'SUSPENDED_UNITS', value: '2' }));
    expect(shown(quota.lines).find((l) => l.code === 'SUSPENDED_UNITS')!.description).toMatch(
      /40\.00 of 100 computable/,
    );
  });

  it('adds the suspensions of different provinces', () => {
    // Brescia 40 and Bergamo 60: the whole activity, every unit suspended
    const quota = computeQuota('2024-06-30', [RULES_2022], facts([suspension('BS', 4000), suspension('BG', 6000)]));
    expect(quota.status).toBe('SUSPENDED');
    expect(quota.disabled.shortfall).toBe(0);
    expect(quota.protectedCategories.shortfall).toBe(0);
    expect(quota.exposurePerDayCents).toBe(0);
  });

  it('suspends no more than the whole quota however much is recorded', () => {
    const quota = computeQuota('2024-06-30', [RULES_2022], facts([suspension('BS', 15000)]));
    expect(quota.disabled.shortfall).toBe(0);
  });

  it('dates the units that come back from the day after a suspension ends', () => {
    const ended = { ...suspension('BS', 10000), validTo: '2024-03-31' };
    const quota = computeQuota('2024-06-30', [RULES_2022], facts([ended]));
    expect(quota.uncoveredUnits.filter((u) => u.category === 'DISABLED').map((u) => u.uncoveredSince)).toEqual(
      Array(6).fill('2024-04-01'),
    );
  });
});
