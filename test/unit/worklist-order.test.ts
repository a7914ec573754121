import {
  daysOverdue,
  sortWorklist,
  urgencyOf,
  WorklistEntry,
  WorklistItemKind as K,
  WorklistUrgency,
} from '../../src/modules/placements/rules/worklist';

const TODAY = '2026-06-15';
const entry = (name: string, kind: K, dueOn: string, atRisk = false): WorklistEntry & { name: string } => ({
  name,
  kind,
  dueOn,
  atRisk,
  beneficiaryId: `id-${name}`,
  sortName: name,
});

describe('worklist order', () => {
  it('puts overdue before due today before upcoming', () => {
    const sorted = sortWorklist(
      [
        entry('a', K.VISIT_DUE, '2026-06-20'),
        entry('b', K.NO_CONTACT, '2026-06-15'),
        entry('c', K.NO_CONTACT, '2026-06-01'),
      ],
      TODAY,
    );
    expect(sorted.map((e) => e.name)).toEqual(['c', 'b', 'a']);
  });

  it('within a level: at-risk placements first, then visits, ending internships, referrals, silent cases', () => {
    const sorted = sortWorklist(
      [
        entry('silent', K.NO_CONTACT, '2026-01-01'),
        entry('referral', K.REFERRAL_WAITING, '2026-05-01'),
        entry('ending', K.INTERNSHIP_ENDING, '2026-06-10'),
        entry('visit', K.VISIT_DUE, '2026-06-14'),
        entry('atRiskEnding', K.INTERNSHIP_ENDING, '2026-06-14', true),
      ],
      TODAY,
    );
    expect(sorted.map((e) => e.name)).toEqual(['atRiskEnding', 'visit', 'ending', 'referral', 'silent']);
  });

  it('same level and kind: the longest overdue first, then by name', () => {
    const sorted = sortWorklist(
      [
        entry('Rossi', K.VISIT_DUE, '2026-06-10'),
        entry('Bianchi', K.VISIT_DUE, '2026-06-12'),
        entry('Abeni', K.VISIT_DUE, '2026-06-10'),
        entry('Zanetti', K.VISIT_DUE, '2026-06-02'),
      ],
      TODAY,
    );
    expect(sorted.map((e) => e.name)).toEqual(['Zanetti', 'Abeni', 'Rossi', 'Bianchi']);
  });

  it('an upcoming at-risk item never jumps over an overdue one', () => {
    const sorted = sortWorklist(
      [entry('future', K.VISIT_DUE, '2026-06-18', true), entry('late', K.NO_CONTACT, '2026-06-14')],
      TODAY,
    );
    expect(sorted.map((e) => e.name)).toEqual(['late', 'future']);
  });

  it('reports urgency and days overdue', () => {
    expect(urgencyOf('2026-06-14', TODAY)).toBe(WorklistUrgency.OVERDUE);
    expect(urgencyOf(TODAY, TODAY)).toBe(WorklistUrgency.DUE_TODAY);
    expect(urgencyOf('2026-07-01', TODAY)).toBe(WorklistUrgency.UPCOMING);
    expect(daysOverdue('2026-06-05', TODAY)).toBe(10);
    expect(daysOverdue('2026-06-20', TODAY)).toBe(-5);
  });

  it('does not change the input', () => {
    const input = [entry('b', K.VISIT_DUE, '2026-06-20'), entry('a', K.VISIT_DUE, '2026-06-01')];
    sortWorklist(input, TODAY);
    expect(input.map((e) => e.name)).toEqual(['b', 'a']);
  });
});
