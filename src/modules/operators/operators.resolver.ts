import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PonteContext } from '../auth/context';
import { Ambito } from '../territory/ambito.entity';
import { Operator, OperatorRole } from './operator.entity';
import { createOperator, listOperators, updateOperator } from './operators.service';
import { CreateOperatorInput, UpdateOperatorInput } from './operators.types';
import { GlobalIdArg } from '../../graphql/global-id-arg';

@Resolver(() => Operator)
export class OperatorResolver {
  @Query(() => [Operator], { description: 'The service’s staff (a few people: not paginated)' })
  operators(
    @Ctx() ctx: PonteContext,
    @Arg('role', () => OperatorRole, { nullable: true }) role?: OperatorRole | null,
    @Arg('ambito', () => Int, { nullable: true }) ambito?: number | null,
    @Arg('includeInactive', { defaultValue: false }) includeInactive?: boolean,
  ): Promise<Operator[]> {
    return listOperators(ctx.dataSource.manager, { role, ambito, includeInactive });
  }

  @Mutation(() => Operator, {
    description: 'A role that reads case content waits for a coordinator’s approval (see pendingRoleGrant)',
  })
  createOperator(@Arg('input') input: CreateOperatorInput, @Ctx() ctx: PonteContext): Promise<Operator> {
    return createOperator(ctx.dataSource.manager, input, ctx.viewer!.operatorId);
  }

  @Mutation(() => Operator, {
    description:
      'Never on one’s own role, ambito or active flag; a role that reads case content waits for a coordinator’s approval',
  })
  updateOperator(
    @GlobalIdArg('id', 'Operator') id: string,
    @Arg('input') input: UpdateOperatorInput,
    @Ctx() ctx: PonteContext,
  ): Promise<Operator> {
    return updateOperator(ctx.dataSource.manager, id, input, ctx.viewer!.operatorId);
  }

  @FieldResolver(() => Ambito, { nullable: true })
  ambito(@Root() operator: Operator, @Ctx() ctx: PonteContext): Promise<Ambito | null> | null {
    return operator.ambitoNumber === null ? null : ctx.loaders.byKey(Ambito, 'number').load(operator.ambitoNumber);
  }
}
