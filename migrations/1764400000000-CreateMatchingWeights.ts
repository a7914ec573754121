import { MigrationInterface, QueryRunner } from 'typeorm';

const FACTORS = ['SKILLS', 'COMMUTE', 'PREFERENCES', 'LAW68_QUOTA', 'WAITING_TIME', 'PAST_PLACEMENT'];

/**
 * Matching weights per ambito, set by the coordinator. The defaults are loaded for both ambiti so every ranking
 * reads its weights from data; the values match DEFAULT_WEIGHTS in the matching module and the README.
 */
export class CreateMatchingWeights1764400000000 implements MigrationInterface {
  name = 'CreateMatchingWeights1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE matching_weight (
      ambito_number smallint NOT NULL REFERENCES ambito(number),
      factor text NOT NULL CHECK (factor IN (${FACTORS.map((f) => `'${f}'`).join(', ')})),
      weight numeric(5, 2) NOT NULL CHECK (weight BETWEEN 0 AND 100),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by_id uuid REFERENCES operator(id),
      PRIMARY KEY (ambito_number, factor)
    )`);
    await q.query(`INSERT INTO matching_weight (ambito_number, factor, weight)
      SELECT a.number, w.factor, w.weight FROM ambito a
      CROSS JOIN (VALUES ('SKILLS', 40), ('COMMUTE', 20), ('PREFERENCES', 15), ('LAW68_QUOTA', 10),
                         ('WAITING_TIME', 10), ('PAST_PLACEMENT', 5)) AS w(factor, weight)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE matching_weight`);
  }
}
