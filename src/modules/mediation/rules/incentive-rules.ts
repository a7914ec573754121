import { DisabilityKind } from '../../beneficiaries/beneficiary.enums';
import { ContractType } from '../../openings/opening.enums';

/*
 * Incentives an employer may claim for a hiring, as versioned rule data like the quota rules: each version has its
 * validity, its source, and says whether its figures were confirmed against an official source (`confirmed`); those
 * that were not are shown "da confermare". Amounts are in euro cents. Editing a figure means adding a version.
 */

export enum IncentiveCode {
  /** L. 68/1999 art. 13 as amended by D.Lgs 151/2015 art. 10: share of the gross monthly wage, paid by INPS. */
  ART13_ABOVE_79 = 'ART13_ABOVE_79',
  ART13_67_TO_79 = 'ART13_67_TO_79',
  ART13_INTELLECTUAL_PSYCHIC = 'ART13_INTELLECTUAL_PSYCHIC',
  /** INAIL: reimbursement of accommodations for people whose disability comes from work (L. 190/2014 art. 1 c.166). */
  INAIL_ACCOMMODATIONS = 'INAIL_ACCOMMODATIONS',
  /** Lombardy's regional fund for the employment of people with disabilities (L.R. 13/2003). */
  LOMBARDY_FUND = 'LOMBARDY_FUND',
}

/** Who a version applies to, as far as Ponte's records tell. */
export interface IncentiveCondition {
  /** Invalidity percentage strictly above this (the law speaks of reduced working capacity: see `note`). */
  invalidityAbove?: number;
  /** … and at most this. */
  invalidityAtMost?: number;
  /** At least one of these kinds of disability. */
  disabilityKinds?: DisabilityKind[];
  /** Contracts it can be claimed for. */
  contracts: ContractType[];
}

export interface IncentiveRule {
  code: IncentiveCode;
  validFrom: string;
  validTo: string | null;
  /** Share of the gross monthly wage (percent), when the incentive is one. */
  percentOfGrossWage: number | null;
  /** For how many months, when it is a share of the wage. */
  months: number | null;
  /** A ceiling in cents, when the incentive is a reimbursement up to an amount. */
  maxCents: number | null;
  condition: IncentiveCondition | null;
  /** Whether the figures were checked against the sources below; false reads "da confermare". */
  confirmed: boolean;
  sources: string[];
}

const ART13_SOURCES = [
  'L. 12 marzo 1999, n. 68, art. 13, come modificato dal D.Lgs 14 settembre 2015, n. 151, art. 10',
  'INPS, circolare n. 99 del 13 giugno 2016',
];
const EMPLOYMENT = [ContractType.PERMANENT, ContractType.APPRENTICESHIP];

