import { DataSource } from 'typeorm';
import { PonteConfig } from '../config/config';
import { Loaders } from './loaders';

/** What every resolver receives: the database, this request's loaders, and who is acting. */
export interface PonteContext {
  dataSource: DataSource;
  config: PonteConfig;
  loaders: Loaders;
  /**
   * The operator on whose behalf the request acts, recorded in case histories. Until sign-in exists (the access
   * control issue) it comes from the `X-Operator-Id` header and is not a security boundary.
   */
  actingOperatorId: string | null;
}
