import { createHash } from 'node:crypto';
import path from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { DocumentsConfig } from '../../config/config';
import { NotFoundError, UserInputError } from '../../graphql/errors';
import { ReceivedFile } from '../../graphql/upload';
import { msg } from '../../i18n/message';
import { Placement } from '../placements/placement.entity';
import { Referral } from '../referrals/referral.entity';
import { Document, DocumentClassification } from './document.entity';
import { configuredStore, storeOf } from './document-store';
import { sniffContentType } from './rules/content-type';

export interface AttachDocument {
  beneficiaryId: string | null;
  referralId: string | null;
  placementId: string | null;
  classification: DocumentClassification;
}

/** The client's file name as something safe to show back: no folders, no control characters. */
export function cleanFileName(raw: string): string {
  const base = path.posix.basename(raw.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/**
 * Stores a document: its type read from the bytes (only allowed types), its person derived from the referral or
 * placement named, the row and the bytes in one transaction (the folder store writes its file just before the
 * commit). Nothing is written when anything is refused.
 */
export async function attachDocument(
  dataSource: DataSource,
  config: DocumentsConfig,
  input: AttachDocument,
  file: ReceivedFile | null | undefined,
  operatorId: string | null,
): Promise<Document> {
  const parents = [input.beneficiaryId, input.referralId, input.placementId].filter((id) => id !== null);
  if (parents.length !== 1) throw new UserInputError(msg('documents.oneParent'), 'input');
  if (!file) throw new UserInputError(msg('documents.badMultipart', { problem: 'no file' }), 'file');
  if (file.bytes.length === 0) throw new UserInputError(msg('documents.emptyFile'), 'file');
  if (file.bytes.length > config.maxBytes)
    throw new UserInputError(msg('documents.tooLarge', { limit: config.maxBytes }), 'file');
  const fileName = cleanFileName(file.fileName);
  if (fileName.length === 0 || fileName.length > 255)
    throw new UserInputError(msg('documents.fileNameInvalid'), 'file');
  const contentType = sniffContentType(file.bytes);
  if (!contentType) throw new UserInputError(msg('documents.typeNotAllowed'), 'file');
  const store = configuredStore(config);
  return dataSource.transaction(async (manager) => {
    const beneficiaryId = await personOf(manager, input);
    const document = await manager.save(
      manager.create(Document, {
        beneficiaryId,
        referralId: input.referralId,
        placementId: input.placementId,
        classification: input.classification,
        contentType,
        fileName,
        byteSize: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        storage: store.kind,
        uploadedById: operatorId,
      }),
    );
    await store.write(manager, document.id, file.bytes);
    return document;
  });
}

async function personOf(manager: EntityManager, input: AttachDocument): Promise<string> {
  if (input.referralId) {
    const referral = await manager.findOneBy(Referral, { id: input.referralId });
    if (!referral) throw new NotFoundError('Referral', 'input.referralId');
    return referral.beneficiaryId;
  }
  if (input.placementId) {
    const placement = await manager.findOneBy(Placement, { id: input.placementId });
    if (!placement) throw new NotFoundError('Placement', 'input.placementId');
    return placement.beneficiaryId;
  }
  const [person] = await manager.query(`SELECT id FROM beneficiary WHERE id = $1`, [input.beneficiaryId]);
  if (!person) throw new NotFoundError('Beneficiary', 'input.beneficiaryId');
  return person.id;
}

/**
 * A document's bytes for a download the access guard has allowed, with an audit row in the same transaction: a
 * download that cannot be recorded is not served.
 */
export async function downloadDocument(
  dataSource: DataSource,
  config: DocumentsConfig,
  documentId: string,
  operatorId: string,
): Promise<{ document: Document; bytes: Buffer } | null> {
  return dataSource.transaction(async (manager) => {
    const document = await manager.findOneBy(Document, { id: documentId });
    if (!document) return null;
    const bytes = await storeOf(document.storage, config).read(manager, document.id);
    if (!bytes) return null;
    await manager.query(
      `INSERT INTO audit_event (operator_id, operation, action, record_type, record_id, beneficiary_id, fields)
       VALUES ($1, 'downloadDocument', 'READ', 'document', $2, $3, '{content}')`,
      [operatorId, document.id, document.beneficiaryId],
    );
    return { document, bytes };
  });
}

/** The documents about a person, or attached to one referral or placement, oldest first. */
export function documentsOf(
  manager: EntityManager,
  where: { beneficiaryId: string } | { referralId: string } | { placementId: string },
): Promise<Document[]> {
  return manager.find(Document, { where, order: { uploadedAt: 'ASC', id: 'ASC' } });
}
