import { DataSource } from 'typeorm';
import { PonteConfig } from '../../config/config';
import { Viewer } from './viewer';
import { SessionTokens } from './tokens';
import { SignInThrottle } from './sign-in-throttle';
import { ReadAuditLog } from '../audit/read-audit-log';
import { Loaders } from '../../graphql/loaders';
import type { DirectRequest } from '../../graphql/direct-request';
import type { Message } from '../../i18n/message';
import type { Locale } from '../../i18n/locale';

/** What every resolver receives: the database, this request's loaders, and who is acting. */
export interface PonteContext {
  dataSource: DataSource;
  config: PonteConfig;
  loaders: Loaders;
  tokens: SessionTokens;
  /** The signed-in operator; null for an anonymous request, which may only sign in. */
  viewer: Viewer | null;
  /** Why the credentials sent were refused, reported when an anonymous request asks for anything. */
  authProblem: Message | null;
  /** The language this request is answered in: negotiated from Accept-Language, or the client's override. */
  locale: Locale;
  /** The operator recorded in case histories: the viewer. */
  actingOperatorId: string | null;
  demoAccountsEnabled: boolean;
  /** Counts failed passwords per account and per client address, across requests. */
  signInThrottle: SignInThrottle;
  /** The address the request came from (the proxy's, behind a reverse proxy). */
  clientAddress: string;
  readAudit: ReadAuditLog;
  /** While a compiled operation with direct reads runs: what its lists may read along with their pages. */
  direct?: DirectRequest;
}
