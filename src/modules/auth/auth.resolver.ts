import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PonteContext } from '../../graphql/context';
import { parseId } from '../../graphql/ids';
import { Operator } from '../operators/operator.entity';
import { Session } from './auth.types';
import { changeOwnPassword, refreshSession, setOperatorPassword, signIn } from './auth.service';

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: 'Signs in with email and password; open to anyone' })
  signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: PonteContext): Promise<Session> {
    return signIn(ctx.dataSource.manager, ctx.tokens, { demoAccountsEnabled: ctx.demoAccountsEnabled }, email, password);
  }

  @Mutation(() => Session, { description: 'Trades a refresh token for a new session' })
  refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: PonteContext): Promise<Session> {
    return refreshSession(ctx.dataSource.manager, ctx.tokens, refreshToken);
  }

  @Mutation(() => Session, { description: 'Changes your own password; other sessions end, this one is renewed' })
  changeMyPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Session> {
    return changeOwnPassword(ctx.dataSource.manager, ctx.tokens, ctx.viewer!.operatorId, currentPassword, newPassword);
  }

  @Mutation(() => Operator, { description: 'Sets an operator’s password (admins); the operator’s open sessions end' })
  setOperatorPassword(
    @Arg('id', () => ID) id: string,
    @Arg('password') password: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Operator> {
    return setOperatorPassword(ctx.dataSource.manager, parseId(id, 'Operator', 'id'), password);
  }

  @Query(() => Operator, { description: 'The signed-in operator' })
  async me(@Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(ctx.viewer!.operatorId))!;
  }
}
