import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking people for an opening starts from who holds its skills: carrying the person and the level in the index
 * lets PostgreSQL answer from the index alone instead of visiting every row of beneficiary_skill.
 */
export class CoverSkillHoldersIndex1764400000002 implements MigrationInterface {
  name = 'CoverSkillHoldersIndex1764400000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX beneficiary_skill_skill_idx`);
    await q.query(
      `CREATE INDEX beneficiary_skill_holders_idx ON beneficiary_skill (skill_id, level) INCLUDE (beneficiary_id)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX beneficiary_skill_holders_idx`);
    await q.query(`CREATE INDEX beneficiary_skill_skill_idx ON beneficiary_skill (skill_id, level)`);
  }
}
