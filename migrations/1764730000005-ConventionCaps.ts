import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Convention caps as rule data: art. 12 (at most one worker below 50 employees, 30% of the units due above, 12 months
 * plus 12), art. 12-bis (10% as first enacted, reportedly raised since: to be confirmed), and no art. 14 cap until
 * the share of the regional framework agreement is configured.
 */
const CAPS = {
  ART_12: { percent: 30, belowBase: 50, unitsBelowBase: 1, maxMonths: 24 },
  ART_12_BIS: { percent: 10, belowBase: null, unitsBelowBase: null, maxMonths: null },
};
const SOURCE = {
  citation:
    'L. 68/1999 art. 12 c.1 and c.2 lett. c as published (G.U. 23 March 1999): one disabled worker below 50 employees, 30% of those due above 50, 12 months extendable by 12; art. 12-bis: 10% (to be confirmed: reportedly raised); art. 14 D.Lgs 276/2003: the share of the regional framework agreement (not configured)',
  url: 'http://www.gazzettaufficiale.it/atto/serie_generale/caricaArticolo?art.progressivo=0&art.idArticolo=12&art.versione=1&art.codiceRedazionale=099G0123&art.dataPubblicazioneGazzetta=1999-03-23&art.idGruppo=4&art.idSottoArticolo1=10&art.idSottoArticolo=1&art.flagTipoArticolo=0',
};
const FIGURES_BEFORE = [
  'VALIDITY',
  'DISABLED_BANDS',
  'PROTECTED_BANDS',
  'EXCLUDED_GROUPS',
  'ROUNDING',
  'DISABLED_IN_SERVICE',
  'GRACE_DAYS',
  'DAILY_EXEMPTION_CONTRIBUTION',
  'SANCTION',
  'MAX_EXEMPTION_PERCENTAGE',
  'PROSPETTO_LATE_SANCTION',
  'PART_TIME_COVER',
];
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export class ConventionCaps1764730000005 implements MigrationInterface {
  name = 'ConventionCaps1764730000005';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE quota_rule_version SET convention_caps = $1`, [JSON.stringify(CAPS)]);
    await q.query(`ALTER TABLE quota_rule_source DROP CONSTRAINT quota_rule_source_figure_check,
      ADD CONSTRAINT quota_rule_source_figure_check CHECK (figure IN (${list([...FIGURES_BEFORE, 'CONVENTION_CAPS'])}))`);
    await q.query(
      `INSERT INTO quota_rule_source (rule_version_id, figure, citation, url, confirmed)
      SELECT id, 'CONVENTION_CAPS', $1, $2, false FROM quota_rule_version`,
      [SOURCE.citation, SOURCE.url],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM quota_rule_source WHERE figure = 'CONVENTION_CAPS'`);
    await q.query(`ALTER TABLE quota_rule_source DROP CONSTRAINT quota_rule_source_figure_check,
      ADD CONSTRAINT quota_rule_source_figure_check CHECK (figure IN (${list(FIGURES_BEFORE)}))`);
    await q.query(`UPDATE quota_rule_version SET convention_caps = '{}'`);
  }
}
