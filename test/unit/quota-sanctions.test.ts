import { shown } from '../helpers/quota-lines';
import { computeQuota, noQuotaFacts, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts, QuotaRuleVersion } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * The sanction of L. 68/1999 art. 15 c.4 over time. Sources read for these figures:
 * - before 8 October 2016, €62.77 a day per disabled worker not employed; from then five times the exemption
 *   contribution (€30.64 × 5 = €153.20): https://serviziamministrativi.ddp.it/it/notizie/2016/10/6235/mancata-assunzione-disabili-occhio-ai-nuovi-importi-sanzionatori
 * - €39.21 from 1 January 2022 (D.M. 30 settembre 2021 n. 193), so €196.05:
 *   https://edotto.com/articolo/assunzioni-obbligatorie-disabili-esonero-parziale-con-contributo-esonerativo
 */
const V2008: QuotaRuleVersion = {
  ...RULES_2022,
  id: 'v2008',
  code: 'L68-2008',
  validFrom: '2008-01-01',
  validTo: '2016-10-07',
  dailyContributionCents: 3064,
  sanctionMultiplier: null,
  fixedDailySanctionCents: 6277,
  prospettoLateCents: 63511,
  prospettoLatePerDayCents: 3076,
};
const V2016: QuotaRuleVersion = {
  ...RULES_2022,
  id: 'v2016',
  code: 'L68-2016',
  validFrom: '2016-10-08',
  validTo: '2021-12-31',
  dailyContributionCents: 3064,
  prospettoLateCents: 63511,
  prospettoLatePerDayCents: 3076,
};
const VERSIONS = [V2008, V2016, RULES_2022];

const facts = (snapshots: HeadcountCounts[]): QuotaFacts => noQuotaFacts({ atecoCode: '24.10.00', snapshots });

describe('art. 15 c.4 sanction exposure', () => {
  // 60 computable employees, none covering: 7% of 60 = 4.20 → 4 disabled units; 51–150 owe 1 protected-category unit.
  const sixty = [headcountOn('2014-01-01', 60)];

  const byDate: Array<[string, string, number]> = [
    ['2015-06-30', 'L68-2008', 4 * 6277], // 4 × €62.77 = €251.08
    ['2016-10-07', 'L68-2008', 4 * 6277],
    ['2016-10-08', 'L68-2016', 4 * 15320], // 4 × 5 × €30.64 = €612.80, from the day D.Lgs 185/2016 came into force
    ['2022-01-01', 'L68-2022', 4 * 19605], // 4 × 5 × €39.21 = €784.20
  ];
  it.each(byDate)('on %s applies %s: %i cents a working day for the 4 disabled units', (date, code, cents) => {
    const quota = computeQuota(date, VERSIONS, facts(sixty));
    expect(quota.ruleVersion!.code).toBe(code);
    expect(quota.exposurePerDayCents).toBe(cents);
  });

  it('leaves the art. 18 units out of the exposure and says so', () => {
    const quota = computeQuota('2022-06-30', VERSIONS, facts(sixty));
    expect(quota.protectedCategories.shortfall).toBe(1);
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({ code: 'SANCTION_EXCLUDES_PROTECTED', value: '1', reference: 'L. 68/1999 art. 15 c.4' }),
    );
  });

  it('says the exposure is an upper bound the mandatory warning can reduce', () => {
    const line = shown(computeQuota('2022-06-30', VERSIONS, facts(sixty)).lines).find(
      (l) => l.code === 'SANCTION_EXPOSURE',
    )!;
    expect(line.value).toBe('€784.20');
    expect(line.reference).toBe('L. 68/1999 art. 15 c.4 and c.4-bis');
    expect(line.description).toMatch(/upper bound/);
    expect(line.description).toMatch(/diffida/);
  });

  it('costs nothing for protected-category units alone', () => {
    const quota = computeQuota('2022-06-30', VERSIONS, facts([headcountOn('2021-01-01', 60, { disabledWorkers: 4 })]));
    expect(quota.disabled.shortfall).toBe(0);
    expect(quota.protectedCategories.shortfall).toBe(1);
    expect(quota.exposurePerDayCents).toBe(0);
  });
});
