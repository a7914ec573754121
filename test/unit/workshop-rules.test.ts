import fc from 'fast-check';
import { CaseStatus, SkillSource } from '../../src/modules/beneficiaries/beneficiary.enums';
import { isAvailableForMatching } from '../../src/modules/beneficiaries/case-transitions';
import { attendanceProblem } from '../../src/modules/workshops/rules/attendance';
import {
  capacityProblem,
  ENROLLABLE_CASE_STATUSES,
  EnrolmentFacts,
  enrolmentProblem,
} from '../../src/modules/workshops/rules/enrolment';
import { observationProblem, skillEvidenceAfterObservation } from '../../src/modules/workshops/rules/observation';
import { lastSessionDay, scheduleProblem, slotProblem } from '../../src/modules/workshops/rules/schedule';
import { AttendanceStatus } from '../../src/modules/workshops/workshop.enums';
import { buildWorkshopFigures } from '../../src/modules/statistics/workshop-figures';

const TODAY = '2026-06-15';
const facts = (overrides: Partial<EnrolmentFacts> = {}): EnrolmentFacts => ({
  capacity: 3,
  enrolled: 0,
  alreadyEnrolled: false,
  caseStatus: CaseStatus.ORIENTATION,
  personAmbito: 1,
  workshopAmbito: 1,
  lastSessionDay: '2026-07-01',
  today: TODAY,
  ...overrides,
});

describe('who can be enrolled', () => {
  it('takes people in orientation, training or an internship, and no one whose case is closed or at work', () => {
    expect([...ENROLLABLE_CASE_STATUSES].sort()).toEqual(
      [CaseStatus.ORIENTATION, CaseStatus.TRAINING, CaseStatus.INTERNSHIP].sort(),
    );
    for (const status of Object.values(CaseStatus)) {
      const problem = enrolmentProblem(facts({ caseStatus: status }));
      if (!isAvailableForMatching(status)) expect(problem?.code).toBe('caseNotAvailable');
    }
  });

  it('refuses a person of another ambito, or living outside the service', () => {
    expect(enrolmentProblem(facts({ personAmbito: 3 }))?.code).toBe('otherAmbito');
    expect(enrolmentProblem(facts({ personAmbito: null }))?.code).toBe('otherAmbito');
  });

  it('refuses the same person twice and a workshop already over; takes one whose last session is today', () => {
    expect(enrolmentProblem(facts({ alreadyEnrolled: true }))?.code).toBe('alreadyEnrolled');
    expect(enrolmentProblem(facts({ lastSessionDay: '2026-06-14' }))?.code).toBe('workshopOver');
    expect(enrolmentProblem(facts({ lastSessionDay: TODAY }))).toBeNull();
  });

  it('never lets enrolments, one after the other, go beyond the capacity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 150 }), (capacity, requests) => {
        let enrolled = 0;
        for (let i = 0; i < requests; i++) {
          if (!enrolmentProblem(facts({ capacity, enrolled }))) enrolled += 1;
        }
        expect(enrolled).toBe(Math.min(capacity, requests));
      }),
    );
  });

  it('lets the capacity shrink down to the people enrolled, not below', () => {
    expect(capacityProblem(4, 4, 'input.capacity')).toBeNull();
    expect(capacityProblem(3, 4, 'input.capacity')).toMatchObject({
      code: 'capacityBelowEnrolled',
      params: { enrolled: 4 },
    });
  });
});

describe('schedule', () => {
  it('needs a session, each ending after it starts, none repeated', () => {
    expect(scheduleProblem([], 'input.sessions')?.code).toBe('noSessions');
    expect(scheduleProblem([{ heldOn: TODAY, startsAt: '10:00', endsAt: '10:00' }], 's')).toMatchObject({
      code: 'sessionEndsBeforeStart',
      field: 's.0.endsAt',
    });
    const twice = [
      { heldOn: TODAY, startsAt: '09:00', endsAt: '10:00' },
      { heldOn: TODAY, startsAt: '09:00:00', endsAt: '11:00' },
    ];
    expect(scheduleProblem(twice, 's')).toMatchObject({ code: 'sessionRepeated', field: 's.1' });
    expect(
      slotProblem(twice.slice(0, 1), { heldOn: TODAY, startsAt: '09:00:00', endsAt: '10:00' }, 'input'),
    ).toMatchObject({ code: 'sessionRepeated', field: 'input' });
    expect(slotProblem(twice, { heldOn: TODAY, startsAt: '10:00', endsAt: '11:00' }, 'input')).toBeNull();
    expect(lastSessionDay([{ heldOn: '2026-06-20' }, { heldOn: '2026-07-02' }, { heldOn: '2026-06-01' }])).toBe(
      '2026-07-02',
    );
  });
});

