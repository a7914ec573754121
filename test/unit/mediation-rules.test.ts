import fc from 'fast-check';
import { DisabilityKind } from '../../src/modules/beneficiaries/beneficiary.enums';
import { ContractType } from '../../src/modules/openings/opening.enums';
import { PROFILE_HARD_CONSTRAINTS } from '../../src/modules/matching/sql/match-profile-sql';
import { change, ChangeCode, ChangeKind, KIND_OF, SCORE_ONLY } from '../../src/modules/mediation/rules/changes';
import { estimateIncentives, IncentiveCode, monthlyWageCents } from '../../src/modules/mediation/rules/incentive-rules';
import { TalkingPointCode, talkingPoints } from '../../src/modules/mediation/rules/talking-points';
import {
  entrants,
  newcomers,
  openingChanges,
  OpeningFacts,
  openingPairAfter,
  pairAfter,
  pairsOf,
  personChanges,
  worthScoring,
} from '../../src/modules/mediation/rules/what-if';
import { composeOverrides, overridesOf, readsAny, withOverrides } from '../../src/modules/mediation/sql/variants';
import { Shift, TransportMode } from '../../src/modules/work-conditions/work-conditions.enums';
import { HardConstraintCode } from '../../src/modules/matching/rules/factors';

describe('changes as rewrites of the match profile', () => {
  it('rewrites only the columns a change touches, in one pass, so an override may read the old value', () => {
    const o = overridesOf(change(ChangeCode.DROP_SHIFT, { shift: Shift.NIGHT }));
    const shifts = PROFILE_HARD_CONSTRAINTS[HardConstraintCode.SHIFTS];
    expect(readsAny(shifts, o)).toBe(true);
    expect(readsAny(PROFILE_HARD_CONSTRAINTS[HardConstraintCode.COMMUTE], o)).toBe(false);
    expect(withOverrides(shifts, o)).toBe(
      shifts.replace('o.shift_bits', `(o.shift_bits & ~shift_bits(ARRAY['NIGHT']))`),
    );
  });

  it('composes two changes of the same column: the second applies to the first', () => {
    const a = overridesOf(change(ChangeCode.DROP_SHIFT, { shift: Shift.NIGHT }));
    const b = overridesOf(change(ChangeCode.DROP_SHIFT, { shift: Shift.WEEKEND }));
    expect(composeOverrides(a, b)['o.shift_bits']).toBe(
      `(o.shift_bits & ~shift_bits(ARRAY['NIGHT'])) & ~shift_bits(ARRAY['WEEKEND'])`,
    );
  });

  it('labels worsening changes as the person’s choice, never as training or arrangement', () => {
    expect(KIND_OF[ChangeCode.LONGER_COMMUTE]).toBe(ChangeKind.PERSONS_CHOICE);
    expect(KIND_OF[ChangeCode.ACCEPT_SHIFT]).toBe(ChangeKind.PERSONS_CHOICE);
    const changes = personChanges(
      {
        hasDrivingLicence: false,
        maxCommuteKm: 10,
        maxCommuteMinutes: null,
        transportModes: [],
        availableShifts: [Shift.MORNING],
        accessibilityNeeds: [],
        skillsAsked: [],
      },
      true,
    );
    for (const c of changes) expect(c.kind).toBe(KIND_OF[c.code]);
    expect(
      changes
        .filter((c) => c.kind === ChangeKind.PERSONS_CHOICE)
        .map((c) => c.code)
        .sort(),
    ).toEqual([...Array(4).fill(ChangeCode.ACCEPT_SHIFT), ChangeCode.LONGER_COMMUTE]);
    // No modes recorded means public transport: it is not offered as a new way to travel.
    expect(changes.some((c) => c.params.transportMode === TransportMode.PUBLIC_TRANSPORT)).toBe(false);
  });

  it('names no need to a reader who may not know them', () => {
    const facts = {
      hasDrivingLicence: true,
      maxCommuteKm: null,
      maxCommuteMinutes: null,
      transportModes: [],
      availableShifts: [],
      accessibilityNeeds: ['STEP_FREE_ACCESS' as never],
      skillsAsked: [],
    };
    expect(personChanges(facts, false).some((c) => c.code === ChangeCode.NEED_ARRANGED)).toBe(false);
    expect(personChanges(facts, true).some((c) => c.code === ChangeCode.NEED_ARRANGED)).toBe(true);
  });

  it('training raises the level held for scoring, and nothing else', () => {
    const pair = {
      skills: [
        { skillId: 'a', heldLevel: 1 },
        { skillId: 'b', heldLevel: 0 },
      ],
    };
    expect(pairAfter(pair, change(ChangeCode.TRAIN_SKILL, { skillId: 'b', level: 3 })).skills).toEqual([
      { skillId: 'a', heldLevel: 1 },
      { skillId: 'b', heldLevel: 3 },
    ]);
    expect(pairAfter(pair, change(ChangeCode.DRIVING_LICENCE))).toBe(pair);
  });
});

