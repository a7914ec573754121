import { DataSource } from 'typeorm';
import { createDataSource, DataSourceOptions } from '../db/data-source';
import { AuditActorSubscriber } from '../modules/audit/audit-actor.subscriber';
import { ENTITIES } from './entities';

/** Ponte's data source: every module's entities, and the subscriber that names the acting operator to the audit. */
export function createPonteDataSource(options: Omit<DataSourceOptions, 'entities' | 'subscribers'>): DataSource {
  return createDataSource({ ...options, entities: ENTITIES, subscribers: [AuditActorSubscriber] });
}
