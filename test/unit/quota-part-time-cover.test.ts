import { shown } from '../helpers/quota-lines';
import fc from 'fast-check';
import { computeQuota, noQuotaFacts, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Part-time disabled workers who cover the quota count by their hours. Source read
 * (https://imprese-disabili.assolombarda.it/rapportolavoro-4/): up to half the full-time hours, half a unit; above
 * half, one unit; an employer with 15 to 35 employees counts as one unit a part-time worker whose disability is above
 * 50%, whatever the hours.
 */
const facts = (counts: HeadcountCounts): QuotaFacts => noQuotaFacts({ atecoCode: '24.10.00', snapshots: [counts] });
const quotaOn = (counts: HeadcountCounts) => computeQuota('2025-02-01', [RULES_2022], facts(counts));

describe('part-time covering workers', () => {
  it('counts a worker at up to half the hours as half a unit and one above as a whole unit', () => {
    // 64 employees, 4 disabled: base 60, 7% = 4.20 → 4 due; 2 full-time + 0.5 (40% of hours) + 1 (70%) = 3.5 covered
    const counts = headcountOn('2025-01-01', 64, {
      disabledWorkers: 4,
      partTimeCover: [
        { hoursPercent: 40, capacityReduction: 67 },
        { hoursPercent: 70, capacityReduction: 46 },
      ],
    });
    const quota = quotaOn(counts);
    expect(quota.disabled).toMatchObject({ due: 4, covered: 3.5, shortfall: 1 });
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({ code: 'DISABLED_PART_TIME_COVER', value: '1.50' }),
    );
  });

  it('takes exactly half the hours as half a unit', () => {
    const counts = headcountOn('2025-01-01', 64, {
      disabledWorkers: 4,
      partTimeCover: [{ hoursPercent: 50, capacityReduction: 80 }],
    });
    expect(quotaOn(counts).disabled).toMatchObject({ covered: 3.5, shortfall: 1 });
  });

  it('at 15–35 employees counts as one a part-timer whose disability is above 50%, whatever the hours', () => {
    // 21 employees, 1 disabled part-timer at 30% of the hours: base 20, 1 unit due
    const above = headcountOn('2025-01-01', 21, {
      disabledWorkers: 1,
      partTimeCover: [{ hoursPercent: 30, capacityReduction: 67 }],
    });
    expect(quotaOn(above).disabled).toMatchObject({ due: 1, covered: 1, shortfall: 0 });
    const atHalf = headcountOn('2025-01-01', 21, {
      disabledWorkers: 1,
      partTimeCover: [{ hoursPercent: 30, capacityReduction: 50 }],
    });
    expect(quotaOn(atHalf).disabled).toMatchObject({ due: 1, covered: 0.5, shortfall: 1 });
  });

  it('never counts a part-timer for more than a full-timer, nor leaves a half unit uncounted in the shortfall', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 46, max: 100 }),
        fc.integer({ min: 16, max: 300 }),
        (hours, reduction, total) => {
          const fullTime = quotaOn(headcountOn('2025-01-01', total, { disabledWorkers: 1 }));
          const partTime = quotaOn(
            headcountOn('2025-01-01', total, {
              disabledWorkers: 1,
              partTimeCover: [{ hoursPercent: hours, capacityReduction: reduction }],
            }),
          );
          expect(partTime.disabled.covered).toBeLessThanOrEqual(fullTime.disabled.covered);
          expect(partTime.disabled.shortfall).toBe(
            Math.max(0, Math.ceil(partTime.disabled.due - partTime.disabled.covered)),
          );
        },
      ),
    );
  });
});