describe('who enters the top', () => {
  const ranked = fc.array(fc.record({ id: fc.uuid(), score: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10) }), {
    maxLength: 25,
  });

  it('equals re-ranking everyone after the change, keeping the newcomers', () => {
    fc.assert(
      fc.property(ranked, ranked, fc.nat(5), (current, gainedRaw, lostCount) => {
        const ids = new Set(current.map((c) => c.id));
        const gained = gainedRaw.filter((g) => !ids.has(g.id));
        const lost = current.slice(0, lostCount).map((c) => c.id);
        const result = entrants(current, lost, gained, 10);
        const everyone = [...current.filter((c) => !lost.includes(c.id)), ...gained].sort(
          (a, b) => b.score - a.score || a.id.localeCompare(b.id),
        );
        const expected = everyone
          .slice(0, 10)
          .map((r, i) => ({ ...r, rank: i + 1 }))
          .filter((r) => gained.some((g) => g.id === r.id));
        expect(result).toEqual(expected);
      }),
    );
  });

  it('never trims a gain whose pre-score is within twice the tolerance of the size-th', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 40 }), (scores) => {
        const pres = [...scores].sort((a, b) => b - a);
        const ids = pres.map((_, i) => String(i));
        const kept = new Set(worthScoring(ids, pres, 10, 0.1));
        pres.forEach((p, i) => {
          if (i < 10 || p >= pres[9] - 0.2) expect(kept.has(String(i))).toBe(true);
        });
      }),
    );
  });
});

describe('incentives as rule data', () => {
  it('estimates share × wage × months in cents, for the band the records give', () => {
    const wage = monthlyWageCents(200_000, 40, 20);
    expect(wage).toBe(100_000);
    const est = estimateIncentives('2026-12-03', ContractType.PERMANENT, wage, {
      invalidityPercentage: 80,
      disabilityKinds: [DisabilityKind.PHYSICAL],
    });
    const byCode = new Map(est.map((e) => [e.rule.code, e]));
    expect(byCode.get(IncentiveCode.ART13_ABOVE_79)).toMatchObject({ applies: true, estimateCents: 2_520_000 });
    expect(byCode.get(IncentiveCode.ART13_67_TO_79)!.applies).toBe(false);
    expect(byCode.get(IncentiveCode.ART13_INTELLECTUAL_PSYCHIC)!.applies).toBe(false);
  });

  it('says nothing of the band without the person’s health data, and nothing for an internship', () => {
    for (const e of estimateIncentives('2026-12-03', ContractType.PERMANENT, 100_000, null))
      expect(e.applies).toBeNull();
    const internship = estimateIncentives('2026-12-03', ContractType.TIROCINIO, 100_000, null);
    for (const e of internship.filter((x) => x.rule.code.startsWith('ART13'))) expect(e.applies).toBe(false);
  });

  it('turns every figure into a talking point only when the figure exists', () => {
    const points = talkingPoints({
      score: null,
      failedConstraints: 2,
      changesThatOpen: 0,
      skillGaps: 0,
      commute: null,
      accommodationsLacking: null,
      quota: { shortfallBefore: 2, shortfallAfter: 1, exposurePerDayAvoidedCents: 0, contributionPerDaySavedCents: 0 },
      incentives: [],
    });
    expect(points).toEqual([
      { code: TalkingPointCode.notEligible, params: { count: 2 } },
      { code: TalkingPointCode.shortfallClosed, params: { before: 2, after: 1 } },
    ]);
  });
});

