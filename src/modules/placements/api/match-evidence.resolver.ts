import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../../auth/context';
import { Operator } from '../../operators/operator.entity';
import { MatchFactorCode } from '../../matching/rules/factors';
import { readMatchEvidence } from '../match-evidence.service';
import { EvidenceWeight, MatchEvidence } from './match-evidence.types';
import { Placement } from '../placement.entity';

@Resolver(() => Placement)
export class PlacementMatchEvidenceResolver {
  @FieldResolver(() => MatchEvidence, {
    nullable: true,
    description:
      'What the ranking said of the pair when the placement was proposed on an opening (null without an opening)',
  })
  async matchEvidence(@Root() placement: Placement, @Ctx() ctx: PonteContext): Promise<MatchEvidence | null> {
    const stored = await readMatchEvidence(ctx.dataSource.manager, placement.id);
    if (!stored) return null;
    const weights: EvidenceWeight[] = Object.values(MatchFactorCode).map((factor) => ({
      factor,
      weight: stored.weights[factor],
    }));
    return { ...stored, weights };
  }
}

@Resolver(() => MatchEvidence)
export class MatchEvidenceResolver {
  @FieldResolver(() => Operator, { nullable: true, description: 'Who proposed the placement' })
  proposedBy(@Root() evidence: MatchEvidence, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return evidence.proposedById ? ctx.loaders.byId(Operator).load(evidence.proposedById) : null;
  }
}
