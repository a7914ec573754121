import { render } from '../../src/i18n/message';
import { PlacementKind, PlacementStatus } from '../../src/modules/placements/placement.enums';
import {
  buildStatisticsTable,
  eligibilityGroups,
  figuresOf,
  PersonYear,
  PlacementYear,
} from '../../src/modules/statistics/statistics';
import { statisticsCsv } from '../../src/modules/statistics/statistics-csv';

const person = (id: string, extra: Partial<PersonYear> = {}): PersonYear => ({
  beneficiaryId: id,
  ambito: 1,
  municipalityId: 'm-bs',
  municipalityName: 'Brescia',
  law68Category: null,
  law381: false,
  socialServices: false,
  accompanied: true,
  ...extra,
});
const placement = (id: string, kind: PlacementKind, extra: Partial<PlacementYear> = {}): PlacementYear => ({
  beneficiaryId: id,
  kind,
  status: PlacementStatus.ACTIVE,
  startedInYear: true,
  endedInYear: false,
  ...extra,
});
const AMBITI = [
  { number: 1, name: 'Brescia' },
  { number: 3, name: 'Brescia Est' },
];

describe('statistics figures', () => {
  it('counts internships as placements but placed people once, renewals included', () => {
    const f = figuresOf(
      [person('a'), person('b', { accompanied: false })],
      [
        placement('a', PlacementKind.TIROCINIO_INCLUSIONE),
        placement('a', PlacementKind.WORK_TRIAL),
        placement('a', PlacementKind.HIRING),
        placement('a', PlacementKind.CONTRACT_RENEWAL),
        placement('b', PlacementKind.CONTRACT_RENEWAL),
        placement('b', PlacementKind.WORKSHOP),
        placement('x', PlacementKind.HIRING),
      ],
    );
    expect(f).toEqual({
      peopleAccompanied: 1,
      internshipsAndTrialsStarted: 2,
      peoplePlacedOrRenewed: 2,
      internshipsConcluded: 0,
      internshipsConverted: 0,
      conversionRate: null,
    });
  });

  it('computes the conversion rate on internships ended in the year, wherever they started', () => {
    const f = figuresOf(
      [person('a')],
      [
        placement('a', PlacementKind.TIROCINIO_INCLUSIONE, {
          startedInYear: false,
          endedInYear: true,
          status: PlacementStatus.CONVERTED_TO_HIRING,
        }),
        placement('a', PlacementKind.WORK_TRIAL, { endedInYear: true, status: PlacementStatus.COMPLETED }),
        placement('a', PlacementKind.WORK_TRIAL, { endedInYear: true, status: PlacementStatus.ENDED_EARLY }),
        placement('a', PlacementKind.HIRING, { endedInYear: true, status: PlacementStatus.COMPLETED }),
      ],
    );
    expect(f).toMatchObject({
      internshipsAndTrialsStarted: 2,
      internshipsConcluded: 3,
      internshipsConverted: 1,
      conversionRate: 0.3333,
    });
  });

  it('puts a person in every eligibility group that applies, or in NONE', () => {
    expect(
      eligibilityGroups(person('a', { law68Category: 'DISABLED_ART1', law381: true, socialServices: true })),
    ).toEqual(['LAW_68_ART1', 'LAW_381', 'SOCIAL_SERVICES']);
    expect(eligibilityGroups(person('b', { law68Category: 'PROTECTED_ART18' }))).toEqual(['LAW_68_ART18']);
    expect(eligibilityGroups(person('c'))).toEqual(['NONE']);
  });

  it('builds the table: every ambito row, municipalities that count, overlapping eligibility', () => {
    const people = [
      person('a', { law68Category: 'DISABLED_ART1', socialServices: true }),
      person('b', { ambito: 3, municipalityId: 'm-rz', municipalityName: 'Rezzato', accompanied: false }),
      person('c', { ambito: null, municipalityId: 'm-x', municipalityName: 'Lumezzane' }),
    ];
    const table = buildStatisticsTable(people, [placement('b', PlacementKind.CONTRACT_RENEWAL)], AMBITI);
    expect(table.totals).toMatchObject({ peopleAccompanied: 2, peoplePlacedOrRenewed: 1 });
    expect(table.byAmbito.map((r) => [r.key, r.peopleAccompanied, r.peoplePlacedOrRenewed])).toEqual([
      ['1', 1, 0],
      ['3', 0, 1],
      ['NONE', 1, 0],
    ]);
    expect(table.byMunicipality.map((r) => render(r.message, 'it'))).toEqual(['Brescia', 'Rezzato', 'Lumezzane']);
    expect(table.byEligibility.map((r) => [r.key, r.peopleAccompanied])).toEqual([
      ['LAW_68_ART1', 1],
      ['LAW_68_ART18', 0],
      ['LAW_381', 0],
      ['SOCIAL_SERVICES', 1],
      ['NONE', 1],
    ]);
    expect(table.byPlacementKind.find((k) => k.kind === PlacementKind.CONTRACT_RENEWAL)).toEqual({
      kind: PlacementKind.CONTRACT_RENEWAL,
      placementsStarted: 1,
      people: 1,
    });
  });

  it('leaves out the "no ambito" row when nobody lives outside', () => {
    expect(buildStatisticsTable([person('a')], [], AMBITI).byAmbito.map((r) => r.key)).toEqual(['1', '3']);
  });
});

describe('statistics CSV', () => {
  it('quotes what needs quoting and never lets a cell become a formula', () => {
    const table = buildStatisticsTable(
      [
        person('a', { municipalityName: 'Sant\'Eufemia, "centro"' }),
        person('b', { municipalityId: 'm2', municipalityName: '=HYPERLINK("x")' }),
      ],
      [],
      AMBITI,
    );
    const csv = statisticsCsv(2022, null, table, 'en');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(',"Sant\'Eufemia, ""centro""",');
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(csv.split('\r\n')[1]).toBe('2022,,TOTAL,TOTAL,Total,2,0,0,0,0,,,');
  });
});
