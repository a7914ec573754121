import { MigrationInterface, QueryRunner } from 'typeorm';

/** Few skills are marked indispensable: a partial index lets matching find them without reading every requirement. */
export class AddIndispensableSkillIndex1764400000001 implements MigrationInterface {
  name = 'AddIndispensableSkillIndex1764400000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX opening_skill_indispensable_idx ON opening_skill (opening_id) WHERE indispensable`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX opening_skill_indispensable_idx`);
  }
}
