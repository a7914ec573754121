import { shown } from '../helpers/quota-lines';
import { Exemption } from '../../src/modules/quotas/rules/quota-arrangements';
import { computeQuota, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts, maxExemptionPercentage } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Partial exemption (L. 68/1999 art. 5). Sources read: up to 60% of the quota, up to 80% for security and vigilance
 * and private transport (D.M. 357/2000), http://www.lavoroetutele.it/?p=131 (the sectors are matched by ATECO
 * division 80 and 49–51: to be confirmed); the self-certified exemption concerns the workers in positions with an
 * INAIL premium rate of 60 per thousand or more, for whom the contribution is paid (art. 5 c.3-bis),
 * http://mainforservices.it/?p=7955 and https://geps.it/concessione-della-proroga-per-la-comunicazione-delle-autocertificazioni-esonero-l-n-6899-disabili-674
 */
const facts = (counts: HeadcountCounts, exemptions: Exemption[], atecoCode = '24.10.00'): QuotaFacts => ({
  atecoCode,
  art3c3Organisation: null,
  snapshots: [counts],
  sites: [],
  exemptions,
  suspensions: [],
  conventions: [],
  placements: [],
  newHires: [],
});

describe('exemption ceiling by sector', () => {
  const cases: Array<[string, number]> = [
    ['24.10.00', 60],
    ['80.10.00', 80],
    ['49.41.00', 80],
    ['08.11.00', 60],
  ];
  it.each(cases)('an employer with ATECO %s may be exempted for up to %i%%', (ateco, percent) => {
    expect(maxExemptionPercentage(RULES_2022, ateco)).toBe(percent);
  });
});

describe('self-certified exemption for positions at 60 per thousand or more', () => {
  const selfCertified: Exemption = {
    id: 'e',
    kind: 'SELF_CERTIFIED',
    percentageHundredths: null,
    highRiskWorkers: 50,
    validFrom: '2024-01-01',
    validTo: null,
    reference: 'AUTO-1',
  };

  it('exempts the units those workers bring to the quota, and charges the contribution for them', () => {
    // base 200: 7% = 14 units; 50 of the 200 are in positions at ≥ 60‰: 14 × 50 / 200 = 3.5 → 3 units exempted
    const quota = computeQuota('2024-06-30', [RULES_2022], facts(headcountOn('2024-01-01', 200), [selfCertified]));
    expect(quota.disabled).toMatchObject({ due: 14, exemptedUnits: 3, shortfall: 11 });
    expect(quota.dailyContributionCents).toBe(3 * 3921); // €117.63 a working day
    expect(shown(quota.lines).find((l) => l.code === 'EXEMPTION')).toMatchObject({
      reference: 'L. 68/1999 art. 5 c.3-bis',
      value: '3',
    });
    expect(shown(quota.lines).find((l) => l.code === 'EXEMPTION')!.description).toMatch(
      /50 workers in positions with an INAIL rate of 60‰ or more/,
    );
  });

  it('exempts no more than the units still uncovered', () => {
    const quota = computeQuota(
      '2024-06-30',
      [RULES_2022],
      facts(headcountOn('2024-01-01', 212, { disabledWorkers: 12 }), [selfCertified]),
    );
    // base 200, 14 due, 12 covering: 2 uncovered, 3 exemptable → 2 exempted, nothing left to hire
    expect(quota.disabled).toMatchObject({ due: 14, covered: 12, exemptedUnits: 2, shortfall: 0 });
  });
});
