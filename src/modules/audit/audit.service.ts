import { EntityManager } from 'typeorm';
import { PageArgs, paginate, SortKey, PageLimits } from '../../graphql/pagination';
import { ConnectionShape } from '../../graphql/relay';
import { UserInputError } from '../../graphql/errors';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { msg } from '../../i18n/message';

export interface AuditTrailQuery {
  beneficiaryId?: string | null;
  operatorId?: string | null;
  actions?: AuditAction[] | null;
  since?: Date | null;
  until?: Date | null;
}

const NEWEST_FIRST: SortKey[] = [{ expression: 'e.id', sqlType: 'bigint' }];

export function listAuditTrail(
  manager: EntityManager,
  filter: AuditTrailQuery,
  page: PageArgs,
  limits: PageLimits,
): Promise<ConnectionShape<AuditEvent>> {
  if (filter.since && filter.until && filter.since > filter.until) {
    throw new UserInputError(msg('audit.sinceAfterUntil'), 'since');
  }
  const query = manager.createQueryBuilder(AuditEvent, 'e');
  if (filter.beneficiaryId) query.andWhere('e.beneficiary_id = :beneficiaryId', filter);
  if (filter.operatorId) query.andWhere('e.operator_id = :operatorId', filter);
  if (filter.actions?.length) query.andWhere('e.action IN (:...actions)', filter);
  if (filter.since) query.andWhere('e.occurred_at >= :since', filter);
  if (filter.until) query.andWhere('e.occurred_at < :until', filter);
  return paginate(query, NEWEST_FIRST, 'DESC', page, limits);
}

/**
 * Sign-ins are not writes to any record, so the application records them itself. A failed attempt on an unknown
 * email keeps no trace of what was typed (it may have been a password typed in the wrong box).
 */
export async function recordSignIn(
  manager: EntityManager,
  operatorId: string | null,
  succeeded: boolean,
  operation: 'signIn' | 'changeMyPassword' = 'signIn',
): Promise<void> {
  await recordAccessEvent(manager, {
    operatorId,
    operation,
    action: succeeded ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED,
    recordType: 'operator',
    recordId: operatorId ?? 'unknown',
  });
}

interface AccessEvent {
  /** Who acted: the operator signing in, or the admin who unlocked. */
  operatorId: string | null;
  operation: string;
  action: AuditAction;
  recordType: 'operator' | 'client_address';
  recordId: string;
}

/** Sign-ins, locks and unlocks: events about access rather than writes to a record. */
export async function recordAccessEvent(manager: EntityManager, event: AccessEvent): Promise<void> {
  await manager.query(
    `INSERT INTO audit_event (operator_id, operation, action, record_type, record_id) VALUES ($1, $2, $3, $4, $5)`,
    [event.operatorId, event.operation, event.action, event.recordType, event.recordId],
  );
}
