import { Field, ObjectType } from 'type-graphql';
import { Operator } from '../operators/operator.entity';

@ObjectType({
  description:
    'A signed-in session. Send the access token as "Authorization: Bearer <accessToken>"; before it expires, trade the refresh token for a new session with refreshSession.',
})
export class Session {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field()
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => Operator)
  operator: Operator;
}
