import { CaseStatus } from '../beneficiaries/beneficiary.enums';
import { sqlValue } from '../../db/sql-values';
import { DataSource } from 'typeorm';
import { RetentionConfig } from '../../config/config';
import { FolderDocumentStore } from '../documents/document-store';
import { PERSONAL_DATA_AREAS } from './personal-data-areas';

/** The operation the audit trail names for the job's changes (there is no operator: the actor is null). */
export const RETENTION_OPERATION = 'pseudonymiseClosedCases';

export interface RetentionRun {
  /** The people pseudonymised in this run (database keys). */
  pseudonymised: string[];
}

/**
 * Pseudonymises every case closed for longer than the retention period and not yet pseudonymised: each person in a
 * transaction of their own (one failure does not undo the others), the case re-checked under a lock (a case
 * reopened meanwhile is left alone), every area of PERSONAL_DATA_AREAS in turn. The audit triggers record every
 * change under the operation `pseudonymiseClosedCases`. Files of the folder store are erased after the commit, so
 * a rolled-back pass never loses a document it kept.
 */
export async function pseudonymiseClosedCases(
  dataSource: DataSource,
  config: RetentionConfig,
  documentFolder: string | null,
  now: Date = new Date(),
): Promise<RetentionRun> {
  const due: Array<{ id: string }> = await dataSource.query(DUE_CASES_SQL, [now, config.pseudonymiseAfterDays]);
  const pseudonymised: string[] = [];
  for (const { id } of due) {
    const folderFiles = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('ponte.operation', $1, true)`, [RETENTION_OPERATION]);
      const [still] = await manager.query(`${DUE_CASES_SQL} AND b.id = $3 FOR UPDATE OF b`, [
        now,
        config.pseudonymiseAfterDays,
        id,
      ]);
      if (!still) return null;
      const files: Array<{ id: string }> = await manager.query(
        `SELECT id FROM document WHERE beneficiary_id = $1 AND storage = 'FOLDER'`,
        [id],
      );
      for (const area of PERSONAL_DATA_AREAS) await area.pseudonymise?.(manager, id);
      return files.map((file) => file.id);
    });
    if (folderFiles === null) continue;
    if (folderFiles.length > 0 && documentFolder) {
      const store = new FolderDocumentStore(documentFolder);
      for (const documentId of folderFiles) await store.erase(dataSource.manager, documentId);
    }
    pseudonymised.push(id);
  }
  return { pseudonymised };
}

/** Closed cases whose closing (the last move to CLOSED) is older than the period ($2 days before $1). */
const DUE_CASES_SQL = `
  SELECT b.id FROM beneficiary b
  WHERE b.case_status = ${sqlValue(CaseStatus.CLOSED)} AND b.pseudonymised_at IS NULL
    AND (SELECT max(c.changed_at) FROM case_status_change c WHERE c.beneficiary_id = b.id AND c.to_status = ${sqlValue(CaseStatus.CLOSED)})
        <= $1::timestamptz - make_interval(days => $2::int)`;
