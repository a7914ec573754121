import { Args, ArgsType, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PonteContext } from '../auth/context';
import { PageArgs } from '../../graphql/pagination';
import { Connection } from '../../graphql/relay';
import { Operator } from '../operators/operator.entity';
import { Ambito } from '../territory/ambito.entity';
import { RoleGrant, RoleGrantStatus } from './role-grant.entity';
import { approveRoleGrant, listRoleGrants, rejectRoleGrant } from './role-grants.service';
import { GlobalIdArg } from '../../graphql/global-id-arg';

@ObjectType()
class RoleGrantConnection extends Connection(RoleGrant) {}

@ArgsType()
class RoleGrantsArgs extends PageArgs {
  @Field(() => RoleGrantStatus, { nullable: true, description: 'Only requests in this state (all when absent)' })
  @IsOptional()
  status?: RoleGrantStatus | null;
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @Query(() => RoleGrantConnection, { description: 'Requests for roles that read case content, oldest first' })
  roleGrants(@Args() args: RoleGrantsArgs, @Ctx() ctx: PonteContext): Promise<RoleGrantConnection> {
    return listRoleGrants(ctx.dataSource.manager, args.status, args, ctx.config);
  }

  @Mutation(() => RoleGrant, {
    description: 'Gives the account the role asked for; not by the requester or the account holder',
  })
  approveRoleGrant(@GlobalIdArg('id', 'RoleGrant') id: string, @Ctx() ctx: PonteContext): Promise<RoleGrant> {
    return approveRoleGrant(ctx.dataSource.manager, id, ctx.viewer!.operatorId);
  }

  @Mutation(() => RoleGrant, { description: 'Refuses the role asked for; the account keeps the role in force' })
  rejectRoleGrant(@GlobalIdArg('id', 'RoleGrant') id: string, @Ctx() ctx: PonteContext): Promise<RoleGrant> {
    return rejectRoleGrant(ctx.dataSource.manager, id, ctx.viewer!.operatorId);
  }

  @FieldResolver(() => Operator, { description: 'The account the role is asked for' })
  async operator(@Root() grant: RoleGrant, @Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(grant.operatorId))!;
  }

  @FieldResolver(() => Ambito, { nullable: true })
  ambito(@Root() grant: RoleGrant, @Ctx() ctx: PonteContext): Promise<Ambito | null> | null {
    return grant.ambitoNumber === null ? null : ctx.loaders.byKey(Ambito, 'number').load(grant.ambitoNumber);
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The admin who asked; null for maintenance' })
  requestedBy(@Root() grant: RoleGrant, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return grant.requestedById ? ctx.loaders.byId(Operator).load(grant.requestedById) : null;
  }

  @FieldResolver(() => Operator, { nullable: true, description: 'The coordinator who approved or rejected' })
  decidedBy(@Root() grant: RoleGrant, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return grant.decidedById ? ctx.loaders.byId(Operator).load(grant.decidedById) : null;
  }
}

@Resolver(() => Operator)
export class OperatorRoleGrantResolver {
  @FieldResolver(() => RoleGrant, {
    nullable: true,
    description: 'The request for a case role that waits for a coordinator',
  })
  async pendingRoleGrant(@Root() operator: Operator, @Ctx() ctx: PonteContext): Promise<RoleGrant | null> {
    const grants = await ctx.loaders.manyBy(RoleGrant, 'operatorId').load(operator.id);
    return grants.find((grant) => grant.status === RoleGrantStatus.PENDING) ?? null;
  }
}
