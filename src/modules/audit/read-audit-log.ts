import { EntityManager } from 'typeorm';

/** How a record of a sensitive type leads to the person it is about. */
export type PersonLink = { beneficiaryId: string } | { placementId: string } | null;

interface SensitiveRead {
  recordType: string;
  recordId: string;
  link: PersonLink;
  operation: string;
  fields: Set<string>;
}

/**
 * The sensitive fields one request has read, one entry per record and operation. It is written to the trail before
 * the response leaves the server; if that write fails, the response is withheld.
 */
export class ReadAuditLog {
  private readonly reads = new Map<string, SensitiveRead>();

  record(recordType: string, recordId: string, link: PersonLink, operation: string, field: string): void {
    const key = `${recordType}\u0000${recordId}\u0000${operation}`;
    let read = this.reads.get(key);
    if (!read) {
      read = { recordType, recordId, link, operation, fields: new Set() };
      this.reads.set(key, read);
    }
    read.fields.add(field);
  }

  get size(): number {
    return this.reads.size;
  }

  /** One INSERT for the whole request, however many records it read. */
  async flush(manager: EntityManager, operatorId: string): Promise<void> {
    if (this.reads.size === 0) return;
    const reads = [...this.reads.values()];
    this.reads.clear();
    await manager.query(
      `INSERT INTO audit_event (operator_id, operation, action, record_type, record_id, beneficiary_id, fields)
       SELECT $1, r.operation, 'READ', r.record_type, r.record_id,
              coalesce(r.beneficiary_id, (SELECT p.beneficiary_id FROM placement p WHERE p.id = r.placement_id)),
              string_to_array(r.fields, ',')
       FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::text[])
         AS r(operation, record_type, record_id, beneficiary_id, placement_id, fields)`,
      [
        operatorId,
        reads.map((r) => r.operation),
        reads.map((r) => r.recordType),
        reads.map((r) => r.recordId),
        reads.map((r) => (r.link && 'beneficiaryId' in r.link ? r.link.beneficiaryId : null)),
        reads.map((r) => (r.link && 'placementId' in r.link ? r.link.placementId : null)),
        reads.map((r) => [...r.fields].sort().join(',')),
      ],
    );
  }
}
