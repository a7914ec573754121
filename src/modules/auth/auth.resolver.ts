import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PonteContext } from './context';
import { Operator } from '../operators/operator.entity';
import { Session } from './auth.types';
import {
  changeOwnPassword,
  PasswordGuard,
  refreshSession,
  setOperatorPassword,
  signIn,
  signOut,
  unlockSignIn,
} from './auth.service';
import { GlobalIdArg } from '../../graphql/global-id-arg';

const guard = (ctx: PonteContext): PasswordGuard => ({
  throttle: ctx.signInThrottle,
  clientAddress: ctx.clientAddress,
});

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: 'Signs in with email and password; open to anyone' })
  signIn(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: PonteContext): Promise<Session> {
    return signIn(
      ctx.dataSource.manager,
      ctx.tokens,
      { demoAccountsEnabled: ctx.demoAccountsEnabled },
      guard(ctx),
      email,
      password,
    );
  }

  @Mutation(() => Session, {
    description:
      'Trades a refresh token for the next pair of tokens; each refresh token works once, and one used twice ends its session',
  })
  refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: PonteContext): Promise<Session> {
    return refreshSession(ctx.dataSource.manager, ctx.tokens, refreshToken);
  }

  @Mutation(() => Session, { description: 'Changes your own password; other sessions end, this one is renewed' })
  changeMyPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Session> {
    return changeOwnPassword(
      ctx.dataSource.manager,
      ctx.tokens,
      guard(ctx),
      ctx.viewer!.operatorId,
      currentPassword,
      newPassword,
    );
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working' })
  signOut(@Ctx() ctx: PonteContext): Promise<boolean> {
    return signOut(ctx.dataSource.manager, ctx.viewer!.sessionId);
  }

  @Mutation(() => Operator, {
    description: 'Lifts the lock that failed sign-ins put on an operator’s account (admins)',
  })
  unlockSignIn(@GlobalIdArg('operatorId', 'Operator') operatorId: string, @Ctx() ctx: PonteContext): Promise<Operator> {
    return unlockSignIn(ctx.dataSource.manager, ctx.signInThrottle, operatorId, ctx.viewer!.operatorId);
  }

  @Mutation(() => Operator, {
    description:
      'Sets an operator’s password (admins); the operator’s open sessions end, and a case role waits for a coordinator to confirm it',
  })
  setOperatorPassword(
    @GlobalIdArg('id', 'Operator') id: string,
    @Arg('password') password: string,
    @Ctx() ctx: PonteContext,
  ): Promise<Operator> {
    return setOperatorPassword(ctx.dataSource.manager, id, password, ctx.viewer!.operatorId);
  }

  @Query(() => Operator, { description: 'The signed-in operator' })
  async me(@Ctx() ctx: PonteContext): Promise<Operator> {
    return (await ctx.loaders.byId(Operator).load(ctx.viewer!.operatorId))!;
  }
}
