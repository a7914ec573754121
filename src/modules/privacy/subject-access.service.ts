import { DataSource } from 'typeorm';
import { NotFoundError } from '../../graphql/errors';
import { PERSONAL_DATA_AREAS, Rows } from './personal-data-areas';

export interface SubjectAccessData {
  beneficiaryId: string;
  generatedAt: Date;
  /** Each area's rows by table, in the order of PERSONAL_DATA_AREAS. */
  sections: Array<{ name: string; tables: Record<string, Rows> }>;
}

/**
 * Everything Ponte holds about one person, read in one snapshot. The export is recorded in the audit trail first,
 * in the same transaction, so the trail it contains already shows it, and an export that cannot be recorded is not
 * given.
 */
export async function subjectAccessExport(
  dataSource: DataSource,
  beneficiaryId: string,
  operatorId: string | null,
): Promise<SubjectAccessData> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    const [person] = await manager.query(`SELECT id FROM beneficiary WHERE id = $1`, [beneficiaryId]);
    if (!person) throw new NotFoundError('Beneficiary', 'beneficiaryId');
    await manager.query(
      `INSERT INTO audit_event (operator_id, operation, action, record_type, record_id, beneficiary_id, fields)
       VALUES ($1, 'subjectAccessExport', 'READ', 'beneficiary', $2::text, $2::uuid, $3)`,
      [operatorId, beneficiaryId, PERSONAL_DATA_AREAS.map((area) => area.name)],
    );
    const sections = [];
    for (const area of PERSONAL_DATA_AREAS) {
      sections.push({ name: area.name, tables: await area.export(manager, beneficiaryId) });
    }
    const [{ now }] = await manager.query(`SELECT now() AS now`);
    return { beneficiaryId, generatedAt: now, sections };
  });
}
