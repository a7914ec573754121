/**
 * The groups left out of the computable base, as rule data: a new group is a new entry here (and its workers are
 * recorded beside the headcount), not a code change or a new CHECK constraint. Sources as in quota-rule-versions-v2;
 * the ones marked "to be confirmed" were not read in a published text.
 */
export interface ExclusionRow {
  group: string;
  label: string;
  reference: string;
  atecoDivisions: string[] | null;
}

const row = (
  group: string,
  label: string,
  reference: string,
  atecoDivisions: string[] | null = null,
): ExclusionRow => ({ group, label, reference, atecoDivisions });

/** In every version from 2008. */
export const STANDING_EXCLUSIONS: readonly ExclusionRow[] = [
  row('DISABLED_WORKERS', 'disabled workers hired under Law 68/99 (they cover the quota)', 'L. 68/1999 art. 4 c.1'),
  row(
    'PROTECTED_CATEGORY_WORKERS',
    'art. 18 protected-category workers (they cover their quota)',
    'L. 68/1999 art. 18 c.2',
  ),
  row('DISABLED_IN_SERVICE_WORKERS', 'workers disabled in service who count toward the quota', 'L. 68/1999 art. 4 c.4'),
  row(
    'SHORT_FIXED_TERM_WORKERS',
    'fixed-term contracts of up to 6 months',
    'L. 68/1999 art. 4 c.1 (L. 92/2012, L. 134/2012)',
  ),
  row('MANAGERS', 'managers (dirigenti)', 'L. 68/1999 art. 4 c.1'),
  row('APPRENTICES', 'apprentices', 'L. 68/1999 art. 4 c.1 (exclusions of the sector rules)'),
  row('TEMP_AGENCY_WORKERS', 'temp-agency workers at the user company', 'D.Lgs 81/2015 art. 34 c.3'),
  row('HOME_WORKERS', 'home workers', 'L. 68/1999 art. 4 c.1'),
  row('COOPERATIVE_PARTNERS', 'partners of worker cooperatives', 'L. 68/1999 art. 4 c.1'),
  row('WORKERS_ABROAD', 'workers employed abroad, for the time they work there', 'L. 68/1999 art. 4 c.1'),
  // Construction (ATECO 41–43) for site staff; transport by land, water and air (49–51, cable cars are in 49) for
  // travelling staff.
  row(
    'SITE_OR_TRAVELLING_STAFF',
    'construction-site staff in construction, travelling staff in transport and cable cars',
    'L. 68/1999 art. 5 c.2',
    ['41', '42', '43', '49', '50', '51'],
  ),
  row('SOCIALLY_USEFUL_WORK', 'workers in socially useful work (LSU)', 'D.Lgs 81/2000 art. 7'),
];

/** From the versions after D.Lgs 80/2015 (in force 25 June 2015; the version boundary is 8 October 2016). */
export const RECENT_EXCLUSIONS: readonly ExclusionRow[] = [
  row('REPLACEMENT_WORKERS', 'workers hired to replace absent ones', 'L. 68/1999 art. 4 c.1 (to be confirmed)'),
  row(
    'WORK_LIFE_TELEWORKERS',
    'teleworkers under work-life-balance agreements',
    'D.Lgs 80/2015 art. 23 (to be confirmed)',
  ),
];

export const EXCLUSIONS_CITATION =
  'L. 68/1999 art. 4 c.1 as amended by L. 92/2012 and L. 134/2012, D.Lgs 81/2000 art. 7, D.Lgs 81/2015 art. 34 c.3 (read: workers hired under the law, fixed-term up to 6 months, cooperative partners, managers, temp-agency workers, workers abroad, LSU, home workers, apprentices); to be confirmed: replacement workers, teleworkers (D.Lgs 80/2015 art. 23), and site and travelling staff only in construction, transport and cable cars (art. 5 c.2), by ATECO division';
