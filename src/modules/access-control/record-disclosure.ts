import { OperatorRole } from '../operators/operator.entity';
import { PonteContext } from '../auth/context';
import { personLink } from './case-scope';
import { allows, DOCUMENT_READERS } from './policy';

/*
 * Records that some readers of their type still may not see, one by one: documents, whose classification decides
 * (DOCUMENT_READERS). The guard applies this wherever such a record is returned or named by ID.
 */

type Disclosure = {
  /** Whether `role` may see this record at all. */
  visible(record: Record<string, any>, role: OperatorRole | null): boolean;
  /** Whether showing it to a reader is a read of sensitive data, written to the audit trail. */
  audited(record: Record<string, any>): boolean;
};

export const RECORD_DISCLOSURE: Readonly<Record<string, Disclosure>> = {
  Document: {
    visible: (record, role) => allows(DOCUMENT_READERS[record.classification as 'HEALTH' | 'ADMINISTRATIVE'], role),
    audited: (record) => record.classification === 'HEALTH',
  },
};

/**
 * Keeps the records `typeName` the viewer may see (a list is filtered; a single record becomes null) and records
 * the sensitive ones shown as read by `operation`.
 */
export function keepDisclosed(value: unknown, typeName: string, context: PonteContext, operation: string): unknown {
  const disclosure = RECORD_DISCLOSURE[typeName];
  if (!disclosure || value === null || value === undefined) return value;
  const role = context.viewer?.role ?? null;
  const shown = (record: any) => {
    if (!disclosure.visible(record, role)) return false;
    if (disclosure.audited(record))
      context.readAudit.record(typeName, String(record.id), personLink(typeName, record), operation, 'document');
    return true;
  };
  if (Array.isArray(value)) return value.filter(shown);
  return shown(value) ? value : null;
}
