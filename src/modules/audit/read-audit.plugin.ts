import { ApolloServerPlugin } from '@apollo/server';
import { DataSource } from 'typeorm';
import { loggableError } from '../../db/loggable-error';
import { PonteContext } from '../auth/context';
import { msg, render } from '../../i18n/message';

/**
 * Writes the request's sensitive reads to the audit trail before the response is sent. A read that cannot be
 * recorded is not delivered: the data is replaced by an error.
 */
export function readAuditPlugin(dataSource: DataSource): ApolloServerPlugin<PonteContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const { readAudit, viewer } = contextValue;
          if (readAudit.size === 0 || !viewer) return;
          try {
            await readAudit.flush(dataSource.manager, viewer.operatorId);
          } catch (error) {
            console.error(
              `Could not write sensitive reads to the audit trail; the response was withheld: ${loggableError(error)}`,
            );
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                data: null,
                errors: [
                  {
                    message: render(msg('audit.trailUnwritable')),
                    extensions: { code: 'SERVICE_UNAVAILABLE' },
                  },
                ],
              };
            }
          }
        },
      };
    },
  };
}
