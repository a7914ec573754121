import { DataSource, EntityManager } from 'typeorm';
import { UserInputError } from '../../graphql/errors';
import { DEFAULT_WEIGHTS, MatchFactorCode, MatchingWeights } from './rules/factors';
import { MatchingWeight } from './matching-weight.entity';
import { checkServiceAmbito } from '../territory/service-ambiti';
import { msg } from '../../i18n/message';

/** The weights of every ambito; a factor without a row keeps its default. */
export async function loadWeights(manager: EntityManager): Promise<Map<number, MatchingWeights>> {
  const rows = await manager.find(MatchingWeight);
  const byAmbito = new Map<number, MatchingWeights>();
  for (const row of rows) {
    const weights = byAmbito.get(row.ambitoNumber) ?? { ...DEFAULT_WEIGHTS };
    weights[row.factor] = row.weight;
    byAmbito.set(row.ambitoNumber, weights);
  }
  return byAmbito;
}

export function weightsFor(all: Map<number, MatchingWeights>, ambito: number | null): MatchingWeights {
  return (ambito !== null && all.get(ambito)) || DEFAULT_WEIGHTS;
}

/**
 * Replaces an ambito's weights, all factors at once so they always add up to 100 and a score reads as points out
 * of 100. Who may do it is the access policy's business (the coordinator).
 */
export async function setMatchingWeights(
  dataSource: DataSource,
  ambito: number,
  weights: Array<{ factor: MatchFactorCode; weight: number }>,
  actorId: string | null,
): Promise<MatchingWeights> {
  checkServiceAmbito(ambito, 'ambito');
  const factors = Object.values(MatchFactorCode);
  const given = new Set(weights.map((w) => w.factor));
  if (given.size !== weights.length || factors.some((f) => !given.has(f))) {
    throw new UserInputError(msg('matching.giveEachFactorExactly', { factors: factors.join(', ') }), 'weights');
  }
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  if (Math.abs(total - 100) > 0.001) {
    throw new UserInputError(msg('matching.weightsAddUp100', { total }), 'weights');
  }
  await dataSource.transaction(async (manager) => {
    for (const { factor, weight } of weights) {
      await manager.upsert(MatchingWeight, { ambitoNumber: ambito, factor, weight, updatedById: actorId }, [
        'ambitoNumber',
        'factor',
      ]);
    }
  });
  return weightsFor(await loadWeights(dataSource.manager), ambito);
}
