import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { EntityManager } from 'typeorm';
import { DocumentsConfig } from '../../config/config';
import { DocumentStorage } from './document.entity';

/**
 * Where documents' bytes live. Every call takes the transaction of the `document` row it belongs to: the database
 * store writes in it, so a failed upload leaves nothing behind; the folder store writes its file before the row is
 * committed, so a crash between the two leaves an orphan file (never a row without its file).
 */
export interface DocumentStore {
  readonly kind: DocumentStorage;
  write(manager: EntityManager, documentId: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when they are gone. */
  read(manager: EntityManager, documentId: string): Promise<Buffer | null>;
  erase(manager: EntityManager, documentId: string): Promise<void>;
}

/** The default: a bytea column in `document_content`, covered by the database's backups and transactions. */
export class DatabaseDocumentStore implements DocumentStore {
  readonly kind = DocumentStorage.DATABASE;

  async write(manager: EntityManager, documentId: string, bytes: Buffer): Promise<void> {
    await manager.query(`INSERT INTO document_content (document_id, bytes) VALUES ($1, $2)`, [documentId, bytes]);
  }

  async read(manager: EntityManager, documentId: string): Promise<Buffer | null> {
    const [row] = await manager.query(`SELECT bytes FROM document_content WHERE document_id = $1`, [documentId]);
    return row ? (row.bytes as Buffer) : null;
  }

  async erase(manager: EntityManager, documentId: string): Promise<void> {
    await manager.query(`DELETE FROM document_content WHERE document_id = $1`, [documentId]);
  }
}

/** One file per document in a configured folder, named by the document's UUID (never by the client's file name). */
export class FolderDocumentStore implements DocumentStore {
  readonly kind = DocumentStorage.FOLDER;

  constructor(private readonly folder: string) {}

  private file(documentId: string): string {
    if (!/^[0-9a-f-]{36}$/.test(documentId)) throw new Error('A document ID is a UUID');
    return path.join(this.folder, documentId);
  }

  async write(_manager: EntityManager, documentId: string, bytes: Buffer): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    const partial = path.join(this.folder, `.${documentId}.${randomUUID()}.partial`);
    const handle = await open(partial, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, this.file(documentId));
  }

  async read(_manager: EntityManager, documentId: string): Promise<Buffer | null> {
    try {
      return await readFile(this.file(documentId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async erase(_manager: EntityManager, documentId: string): Promise<void> {
    await rm(this.file(documentId), { force: true });
  }
}

/** The store new documents go to. Documents already stored keep the store their row names. */
export function configuredStore(config: DocumentsConfig): DocumentStore {
  return config.storage === 'FOLDER' ? new FolderDocumentStore(config.folder!) : new DatabaseDocumentStore();
}

/** The store a document's bytes were written to. */
export function storeOf(kind: DocumentStorage, config: DocumentsConfig): DocumentStore {
  if (kind === DocumentStorage.DATABASE) return new DatabaseDocumentStore();
  if (!config.folder) throw new Error('A document is kept in a folder, but PONTE_DOCUMENT_DIR is not set');
  return new FolderDocumentStore(config.folder);
}
