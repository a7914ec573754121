import { LegalForm } from '../modules/employers/employer.entity';
import { Sector } from '../modules/work-conditions/work-conditions.enums';
import { SeededRandom } from './random';

/**
 * Private employers fall in the Law 68/99 bands by their computable base: under 15 (no obligation), 15–35 (one
 * disabled worker), 36–50 (two), over 50 (7%). Type-B cooperatives and public bodies are sized on their own.
 */
export type SizeBand = 'micro' | 'small' | 'medium' | 'large' | 'cooperative' | 'public';

export const HEADCOUNT_COLUMNS = {
  id: 'uuid',
  employer_id: 'uuid',
  reference_date: 'date',
  total_employees: 'integer',
  part_time_employees: 'integer',
  part_time_fte: 'numeric',
  disabled_workers: 'integer',
  protected_category_workers: 'integer',
  disabled_in_service_workers: 'integer',
  short_fixed_term_workers: 'integer',
  managers: 'integer',
  apprentices: 'integer',
  temp_agency_workers: 'integer',
  home_workers: 'integer',
  cooperative_partners: 'integer',
  workers_abroad: 'integer',
  site_or_travelling_staff: 'integer',
  recorded_at: 'timestamptz',
} as const;

export interface HeadcountInput {
  band: SizeBand;
  sector: Sector;
  legalForm: LegalForm;
  /** Known size range of a public body. */
  employees: [number, number] | null;
}

export interface Headcount {
  counts: Record<string, number>;
  /** The base the quota is computed on, part-timers pro rata: an estimate for deciding which openings count. */
  computableBase: number;
}

/**
 * A snapshot where every group the quota rules leave out (managers, apprentices, short fixed-term, temp-agency,
 * home and abroad workers, cooperative partners, site or travelling staff, and the disabled and protected workers
 * already counting toward the quota) is a part of `total_employees`, so subtracting them never goes below zero.
 */
export function drawHeadcount(random: SeededRandom, input: HeadcountInput): Headcount {
  const { band, sector } = input;
  const between = (lo: number, hi: number) => lo + random.next() * (hi - lo);
  const share = (lo: number, hi: number, of: number) => Math.round(of * between(lo, hi));

  let base: number;
  if (band === 'micro') base = random.int(2, 14);
  else if (band === 'small') base = random.int(15, 35);
  else if (band === 'medium') base = random.int(36, 50);
  // Over 50 the sizes spread from a few dozen to several hundred, most near the bottom.
  else if (band === 'large') base = 50 + Math.floor(Math.exp(random.next() * Math.log(900)));
  else if (band === 'cooperative') base = random.int(3, 40);
  else base = Math.round(random.int(...(input.employees ?? [20, 100])) * 0.93);

  const isPublic = band === 'public';
  const large = base > 50;
  const managers = isPublic
    ? Math.max(1, Math.round(base * 0.015))
    : large
      ? Math.max(1, share(0.01, 0.03, base))
      : band === 'medium'
        ? random.int(0, 2)
        : band === 'micro'
          ? 0
          : random.int(0, 1);
  const apprentices = isPublic ? 0 : band === 'micro' ? (random.chance(0.3) ? 1 : 0) : share(0, 0.08, base);
  const shortFixedTerm = share(0, isPublic ? 0.03 : 0.06, base);
  const industrial = sector === Sector.MANUFACTURING || sector === Sector.LOGISTICS;
  const tempAgency = isPublic ? 0 : share(0, industrial ? 0.12 : 0.03, base);
  const homeWorkers = !isPublic && random.chance(0.03) ? random.int(1, 3) : 0;
  const abroad =
    large && sector === Sector.MANUFACTURING && random.chance(0.25)
      ? random.int(1, Math.max(1, Math.round(base * 0.03)))
      : 0;
  const travelling = sector === Sector.LOGISTICS && !isPublic ? share(0.02, 0.2, base) : 0;
  const cooperativePartners =
    band === 'cooperative'
      ? random.int(10, 110)
      : input.legalForm === LegalForm.COOPERATIVE
        ? share(0.4, 0.8, base)
        : 0;

  const due = base < 15 ? 0 : base <= 35 ? 1 : base <= 50 ? 2 : Math.floor(base * 0.07);
  const coverage = random.weighted({ full: 45, partial: 35, none: 20 });
  let disabled =
    coverage === 'full'
      ? due
      : coverage === 'partial'
        ? Math.max(0, due - random.int(1, Math.max(1, Math.ceil(due / 2))))
        : 0;
  if (due === 0 && random.chance(0.05)) disabled = 1;
  const dueProtected = large ? Math.max(1, Math.round(base * 0.01)) : 0;
  const protectedWorkers = random.chance(0.6) ? dueProtected : random.int(0, dueProtected);
  const disabledInService = large && random.chance(0.3) ? random.int(1, 3) : base >= 15 && random.chance(0.08) ? 1 : 0;

  const total =
    base +
    managers +
    apprentices +
    shortFixedTerm +
    tempAgency +
    homeWorkers +
    abroad +
    travelling +
    cooperativePartners +
    disabled +
    protectedWorkers +
    disabledInService;
  const partTimeShare = isPublic
    ? [0.08, 0.2]
    : [Sector.RETAIL, Sector.FOOD_SERVICE, Sector.CLEANING_FACILITY, Sector.CARE].includes(sector)
      ? [0.25, 0.55]
      : [0.02, 0.15];
  const partTime = Math.min(total, share(partTimeShare[0], partTimeShare[1], total));
  const fraction = between(0.45, 0.75);
  const partTimeFte = Math.round(partTime * fraction * 100) / 100;
  const partTimeInBase = (partTime * base) / Math.max(1, total);

  return {
    counts: {
      total_employees: total,
      part_time_employees: partTime,
      part_time_fte: partTimeFte,
      disabled_workers: disabled,
      protected_category_workers: protectedWorkers,
      disabled_in_service_workers: disabledInService,
      short_fixed_term_workers: shortFixedTerm,
      managers,
      apprentices,
      temp_agency_workers: tempAgency,
      home_workers: homeWorkers,
      cooperative_partners: cooperativePartners,
      workers_abroad: abroad,
      site_or_travelling_staff: travelling,
    },
    computableBase: Math.round(base - partTimeInBase * (1 - fraction)),
  };
}