describe('attendance sheet', () => {
  const line = (beneficiaryId: string) => ({ beneficiaryId, status: AttendanceStatus.PRESENT });
  const sheet = (lines: ReturnType<typeof line>[], heldOn = TODAY) =>
    attendanceProblem({ heldOn, today: TODAY, enrolled: ['a', 'b'], sheet: lines, field: 'attendance' });

  it('is recorded from the day of the session, every participant once and nobody else', () => {
    expect(sheet([line('a'), line('b')])).toBeNull();
    expect(sheet([line('a'), line('b')], '2026-06-16')?.code).toBe('sessionNotHeldYet');
    expect(sheet([line('a')])).toMatchObject({ code: 'attendanceMissing', params: { missing: 1 } });
    expect(sheet([line('a'), line('b'), line('c')])).toMatchObject({
      code: 'attendanceNotEnrolled',
      field: 'attendance.2.beneficiaryId',
    });
    expect(sheet([line('a'), line('a'), line('b')])?.code).toBe('attendanceRepeated');
  });
});

describe('observations and the skill evidence they give', () => {
  const base = {
    today: TODAY,
    lastSessionDay: TODAY,
    sessionsPresent: 1,
    workshopSkillIds: ['s1', 's2'],
    observedSkillIds: ['s1'],
    field: 'observations',
  };

  it('are made at the end, for someone who came, in the skills the workshop exercises', () => {
    expect(observationProblem(base)).toBeNull();
    expect(observationProblem({ ...base, lastSessionDay: '2026-06-16' })?.code).toBe('notOverYet');
    expect(observationProblem({ ...base, sessionsPresent: 0 })?.code).toBe('neverPresent');
    expect(observationProblem({ ...base, observedSkillIds: ['s3'] })?.code).toBe('skillNotExercised');
    expect(observationProblem({ ...base, observedSkillIds: ['s1', 's1'] })?.code).toBe('observationRepeated');
  });

  it('replace a declared or interview-assessed level, higher or lower, with the proven one', () => {
    for (const source of [SkillSource.SELF_DECLARED, SkillSource.OPERATOR_ASSESSED]) {
      expect(
        skillEvidenceAfterObservation({ level: 4, source, assessedOn: '2026-06-20' }, { level: 2, observedOn: TODAY }),
      ).toEqual({ level: 2, source: SkillSource.PROVEN_IN_WORKSHOP, assessedOn: TODAY });
    }
    expect(skillEvidenceAfterObservation(null, { level: 1, observedOn: TODAY })).toEqual({
      level: 1,
      source: SkillSource.PROVEN_IN_WORKSHOP,
      assessedOn: TODAY,
    });
  });

  it('leave a more recent proven level standing, and replace an older one', () => {
    const later = { level: 3, source: SkillSource.PROVEN_IN_INTERNSHIP, assessedOn: '2026-06-20' };
    expect(skillEvidenceAfterObservation(later, { level: 2, observedOn: TODAY })).toBeNull();
    const earlier = { ...later, assessedOn: '2026-01-10' };
    expect(skillEvidenceAfterObservation(earlier, { level: 2, observedOn: TODAY })?.level).toBe(2);
  });
});

describe('yearly workshop figures', () => {
  it('count each workshop and its sessions once, and each person once per ambito and in the total', () => {
    const rows = [
      { workshopId: 'w1', ambito: 1, sessionsInYear: 2, beneficiaryId: 'a' },
      { workshopId: 'w1', ambito: 1, sessionsInYear: 2, beneficiaryId: 'b' },
      { workshopId: 'w2', ambito: 1, sessionsInYear: 1, beneficiaryId: 'a' },
      { workshopId: 'w3', ambito: 3, sessionsInYear: 4, beneficiaryId: null },
    ];
    expect(buildWorkshopFigures(rows, [1, 3])).toEqual([
      { ambito: 1, workshopsHeld: 2, sessionsHeld: 3, participants: 2 },
      { ambito: 3, workshopsHeld: 1, sessionsHeld: 4, participants: 0 },
      { ambito: null, workshopsHeld: 3, sessionsHeld: 7, participants: 2 },
    ]);
    expect(buildWorkshopFigures(rows, [3])).toEqual([
      { ambito: 3, workshopsHeld: 1, sessionsHeld: 4, participants: 0 },
      { ambito: null, workshopsHeld: 1, sessionsHeld: 4, participants: 0 },
    ]);
  });
});
