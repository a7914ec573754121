import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ENTITIES } from './entities';
import { PonteContext } from '../modules/auth/context';
import { UserInputError } from '../graphql/errors';
import { fromGlobalId, Node } from '../graphql/relay';
import { msg } from '../i18n/message';
import { isQuotaNodeType, quotaRecordLoader } from '../modules/quotas/reads/quota.loaders';

const NODE_TYPES = new Map(
  ENTITIES.filter((entity) => entity.prototype instanceof Node).map((entity) => [entity.name, entity]),
);

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: PonteContext): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (decoded && isQuotaNodeType(decoded.typeName)) return quotaRecordLoader(ctx, decoded.typeName).load(decoded.id);
    const entity = decoded && NODE_TYPES.get(decoded.typeName);
    if (!decoded || !entity) throw new UserInputError(msg('app.ponteId'), 'id');
    return (await ctx.loaders.byId(entity as never).load(decoded.id)) as Node | null;
  }
}
