import { shown } from '../helpers/quota-lines';
import fc from 'fast-check';
import { computableBase, ExclusionRule } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Groups left out of the computable base (L. 68/1999 art. 4 c.1 and the sector rules), as rule data. Sources read:
 * socially useful work (LSU, D.Lgs 81/2000 art. 7) among the exclusions:
 * https://www.emiliaromagnastartup.it/index.php/en/node/7453
 * Construction-site staff (construction) and travelling staff (transport, cable cars) only in those sectors
 * (L. 68/1999 art. 5 c.2): to be confirmed against the text; the ATECO divisions are 41–43 and 49–51.
 */
const BUILDER = '41.20.00';
const FOUNDRY = '24.10.00';

describe('exclusions as rule data', () => {
  it('leaves out socially useful workers recorded beside the headcount: 20 employees with 3 in LSU are a base of 17', () => {
    const { base, lines } = computableBase(
      headcountOn('2025-01-01', 20, { otherGroups: { SOCIALLY_USEFUL_WORK: 3 } }),
      RULES_2022,
      FOUNDRY,
      null,
    );
    expect(base).toBe(17);
    expect(shown(lines)).toContainEqual(
      expect.objectContaining({
        code: 'BASE_EXCLUDED_SOCIALLY_USEFUL_WORK',
        value: '-3',
        reference: 'D.Lgs 81/2000 art. 7',
      }),
    );
  });

  it('leaves out site staff only where the employer’s ATECO code is in a sector the law names', () => {
    const counts = headcountOn('2025-01-01', 20, { siteOrTravellingStaff: 6 });
    // a builder: 20 - 6 = 14, below the first band
    expect(computableBase(counts, RULES_2022, BUILDER, null).base).toBe(14);
    // a foundry: its site staff count, 20
    const foundry = computableBase(counts, RULES_2022, FOUNDRY, null);
    expect(foundry.base).toBe(20);
    expect(shown(foundry.lines)).toContainEqual(
      expect.objectContaining({ code: 'BASE_COUNTED_SITE_OR_TRAVELLING_STAFF', value: '0' }),
    );
    expect(shown(foundry.lines).find((l) => l.code === 'BASE_COUNTED_SITE_OR_TRAVELLING_STAFF')!.description).toMatch(
      /ATECO divisions 41, 42, 43, 49, 50, 51, and the employer's code is 24\.10\.00/,
    );
  });

  it('matches a division, not a string prefix: 4.x is not 41', () => {
    const counts = headcountOn('2025-01-01', 20, { siteOrTravellingStaff: 6 });
    expect(computableBase(counts, RULES_2022, '49.39.01', null).base).toBe(14);
    expect(computableBase(counts, RULES_2022, '01.41.00', null).base).toBe(20);
  });

  it('takes a group a new version adds without a code change', () => {
    const added: ExclusionRule = {
      group: 'SEASONAL_WORKERS_2030',
      label: 'seasonal workers (a future rule)',
      reference: 'a future decree',
      atecoDivisions: null,
    };
    const counts = headcountOn('2031-01-01', 30, { otherGroups: { SEASONAL_WORKERS_2030: 4 } });
    expect(computableBase(counts, RULES_2022, FOUNDRY, null).base).toBe(30);
    expect(
      computableBase(counts, { ...RULES_2022, exclusions: [...RULES_2022.exclusions, added] }, FOUNDRY, null).base,
    ).toBe(26);
  });

  it('never leaves a base below zero or above the total, and an exclusion never raises it', () => {
    const group = fc.integer({ min: 0, max: 40 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        group,
        group,
        group,
        fc.boolean(),
        (total, managers, lsu, site, builder) => {
          const counts = headcountOn('2025-01-01', total, {
            managers,
            siteOrTravellingStaff: site,
            otherGroups: { SOCIALLY_USEFUL_WORK: lsu },
          });
          const ateco = builder ? BUILDER : FOUNDRY;
          const { base } = computableBase(counts, RULES_2022, ateco, null);
          const without = computableBase(
            counts,
            { ...RULES_2022, exclusions: RULES_2022.exclusions.filter((e) => e.group !== 'SOCIALLY_USEFUL_WORK') },
            ateco,
            null,
          ).base;
          expect(base).toBeGreaterThanOrEqual(0);
          expect(base).toBeLessThanOrEqual(total);
          expect(base).toBeLessThanOrEqual(without);
        },
      ),
    );
  });
});

describe('parties, trade unions and non-profit organisations (art. 3 c.3)', () => {
  // The base counts only technical-executive and administrative staff: the other staff are recorded as a group beside
  // the headcount and left out only for these organisations. Source: L. 68/1999 art. 3 c.3 (to be confirmed).
  const counts = headcountOn('2025-01-01', 40, { otherGroups: { OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF: 22 } });

  it('counts only a union’s 18 technical-executive and administrative staff out of 40', () => {
    const { base, lines } = computableBase(counts, RULES_2022, '94.20.00', 'TRADE_UNION');
    expect(base).toBe(18);
    expect(shown(lines)).toContainEqual(
      expect.objectContaining({
        code: 'BASE_EXCLUDED_OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF',
        value: '-22',
        reference: 'L. 68/1999 art. 3 c.3',
      }),
    );
  });

  it('counts all 40 at a company that is not such an organisation, and says why', () => {
    const { base, lines } = computableBase(counts, RULES_2022, '94.20.00', null);
    expect(base).toBe(40);
    expect(
      shown(lines).find((l) => l.code === 'BASE_COUNTED_OTHER_THAN_TECHNICAL_OR_ADMINISTRATIVE_STAFF')!.description,
    ).toMatch(/only for political parties, trade unions and non-profit organisations/);
  });
});
