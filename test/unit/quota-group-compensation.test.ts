import { shown } from '../helpers/quota-lines';
import { computeQuota, noQuotaFacts, QuotaFacts, QuotaResult } from '../../src/modules/quotas/rules/quota-computation';
import { compensateWithinGroups } from '../../src/modules/quotas/rules/quota-groups';
import { HeadcountCounts } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Compensation within a corporate group (L. 68/1999 art. 5 c.8 as amended by DL 138/2011 art. 9, to be confirmed):
 * a group company that hired more disabled workers than it owes carries the surplus to another group company's
 * shortfall.
 */
const facts = (counts: HeadcountCounts): QuotaFacts => noQuotaFacts({ atecoCode: '24.10.00', snapshots: [counts] });
const quotaOf = (counts: HeadcountCounts): QuotaResult => computeQuota('2025-06-30', [RULES_2022], facts(counts));

describe('compensation within a corporate group', () => {
  // parent: 110 employees, 10 disabled: base 100, 7 due, 3 surplus; subsidiary: 60, 0 disabled: base 60, 4 due, 4 missing
  const results = () =>
    new Map([
      ['parent', quotaOf(headcountOn('2025-01-01', 110, { disabledWorkers: 10 }))],
      ['subsidiary', quotaOf(headcountOn('2025-01-01', 60))],
      ['stranger', quotaOf(headcountOn('2025-01-01', 60))],
    ]);
  const groups = new Map([
    ['parent', 'Gruppo Acciai'],
    ['subsidiary', 'Gruppo Acciai'],
  ]);

  it('carries a member’s surplus to another member’s shortfall, and re-prices the exposure', () => {
    const compensated = compensateWithinGroups(results(), groups);
    const subsidiary = compensated.get('subsidiary')!;
    expect(subsidiary.disabled.shortfall).toBe(1);
    expect(subsidiary.groupCompensatedUnits).toBe(3);
    expect(subsidiary.uncoveredUnits.filter((u) => u.category === 'DISABLED')).toHaveLength(1);
    expect(subsidiary.exposurePerDayCents).toBe(1 * 19605);
    expect(shown(subsidiary.lines)).toContainEqual(expect.objectContaining({ code: 'GROUP_COMPENSATION', value: '3' }));
    expect(shown(compensated.get('parent')!.lines)).toContainEqual(
      expect.objectContaining({ code: 'GROUP_SURPLUS_USED', value: '3' }),
    );
  });

  it('leaves employers outside the group alone', () => {
    expect(compensateWithinGroups(results(), groups).get('stranger')!.disabled.shortfall).toBe(4);
  });

  it('never moves more than the group’s surplus, nor below zero', () => {
    const big = new Map([
      ['parent', quotaOf(headcountOn('2025-01-01', 101, { disabledWorkers: 8 }))],
      ['subsidiary', quotaOf(headcountOn('2025-01-01', 60))],
    ]);
    // parent: base 93, 7% = 6.51 → 7 due, 8 covering: 1 surplus
    const compensated = compensateWithinGroups(big, groups);
    expect(compensated.get('subsidiary')!.disabled.shortfall).toBe(3);
    expect(compensated.get('parent')!.disabled.shortfall).toBe(0);
  });
});