/** The versions in force and past, oldest first. */
export const INCENTIVE_RULES: readonly IncentiveRule[] = [
  {
    code: IncentiveCode.ART13_ABOVE_79,
    validFrom: '2016-01-01',
    validTo: null,
    percentOfGrossWage: 70,
    months: 36,
    maxCents: null,
    condition: { invalidityAbove: 79, contracts: EMPLOYMENT },
    confirmed: true,
    sources: ART13_SOURCES,
  },
  {
    code: IncentiveCode.ART13_67_TO_79,
    validFrom: '2016-01-01',
    validTo: null,
    percentOfGrossWage: 35,
    months: 36,
    maxCents: null,
    condition: { invalidityAbove: 66, invalidityAtMost: 79, contracts: EMPLOYMENT },
    confirmed: true,
    sources: ART13_SOURCES,
  },
  {
    // 60 months for a permanent hiring; for a fixed-term one of at least 12 months, its whole duration (which
    // Ponte does not record: the estimate takes 12 months, the least that qualifies).
    code: IncentiveCode.ART13_INTELLECTUAL_PSYCHIC,
    validFrom: '2016-01-01',
    validTo: null,
    percentOfGrossWage: 70,
    months: 60,
    maxCents: null,
    condition: {
      invalidityAbove: 45,
      disabilityKinds: [DisabilityKind.INTELLECTUAL, DisabilityKind.PSYCHIC],
      contracts: [...EMPLOYMENT, ContractType.FIXED_TERM],
    },
    confirmed: true,
    sources: ART13_SOURCES,
  },
  {
    // Up to €150,000 per personalised project (barriers €95,000, workstation €40,000, training €15,000); only for
    // a disability from an accident at work or an occupational disease, which Ponte does not record.
    code: IncentiveCode.INAIL_ACCOMMODATIONS,
    validFrom: '2019-01-01',
    validTo: null,
    percentOfGrossWage: null,
    months: null,
    maxCents: 15_000_000,
    condition: null,
    confirmed: false,
    sources: [
      'L. 23 dicembre 2014, n. 190, art. 1 c.166',
      'INAIL, determinazione del Presidente 19 dicembre 2018, n. 527; circolare n. 6 del 26 febbraio 2019',
    ],
  },
  {
    // Instruments and amounts change with each regional call (dote, contributi all'assunzione): none is estimated.
    code: IncentiveCode.LOMBARDY_FUND,
    validFrom: '2003-08-04',
    validTo: null,
    percentOfGrossWage: null,
    months: null,
    maxCents: null,
    condition: null,
    confirmed: false,
    sources: ['L.R. Lombardia 4 agosto 2003, n. 13, art. 7 (Fondo regionale per l’occupazione dei disabili)'],
  },
];

/** What the records say of the person, or null where the viewer may not read it. */
export interface IncentivePerson {
  invalidityPercentage: number | null;
  disabilityKinds: DisabilityKind[];
}

export interface IncentiveEstimate {
  rule: IncentiveRule;
  /** True or false from the records; null when not known (a liaison's brief, or nothing recorded). */
  applies: boolean | null;
  /** How many months the estimate counts. */
  monthsCounted: number | null;
  /** Share of the wage × months, in cents; null for reimbursements (see `rule.maxCents`). */
  estimateCents: number | null;
}

const inForce = (r: IncentiveRule, on: string) => r.validFrom <= on && (r.validTo === null || on <= r.validTo);

function applies(c: IncentiveCondition | null, contract: ContractType, person: IncentivePerson | null): boolean | null {
  if (c === null) return null;
  if (!c.contracts.includes(contract)) return false;
  if (person === null || person.invalidityPercentage === null) return null;
  const p = person.invalidityPercentage;
  if (c.invalidityAbove !== undefined && !(p > c.invalidityAbove)) return false;
  if (c.invalidityAtMost !== undefined && !(p <= c.invalidityAtMost)) return false;
  if (c.disabilityKinds && !c.disabilityKinds.some((k) => person.disabilityKinds.includes(k))) return false;
  return true;
}

/**
 * The gross monthly wage of the opening: the configured full-time wage in proportion to its weekly hours.
 */
export function monthlyWageCents(fullTimeCents: number, fullTimeHours: number, weeklyHours: number): number {
  return Math.round((fullTimeCents * Math.min(weeklyHours, fullTimeHours)) / fullTimeHours);
}

/** Every incentive in force on `on`, whether it applies to the hiring, and its estimate. */
export function estimateIncentives(
  on: string,
  contract: ContractType,
  wageCents: number,
  person: IncentivePerson | null,
  rules: readonly IncentiveRule[] = INCENTIVE_RULES,
): IncentiveEstimate[] {
  return rules
    .filter((r) => inForce(r, on))
    .map((rule) => {
      const months =
        rule.months === null
          ? null
          : rule.code === IncentiveCode.ART13_INTELLECTUAL_PSYCHIC && contract === ContractType.FIXED_TERM
            ? 12
            : rule.months;
      return {
        rule,
        applies: applies(rule.condition, contract, person),
        monthsCounted: months,
        estimateCents:
          rule.percentOfGrossWage === null || months === null
            ? null
            : Math.round((wageCents * rule.percentOfGrossWage * months) / 100),
      };
    });
}
