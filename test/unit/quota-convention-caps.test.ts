import { shown } from '../helpers/quota-lines';
import { Convention } from '../../src/modules/quotas/rules/quota-arrangements';
import { computeQuota, QuotaFacts } from '../../src/modules/quotas/rules/quota-computation';
import { HeadcountCounts } from '../../src/modules/quotas/rules/quota-rules';
import { headcountOn, RULES_2022 } from './quota-rule-fixture';

/*
 * Caps on conventions. Source read, L. 68/1999 art. 12 c.1 as published (G.U. 23 March 1999): an art. 12 convention
 * may not concern more than one disabled worker when the employer has fewer than 50 employees, nor more than 30% of
 * the disabled workers due when it has more; it lasts at most 12 months, extendable by 12 (c.2 lett. c):
 * http://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.progressivo=0&art.idArticolo=12&art.versione=1&art.codiceRedazionale=099G0123&art.dataPubblicazioneGazzetta=1999-03-23&art.idGruppo=4&art.idSottoArticolo1=10&art.idSottoArticolo=1&art.flagTipoArticolo=0
 * The art. 12-bis cap (10%, reportedly raised) and the art. 14 share of the regional agreement are to be confirmed.
 */
const facts = (counts: HeadcountCounts, conventions: Convention[]): QuotaFacts => ({
  atecoCode: '24.10.00',
  art3c3Organisation: null,
  snapshots: [counts],
  sites: [],
  exemptions: [],
  suspensions: [],
  conventions,
  placements: [],
  newHires: [],
});
const coop = (kind: Convention['kind'], units: number): Convention => ({
  id: 'c',
  kind,
  units,
  cooperativeName: 'Cooperativa La Rete',
  schedule: [],
  validFrom: '2024-01-01',
  validTo: '2024-12-31',
  reference: 'CONV-1',
});

describe('art. 12 convention caps', () => {
  it('covers at most one worker below 50 employees', () => {
    // 40 employees: 2 units due; a convention for 2 covers 1
    const quota = computeQuota('2024-06-30', [RULES_2022], facts(headcountOn('2024-01-01', 40), [coop('ART_12', 2)]));
    expect(quota.disabled).toMatchObject({ due: 2, conventionUnits: 1, shortfall: 1 });
    expect(shown(quota.lines)).toContainEqual(
      expect.objectContaining({ code: 'CONVENTION_ART_12_CAP', value: '1', reference: 'L. 68/1999 art. 12' }),
    );
  });

  it('covers at most 30% of the units due above 50 employees', () => {
    // 100 employees: 7 units due; 30% of 7 = 2.1 → 2 of the 3
    const quota = computeQuota('2024-06-30', [RULES_2022], facts(headcountOn('2024-01-01', 100), [coop('ART_12', 3)]));
    expect(quota.disabled).toMatchObject({ due: 7, conventionUnits: 2, shortfall: 5 });
  });

  it('applies the configured art. 12-bis share', () => {
    // 200 employees: 14 units due; 10% of 14 = 1.4 → 1 of the 3 (the 10% is to be confirmed)
    const quota = computeQuota(
      '2024-06-30',
      [RULES_2022],
      facts(headcountOn('2024-01-01', 200), [coop('ART_12_BIS', 3)]),
    );
    expect(quota.disabled).toMatchObject({ due: 14, conventionUnits: 1 });
  });

  it('leaves an art. 14 convention uncapped until the regional agreement’s share is configured', () => {
    const quota = computeQuota('2024-06-30', [RULES_2022], facts(headcountOn('2024-01-01', 100), [coop('ART_14', 5)]));
    expect(quota.disabled).toMatchObject({ conventionUnits: 5 });
  });
});
