import { Message, msg } from '../../i18n/message';
import { PlacementKind, PlacementStatus } from '../placements/placement.enums';

/**
 * What the service's yearly figures count. Everything is computed from the records (case histories and placements),
 * never stored. Year Y is the Italian calendar year: 1 January 00:00 to 31 December 24:00, Europe/Rome.
 *
 * - ACCOMPANIED in Y ("people accompanied: orientation and support"): a person whose case, according to its status
 *   history (case_status_change), was in INTAKE, ORIENTATION, TRAINING or INTERNSHIP at some moment of Y. Each
 *   history step holds from its changed_at until the next step of the same person. A person referred but never taken
 *   in (REFERRED only) is not accompanied; nor is a person who spent all of Y at work (PLACED or MONITORING): the
 *   follow-up of people at work is counted by "placed or renewed", not here. Each person counts once.
 *
 * - INTERNSHIPS AND WORK TRIALS STARTED in Y: placements (not people) of kind TIROCINIO_INCLUSIONE or WORK_TRIAL that
 *   were started (confirmed: started_at is set, so proposals and proposals withdrawn before starting do not count)
 *   and whose start date (starts_on) falls in Y. Two internships of the same person in Y count twice.
 *
 * - PLACED OR RENEWED in Y: people (each once) with at least one started placement of kind HIRING or
 *   CONTRACT_RENEWAL whose start date falls in Y. It includes people who were in MONITORING all year and only had a
 *   contract renewed, which is why a territory can have more people placed or renewed than people accompanied
 *   (Ambito 3 in 2022: 124 against 109).
 *
 * - INTERNSHIP-TO-HIRING CONVERSION RATE for Y: among internships and work trials that were started and ended in Y
 *   (ended_on in Y: COMPLETED, ENDED_EARLY or CONVERTED_TO_HIRING), the share that ended CONVERTED_TO_HIRING. Null
 *   when none ended.
 *
 * Breakdowns use the person's current residence: its municipality and the ambito of that municipality (people living
 * outside the two ambiti fall in a "no ambito" row). Eligibility groups overlap (a person can be under Law 68/99 and
 * followed by the social services), so their rows do not add up to the total; NONE is the people in no group. The
 * placement-kind breakdown counts placements started in Y and the distinct people who started them, every kind.
 * When an ambito is asked for, every figure is restricted to the people living in it.
 */

/** One person's facts for a year, read from the records. */
export interface PersonYear {
  beneficiaryId: string;
  ambito: number | null;
  municipalityId: string;
  municipalityName: string;
  law68Category: string | null;
  law381: boolean;
  socialServices: boolean;
  accompanied: boolean;
}

/** A placement started or ended in the year (a placement can be both). */
export interface PlacementYear {
  beneficiaryId: string;
  kind: PlacementKind;
  status: PlacementStatus;
  startedInYear: boolean;
  endedInYear: boolean;
}

export interface Figures {
  peopleAccompanied: number;
  internshipsAndTrialsStarted: number;
  peoplePlacedOrRenewed: number;
  internshipsConcluded: number;
  internshipsConverted: number;
  conversionRate: number | null;
}

export interface FiguresRow extends Figures {
  key: string;
  /** What the row is called: a place's name as recorded, or the catalogue's words for a total or a group. */
  message: Message;
}

export interface KindRow {
  kind: PlacementKind;
  placementsStarted: number;
  people: number;
}

export interface StatisticsTable {
  totals: FiguresRow;
  byAmbito: FiguresRow[];
  byMunicipality: FiguresRow[];
  byEligibility: FiguresRow[];
  byPlacementKind: KindRow[];
}

export enum EligibilityGroup {
  LAW_68_ART1 = 'LAW_68_ART1',
  LAW_68_ART18 = 'LAW_68_ART18',
  LAW_381 = 'LAW_381',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  NONE = 'NONE',
}

const placeName = (name: string): Message => msg('statistics.place', { name });

const INTERNSHIP: readonly PlacementKind[] = [PlacementKind.TIROCINIO_INCLUSIONE, PlacementKind.WORK_TRIAL];
const CONTRACT: readonly PlacementKind[] = [PlacementKind.HIRING, PlacementKind.CONTRACT_RENEWAL];

