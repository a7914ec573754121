import { render } from '../../src/i18n/message';
import fc from 'fast-check';
import {
  prospettoDue,
  prospettoLateSanction,
  ProspettoFigures,
  prospettoStatus,
} from '../../src/modules/quotas/rules/prospetto-rules';
import { RULES_2022 } from './quota-rule-fixture';

/*
 * The annual report (prospetto informativo, L. 68/1999 art. 9 c.6). Sources read:
 * - it is due only when, since the last report sent, the situation changed so as to modify the obligation or the
 *   computation of the quota, or to declare a compensation (DL 112/2008 art. 40 c.4; Min. Lavoro circ. 2/2010):
 *   https://francescocolaci.wordpress.com/2016/03/07/disciplina-prospetto-informativo-collocamento-obbligatorio/
 * - late: €702.43 plus €34.02 for each further day of delay (D.M. 30 settembre 2021 n. 194):
 *   https://studiopinotti.com/prospetto-disabili-incrementate-le-sanzioni
 */
const FIRST_BAND = 15;
const figures = (base: number, disabledDue: number, protectedDue = 0, compensatedUnits = 0): ProspettoFigures => ({
  base,
  disabledDue,
  protectedDue,
  compensatedUnits,
});

describe('whether the prospetto is due for a year', () => {
  it('is not due below the first band', () => {
    expect(prospettoDue(figures(14, 0), FIRST_BAND, null)).toMatchObject({ due: false });
  });

  it('is due the first time the employer is obliged', () => {
    const decision = prospettoDue(figures(20, 1), FIRST_BAND, null);
    expect(decision.due).toBe(true);
    expect(render(decision.reason, 'en')).toMatch(/no earlier prospetto/);
    expect(render(decision.reason, 'it')).toMatch(/nessun prospetto precedente/);
  });

  it('is not due when nothing affecting the obligation changed since the last one sent', () => {
    // 100 then 101 computable employees: 7% = 7.00 and 7.07, 7 units either way, 1 protected-category unit either way
    const last = { year: 2022, figures: figures(100, 7, 1) };
    const decision = prospettoDue(figures(101, 7, 1), FIRST_BAND, last);
    expect(decision.due).toBe(false);
    // The year is written as a year in both languages, never "2.022".
    expect(render(decision.reason, 'it')).toMatch(/prospetto del 2022$/);
    expect(render(decision.reason, 'en')).toMatch(/prospetto for 2022$/);
  });

  it('is due when the units due changed', () => {
    // 100 → 108 computable employees: 7% = 7.56 → 8 units
    const last = { year: 2022, figures: figures(100, 7, 1) };
    expect(prospettoDue(figures(108, 8, 1), FIRST_BAND, last)).toMatchObject({ due: true });
    expect(prospettoDue(figures(160, 7, 2), FIRST_BAND, { year: 2022, figures: figures(150, 7, 1) })).toMatchObject({
      due: true,
    });
  });

  it('is due to declare a compensation among sites even when the units did not change', () => {
    const last = { year: 2022, figures: figures(100, 7, 1) };
    const decision = prospettoDue(figures(100, 7, 1, 2), FIRST_BAND, last);
    expect(decision.due).toBe(true);
    expect(render(decision.reason, 'en')).toMatch(/2 units compensated among sites/);
  });
});

describe('the late prospetto sanction', () => {
  const deadline = '2024-01-31';
  const cases: Array<[string | null, string, number, number]> = [
    ['2024-01-31', '2024-03-01', 0, 0], // on time
    ['2024-01-20', '2024-03-01', 0, 0],
    ['2024-02-01', '2024-03-01', 1, 70243], // one day late: €702.43
    ['2024-02-11', '2024-03-01', 11, 70243 + 10 * 3402], // €702.43 + 10 further days × €34.02 = €1,042.63
    [null, '2024-01-31', 0, 0], // not sent, not late yet
    [null, '2024-03-01', 30, 70243 + 29 * 3402], // not sent by 1 March 2024 (2024 is a leap year): 30 days, €1,688.01
  ];
  it.each(cases)('sent on %s, seen on %s: %i days late, %i cents', (submittedOn, asOf, days, cents) => {
    expect(prospettoLateSanction(deadline, submittedOn, asOf, RULES_2022)).toMatchObject({ daysLate: days, cents });
  });

  it('grows by the daily amount for each further day, and is nothing until the deadline has passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 400 }), (offset) => {
        const day = (n: number) => new Date(Date.UTC(2024, 0, 31 + n)).toISOString().slice(0, 10);
        const today = prospettoLateSanction(deadline, null, day(offset), RULES_2022);
        const tomorrow = prospettoLateSanction(deadline, null, day(offset + 1), RULES_2022);
        if (offset < 0) expect(today.cents).toBe(0);
        expect(tomorrow.cents - today.cents).toBe(offset < 0 ? 0 : offset === 0 ? 70243 : 3402);
      }),
    );
  });
});

describe('the report for a year, from the records', () => {
  const sent = (year: number, submittedOn: string, f: ProspettoFigures) => ({ year, submittedOn, figures: f });

  it('takes the last report sent before the year and the one sent for it', () => {
    const records = [sent(2022, '2023-01-15', figures(100, 7, 1)), sent(2023, '2024-02-05', figures(108, 8, 1))];
    // 2023: 7 → 8 units, due; sent on 5 February 2024, 5 days late: €702.43 + 4 × €34.02 = €838.51
    const status = prospettoStatus(2023, figures(108, 8, 1), FIRST_BAND, records, RULES_2022, '2024-06-30');
    expect(status).toMatchObject({
      year: 2023,
      deadline: '2024-01-31',
      required: true,
      submittedOn: '2024-02-05',
      daysLate: 5,
      lateSanctionCents: 83851,
    });
    expect(status.lateRuleVersion!.code).toBe('L68-2022');
  });

  it('costs nothing when the report was not due, even if never sent', () => {
    const records = [sent(2022, '2023-01-15', figures(100, 7, 1))];
    expect(prospettoStatus(2023, figures(103, 7, 1), FIRST_BAND, records, RULES_2022, '2024-06-30')).toMatchObject({
      required: false,
      submittedOn: null,
      daysLate: 0,
      lateSanctionCents: 0,
      lateRuleVersion: null,
    });
  });

  it('is not due without a headcount on 31 December', () => {
    expect(prospettoStatus(2023, null, null, [], RULES_2022, '2024-06-30')).toMatchObject({
      required: false,
      lateSanctionCents: 0,
    });
  });
});
