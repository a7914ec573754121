import { Router } from 'express';
import { DataSource } from 'typeorm';
import { DocumentsConfig } from '../../config/config';
import { errorBody } from '../../graphql/hardening';
import { currentLocale } from '../../i18n/request-locale';
import { translate } from '../../i18n/translate';
import { downloadDocument } from './documents.service';

/**
 * What the access guard decides for one document: who asks (null without a valid token) and the document's
 * database key when the guard lets them see it (null when it does not exist for them).
 */
export type DocumentAccess = (
  authorization: string | undefined,
  globalId: string,
  clientAddress: string,
) => Promise<{ operatorId: string | null; documentId: string | null; forbidden: boolean }>;

/**
 * GET /documents/:id: a document's bytes, with the same bearer token as /graphql and the guard's decision for the
 * document (taken by running the `node` query for it), and an audit row for every download. A document that does not
 * exist and one the reader may not see get the same 404.
 */
export function documentDownloadRouter(
  dataSource: DataSource,
  config: DocumentsConfig,
  access: DocumentAccess,
): Router {
  const router = Router();
  router.get('/:id', async (req, res, next) => {
    try {
      const { operatorId, documentId, forbidden } = await access(
        req.headers.authorization,
        req.params.id,
        req.ip ?? req.socket.remoteAddress ?? 'unknown',
      );
      if (!operatorId) {
        res.status(401).json(errorBody(translate(currentLocale(), 'documents.signIn'), 'UNAUTHENTICATED'));
        return;
      }
      if (forbidden) {
        res.status(403).json(errorBody(translate(currentLocale(), 'documents.forbidden'), 'FORBIDDEN'));
        return;
      }
      const found = documentId ? await downloadDocument(dataSource, config, documentId, operatorId) : null;
      if (!found) {
        res.status(404).json(errorBody(translate(currentLocale(), 'documents.notFound'), 'NOT_FOUND'));
        return;
      }
      res
        .status(200)
        .set({
          'Content-Type': found.document.contentType,
          'Content-Length': String(found.bytes.length),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(found.document.fileName)}`,
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(found.bytes);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
