import { AtecoCorrespondence, ateco2025Of } from '../../src/modules/employers/ateco-2025';

/*
 * ATECO 2025 (ISTAT, national version of NACE Rev. 2.1, in force 1 January 2025, operational 1 April 2025:
 * https://www.istat.it/classificazione/verso-ateco-2025). A 2007 code is mapped only where the correspondence is one to
 * one and was read: beekeeping 01.49.30 → 01.48.30
 * (https://agronotizie.imagelinenetwork.com/agricoltura-economia-politica/2025/04/04/agricoltura-ecco-i-nuovi-codici-ateco/87116),
 * scientific representatives 74.90.99 unchanged
 * (https://www.fedaiisf.it/nuova-classificazione-ateco-2025-gli-adempimenti-statistici-e-amministrativi-di-imprese-e-liberi-professionisti-per-gli-isf-74-90-99/).
 */
const TABLE: AtecoCorrespondence[] = [
  { code2007: '01.49.30', code2025: '01.48.30', oneToOne: true },
  { code2007: '74.90.99', code2025: '74.90.99', oneToOne: true },
  { code2007: '99.98.00', code2025: '99.99.00', oneToOne: false }, // made-up codes: a correspondence that is not one to one
];

describe('the ATECO 2025 code of an employer', () => {
  it('is the code itself when recorded as ATECO 2025', () => {
    expect(ateco2025Of('ATECO_2025', '01.48.30', TABLE)).toEqual({
      code: '01.48.30',
      reason: 'Recorded as ATECO 2025',
    });
  });

  it('maps a 2007 code with a one-to-one correspondence', () => {
    expect(ateco2025Of('ATECO_2007', '01.49.30', TABLE).code).toBe('01.48.30');
    expect(ateco2025Of('ATECO_2007', '74.90.99', TABLE).code).toBe('74.90.99');
  });

  it('does not guess where the correspondence is not one to one or not on record', () => {
    expect(ateco2025Of('ATECO_2007', '99.98.00', TABLE)).toEqual({
      code: null,
      reason: expect.stringMatching(/not one to one/),
    });
    expect(ateco2025Of('ATECO_2007', '25.62.00', TABLE)).toEqual({
      code: null,
      reason: expect.stringMatching(/no verified correspondence/),
    });
  });
});