export function eligibilityGroups(person: PersonYear): EligibilityGroup[] {
  const groups: EligibilityGroup[] = [];
  if (person.law68Category === 'DISABLED_ART1') groups.push(EligibilityGroup.LAW_68_ART1);
  if (person.law68Category === 'PROTECTED_ART18') groups.push(EligibilityGroup.LAW_68_ART18);
  if (person.law381) groups.push(EligibilityGroup.LAW_381);
  if (person.socialServices) groups.push(EligibilityGroup.SOCIAL_SERVICES);
  return groups.length ? groups : [EligibilityGroup.NONE];
}

/** The figures of a set of people (see the definitions at the top of this file). */
export function figuresOf(people: readonly PersonYear[], placements: readonly PlacementYear[]): Figures {
  const ids = new Set(people.map((p) => p.beneficiaryId));
  const mine = placements.filter((p) => ids.has(p.beneficiaryId));
  const startedInternships = mine.filter((p) => p.startedInYear && INTERNSHIP.includes(p.kind));
  const placed = new Set(mine.filter((p) => p.startedInYear && CONTRACT.includes(p.kind)).map((p) => p.beneficiaryId));
  const concluded = mine.filter((p) => p.endedInYear && INTERNSHIP.includes(p.kind));
  const converted = concluded.filter((p) => p.status === PlacementStatus.CONVERTED_TO_HIRING);
  return {
    peopleAccompanied: people.filter((p) => p.accompanied).length,
    internshipsAndTrialsStarted: startedInternships.length,
    peoplePlacedOrRenewed: placed.size,
    internshipsConcluded: concluded.length,
    internshipsConverted: converted.length,
    conversionRate: concluded.length ? Math.round((converted.length / concluded.length) * 10_000) / 10_000 : null,
  };
}

function isEmpty(f: Figures): boolean {
  return !f.peopleAccompanied && !f.internshipsAndTrialsStarted && !f.peoplePlacedOrRenewed && !f.internshipsConcluded;
}

/**
 * The yearly table from the people and placements of the year. `ambiti` lists the service's ambiti (each gets a row
 * even when empty); people with no ambito get a row only when they count for something.
 */
export function buildStatisticsTable(
  people: readonly PersonYear[],
  placements: readonly PlacementYear[],
  ambiti: ReadonlyArray<{ number: number; name: string }>,
): StatisticsTable {
  const group = <K>(keyOf: (p: PersonYear) => K[]) => {
    const groups = new Map<K, PersonYear[]>();
    for (const person of people) {
      for (const key of keyOf(person)) {
        const members = groups.get(key);
        if (members) members.push(person);
        else groups.set(key, [person]);
      }
    }
    return groups;
  };

  const byAmbitoGroups = group((p) => [p.ambito]);
  const byAmbito: FiguresRow[] = ambiti.map((a) => ({
    key: String(a.number),
    message: placeName(a.name),
    ...figuresOf(byAmbitoGroups.get(a.number) ?? [], placements),
  }));
  const outside = figuresOf(byAmbitoGroups.get(null) ?? [], placements);
  if (!isEmpty(outside)) byAmbito.push({ key: 'NONE', message: msg('statistics.outsideAmbiti'), ...outside });

  const municipalities = group((p) => [p.municipalityId]);
  const byMunicipality = [...municipalities.entries()]
    .map(([id, members]) => ({
      key: id,
      name: members[0].municipalityName,
      ambito: members[0].ambito,
      ...figuresOf(members, placements),
    }))
    .filter((row) => !isEmpty(row))
    .sort((a, b) => (a.ambito ?? 99) - (b.ambito ?? 99) || a.name.localeCompare(b.name, 'it'))
    .map(({ ambito: _ambito, name, ...row }) => ({ ...row, message: placeName(name) }));

  const eligibility = group(eligibilityGroups);
  const byEligibility = Object.values(EligibilityGroup).map((g) => ({
    key: g,
    message: msg(`statistics.eligibility.${g}`),
    ...figuresOf(eligibility.get(g) ?? [], placements),
  }));

  const ids = new Set(people.map((p) => p.beneficiaryId));
  const started = placements.filter((p) => p.startedInYear && ids.has(p.beneficiaryId));
  const byPlacementKind = Object.values(PlacementKind).map((kind) => {
    const ofKind = started.filter((p) => p.kind === kind);
    return { kind, placementsStarted: ofKind.length, people: new Set(ofKind.map((p) => p.beneficiaryId)).size };
  });

  return {
    totals: { key: 'TOTAL', message: msg('statistics.total'), ...figuresOf(people, placements) },
    byAmbito,
    byMunicipality,
    byEligibility,
    byPlacementKind,
  };
}
