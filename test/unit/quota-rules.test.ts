import { shown } from '../helpers/quota-lines';
import { computeQuota, noQuotaFacts, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import {
  computableBase,
  HeadcountCounts,
  HeadcountGroup,
  QuotaRuleVersion,
  roundHundredths,
} from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

const RULES: QuotaRuleVersion = RULES_2022;

function headcount(overrides: Partial<HeadcountCounts> = {}): HeadcountCounts {
  return headcountOn('2025-01-01', 0, { snapshotId: 's1', ...overrides });
}

const quotaOf = (counts: HeadcountCounts, rules = RULES) => {
  const facts = noQuotaFacts({ atecoCode: '24.10.00', snapshots: [counts] });
  return computeQuota('2025-02-01', [rules], facts); // within the grace period of the headcount's date
};

describe('units due by computable base (art. 3 and art. 18)', () => {
  const edges: Array<[number, number, number, string | null]> = [
    // base, disabled due, protected due, size band
    [14, 0, 0, null],
    [15, 1, 0, 'SMALL'],
    [35, 1, 0, 'SMALL'],
    [36, 2, 0, 'MEDIUM'],
    [50, 2, 0, 'MEDIUM'],
    [51, 4, 1, 'LARGE'], // 7% of 51 = 3.57, a fraction above 0.50 counts as one; 51–150 owe exactly 1 protected
    [150, 10, 1, 'LARGE'], // 7% of 150 = 10.50 exactly: not above 0.50, so 10
    [151, 11, 2, 'LARGE'], // 10.57 → 11; 1% of 151 = 1.51 → 2
    [1000, 70, 10, 'LARGE'],
  ];
  it.each(edges)(
    'a base of %i owes %i disabled and %i protected-category workers (band %s)',
    (base, disabled, protectedDue, band) => {
      const quota = quotaOf(headcount({ totalEmployees: base }));
      expect(quota.base).toBe(base);
      expect(quota.disabled.due).toBe(disabled);
      expect(quota.protectedCategories.due).toBe(protectedDue);
      expect(quota.sizeBand).toBe(band);
      expect(quota.status).toBe(disabled === 0 ? 'NOT_OBLIGED' : 'IN_GRACE');
    },
  );

  it('drops the fraction of a percentage when the rule version does not round there', () => {
    const quota = quotaOf(headcount({ totalEmployees: 51 }), { ...RULES, roundingPoints: ['PART_TIME_BASE'] });
    expect(quota.disabled.due).toBe(3);
    expect(shown(quota.lines).find((l) => l.code === 'DISABLED_DUE')!.description).toMatch(
      /7% = 3.57 disabled workers \(art. 1\), fractions dropped/,
    );
  });
});

describe('computable base', () => {
  const groups: Array<[HeadcountGroup, keyof HeadcountCounts]> = [
    ['DISABLED_WORKERS', 'disabledWorkers'],
    ['PROTECTED_CATEGORY_WORKERS', 'protectedCategoryWorkers'],
    ['DISABLED_IN_SERVICE_WORKERS', 'disabledInServiceWorkers'],
    ['SHORT_FIXED_TERM_WORKERS', 'shortFixedTermWorkers'],
    ['MANAGERS', 'managers'],
    ['APPRENTICES', 'apprentices'],
    ['TEMP_AGENCY_WORKERS', 'tempAgencyWorkers'],
    ['HOME_WORKERS', 'homeWorkers'],
    ['COOPERATIVE_PARTNERS', 'cooperativePartners'],
    ['WORKERS_ABROAD', 'workersAbroad'],
    ['SITE_OR_TRAVELLING_STAFF', 'siteOrTravellingStaff'],
  ];
  it.each(groups)('leaves out %s, so 16 employees with 2 of them count as 14 and owe nothing', (group, field) => {
    const { base, lines } = computableBase(headcount({ totalEmployees: 16, [field]: 2 }), RULES, '41.20.00', null);
    expect(base).toBe(14);
    expect(shown(lines)).toContainEqual(expect.objectContaining({ code: `BASE_EXCLUDED_${group}`, value: '-2' }));
  });

  it('counts a group the rule version does not exclude', () => {
    const { base } = computableBase(
      headcount({ totalEmployees: 16, managers: 2 }),
      { ...RULES, exclusions: [] },
      '41.20.00',
      null,
    );
    expect(base).toBe(16);
  });

  const partTime: Array<[number, number, number]> = [
    // part-time full-time equivalent in hundredths, base, disabled due
    [440, 14, 0],
    [450, 14, 0], // exactly 0.50 is not above it
    [451, 15, 1],
    [460, 15, 1],
  ];
  it.each(partTime)(
    'counts 10 part-timers with %i hundredths of full time among 20 employees as a base of %i',
    (fte, base, due) => {
      const quota = quotaOf(headcount({ totalEmployees: 20, partTimeEmployees: 10, partTimeFteHundredths: fte }));
      expect(quota.base).toBe(base);
      expect(quota.disabled.due).toBe(due);
    },
  );

  it('flags a headcount whose groups exceed the total instead of going below zero', () => {
    const { base, lines } = computableBase(
      headcount({ totalEmployees: 10, managers: 8, partTimeEmployees: 5, partTimeFteHundredths: 260 }),
      RULES,
      '41.20.00',
      null,
    );
    expect(base).toBe(3);
    expect(lines.map((l) => l.code)).toContain('BASE_INCONSISTENT');
  });
});

describe('rounding', () => {
  const cases: Array<[number, number, boolean, number]> = [
    [1049, 50, true, 10],
    [1050, 50, true, 10],
    [1051, 50, true, 11],
    [1099, 50, false, 10],
    [1000, 50, true, 10],
  ];
  it.each(cases)(
    '%i hundredths with threshold %i (rounding %s) make %i units',
    (hundredths, threshold, rounds, units) => {
      expect(roundHundredths(hundredths, threshold, rounds)).toBe(units);
    },
  );
});

describe('covered and shortfall', () => {
  it('counts disabled workers hired and those disabled in service toward the disabled quota, protected workers toward theirs', () => {
    const quota = quotaOf(
      headcount({ totalEmployees: 120, disabledWorkers: 4, disabledInServiceWorkers: 1, protectedCategoryWorkers: 1 }),
    );
    // base 120 - 6 = 114: 7% = 7.98 → 8 disabled, 1 protected
    expect(quota.base).toBe(114);
    expect(quota.disabled).toMatchObject({ due: 8, covered: 5, shortfall: 3 });
    expect(quota.protectedCategories).toMatchObject({ due: 1, covered: 1, shortfall: 0 });
  });

  it('counts hirings through Ponte after the headcount, and not those already in it', () => {
    const counts = headcount({ totalEmployees: 40, referenceDate: '2025-01-01' });
    const facts: QuotaFacts = {
      atecoCode: '24.10.00',
      art3c3Organisation: null,
      snapshots: [counts],
      sites: [],
      exemptions: [],
      suspensions: [],
      conventions: [],
      newHires: [],
      placements: [
        { category: 'DISABLED', startsOn: '2024-12-01', lastDay: null }, // already in the headcount
        { category: 'DISABLED', startsOn: '2025-03-01', lastDay: null },
        { category: 'DISABLED', startsOn: '2025-02-01', lastDay: '2025-04-30' }, // ended before the date
      ],
    };
    const quota = computeQuota('2025-06-30', [RULES], facts);
    expect(quota.disabled).toMatchObject({ due: 2, covered: 1, shortfall: 1 });
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({ code: 'DISABLED_PONTE_PLACEMENTS', value: '1' }),
    );
  });

  it('explains every step with a rule code, the legal reference and the rule version', () => {
    const quota = quotaOf(headcount({ totalEmployees: 60, managers: 2, disabledWorkers: 1 }));
    expect(shown(quota.lines).map((l) => l.code)).toEqual([
      'RULE_VERSION',
      'BASE_TOTAL',
      'BASE_EXCLUDED_DISABLED_WORKERS',
      'BASE_EXCLUDED_MANAGERS',
      'BASE_COMPUTABLE',
      'DISABLED_DUE',
      'DISABLED_COVERED',
      'DISABLED_SHORTFALL',
      'PROTECTED_DUE',
      'PROTECTED_COVERED',
      'PROTECTED_SHORTFALL',
      'UNCOVERED_DISABLED_UNIT',
      'UNCOVERED_DISABLED_UNIT',
      'UNCOVERED_DISABLED_UNIT',
      'UNCOVERED_PROTECTED_UNIT',
      'SANCTION_EXPOSURE',
    ]);
    expect(shown(quota.lines)[0]).toMatchObject({ value: 'L68-2022', reference: 'test' });
    expect(shown(quota.lines).every((l) => l.reference.length > 0)).toBe(true);
  });
});
