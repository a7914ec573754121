import { EntityManager } from 'typeorm';

/**
 * A figure employers are ordered by that another module computes: the Law 68/99 shortfall comes out of the quota
 * rules, and the quota module depends on this one, not the other way round. The composition root provides it.
 */
export type EmployerRanking = (
  manager: EntityManager,
  employerIds: readonly string[],
  asOf: string,
) => Promise<ReadonlyMap<string, number>>;

export type RankedEmployerField = 'SHORTFALL';

const provided = new Map<RankedEmployerField, EmployerRanking>();

export function provideEmployerRanking(field: RankedEmployerField, ranking: EmployerRanking): void {
  provided.set(field, ranking);
}

/** The ranking for `field`; a schema built without it is a programming error, never a silently unordered list. */
export function employerRanking(field: RankedEmployerField): EmployerRanking {
  const ranking = provided.get(field);
  if (!ranking) throw new Error(`No ranking of employers by ${field} was provided by the composition root`);
  return ranking;
}