describe('score-only changes of an opening', () => {
  const facts = (over: Partial<OpeningFacts> = {}): OpeningFacts => ({
    weeklyHours: 36,
    shifts: [],
    physicalDemands: [],
    accessibilityFeatures: [],
    accommodationsArrangeable: true,
    indispensableSkills: [],
    skillLevels: [
      { skillId: 'a', bitPosition: 1, minimumLevel: 3 },
      { skillId: 'b', bitPosition: 2, minimumLevel: 1 },
    ],
    contractType: ContractType.TIROCINIO,
    countsTowardQuota: false,
    ...over,
  });
  const codes = (f: OpeningFacts, code: ChangeCode) => openingChanges(f).filter((c) => c.code === code);

  it('asks each skill one level lower, never below level 1', () => {
    expect(codes(facts(), ChangeCode.LOWER_LEVEL).map((c) => c.params)).toEqual([
      { skillId: 'a', skillBit: 1, level: 2 },
    ]);
  });

  it('offers a contract counting toward the quota only to an opening that does not count', () => {
    expect(codes(facts(), ChangeCode.CONTRACT).map((c) => c.params.contractType)).toEqual([
      ContractType.PERMANENT,
      ContractType.FIXED_TERM,
    ]);
    expect(codes(facts({ countsTowardQuota: true }), ChangeCode.CONTRACT)).toEqual([]);
    // A short fixed term that does not count can become a longer one; a permanent contract is not offered again.
    expect(
      codes(facts({ contractType: ContractType.PERMANENT }), ChangeCode.CONTRACT).map((c) => c.params.contractType),
    ).toEqual([ContractType.FIXED_TERM]);
  });

  it('are never paired: alone they bring in no one', () => {
    const all = openingChanges(facts({ shifts: [Shift.NIGHT], weeklyHours: 20 }));
    for (const [i, j] of pairsOf(all))
      expect([all[i].code, all[j].code].some((code) => SCORE_ONLY.has(code))).toBe(false);
  });

  it('rewrite the pair as the score reads it', () => {
    const pair = {
      law68Applies: false,
      law68Eligible: true,
      skills: [
        { skillId: 'a', minimumLevel: 3 },
        { skillId: 'b', minimumLevel: 2 },
      ],
    };
    expect(openingPairAfter(pair, change(ChangeCode.LOWER_LEVEL, { skillId: 'a', level: 2 })).skills).toEqual([
      { skillId: 'a', minimumLevel: 2 },
      { skillId: 'b', minimumLevel: 2 },
    ]);
    expect(openingPairAfter(pair, change(ChangeCode.CONTRACT)).law68Applies).toBe(true);
    expect(openingPairAfter({ ...pair, law68Eligible: false }, change(ChangeCode.CONTRACT)).law68Applies).toBe(false);
  });

  it('name as newcomers exactly the new top who were not in the old top', () => {
    const ranking = fc
      .uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 })
      .map((ids) => ids.map((id, i) => ({ id: `p${id}`, score: 100 - i })));
    fc.assert(
      fc.property(ranking, ranking, fc.integer({ min: 1, max: 12 }), (before, after, size) => {
        const found = newcomers(before, after, size);
        const old = new Set(before.slice(0, size).map((r) => r.id));
        expect(found.every((r) => !old.has(r.id) && after[r.rank - 1].id === r.id && r.rank <= size)).toBe(true);
        expect(found.length).toBe(after.slice(0, size).filter((r) => !old.has(r.id)).length);
      }),
    );
  });
});
