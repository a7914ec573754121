import { MigrationInterface, QueryRunner } from 'typeorm';
import { EXCLUSION_LABELS_IT } from './data/quota-exclusion-labels-it';

/**
 * Each group a rule version leaves out of the computable base gets its Italian name beside the English one
 * (`labelIt`), so the quota breakdown and the prospetto name it in the reader's language. A group without one keeps
 * showing its English name.
 */
export class ExclusionLabelsInItalian1764860000000 implements MigrationInterface {
  name = 'ExclusionLabelsInItalian1764860000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE quota_rule_version v SET exclusions = (
         SELECT jsonb_agg(CASE WHEN labels ? (e->>'group') THEN e || jsonb_build_object('labelIt', labels->>(e->>'group'))
                               ELSE e END ORDER BY position)
         FROM jsonb_array_elements(v.exclusions) WITH ORDINALITY AS x(e, position), (SELECT $1::jsonb AS labels) l)
       WHERE jsonb_array_length(v.exclusions) > 0`,
      [JSON.stringify(EXCLUSION_LABELS_IT)],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE quota_rule_version v SET exclusions = (
         SELECT jsonb_agg(e - 'labelIt' ORDER BY position)
         FROM jsonb_array_elements(v.exclusions) WITH ORDINALITY AS x(e, position))
       WHERE jsonb_array_length(v.exclusions) > 0`,
    );
  }
}
