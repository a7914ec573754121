import { MigrationInterface, QueryRunner } from 'typeorm';

/** The art. 18 quota is national too and compensated among sites: each site's share records its protected-category workers. */
export class ProtectedQuotaAmongSites1764730000009 implements MigrationInterface {
  name = 'ProtectedQuotaAmongSites1764730000009';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_site_headcount ADD COLUMN protected_covering_workers integer NOT NULL DEFAULT 0
      CONSTRAINT quota_site_headcount_protected_covering_not_negative CHECK (protected_covering_workers >= 0)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE quota_site_headcount DROP COLUMN protected_covering_workers`);
  }
}
