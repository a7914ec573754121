import { EntitySubscriberInterface, EventSubscriber, TransactionStartEvent } from 'typeorm';
import { currentAuditActor } from './audit-context';

/**
 * Hands the acting operator and the GraphQL operation to the audit triggers as transaction-local settings, at the
 * start of every outermost transaction a request opens (nested transactions are savepoints of the same one).
 */
@EventSubscriber()
export class AuditActorSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const actor = currentAuditActor();
    const queryRunner = event.queryRunner as typeof event.queryRunner & { transactionDepth?: number };
    if (!actor?.operatorId || queryRunner.transactionDepth !== 1) return;
    await queryRunner.query(`SELECT set_config('ponte.actor', $1, true), set_config('ponte.operation', $2, true)`, [
      actor.operatorId,
      actor.operation ?? '',
    ]);
  }
}
