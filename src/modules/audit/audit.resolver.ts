import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PonteContext } from '../auth/context';
import { parseOptionalId } from '../../graphql/ids';
import { PageArgs } from '../../graphql/pagination';
import { Connection, toGlobalId } from '../../graphql/relay';
import { Operator } from '../operators/operator.entity';
import { AuditAction, AuditEvent } from './audit-event.entity';
import { listAuditTrail } from './audit.service';

@ObjectType()
class AuditEventConnection extends Connection(AuditEvent) {}

@ArgsType()
class AuditTrailArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Everything recorded about this person' })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Everything this operator did' })
  @IsOptional()
  operatorId?: string | null;

  @Field(() => [AuditAction], { nullable: true })
  @IsOptional()
  actions?: AuditAction[] | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (included)' })
  @IsOptional()
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Up to this instant (excluded)' })
  @IsOptional()
  until?: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first (coordinators)' })
  auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: PonteContext): Promise<AuditEventConnection> {
    return listAuditTrail(
      ctx.dataSource.manager,
      {
        ...args,
        beneficiaryId: parseOptionalId(args.beneficiaryId, 'Beneficiary', 'beneficiaryId'),
        operatorId: parseOptionalId(args.operatorId, 'Operator', 'operatorId'),
      },
      args,
      ctx.config,
    );
  }

  @FieldResolver(() => Operator, {
    nullable: true,
    description: 'Who acted; null for maintenance and unknown sign-in attempts',
  })
  operator(@Root() event: AuditEvent, @Ctx() ctx: PonteContext): Promise<Operator | null> | null {
    return event.operatorId ? ctx.loaders.byId(Operator).load(event.operatorId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The person the record is about, if any' })
  beneficiaryId(@Root() event: AuditEvent): string | null {
    return event.beneficiaryId ? toGlobalId('Beneficiary', event.beneficiaryId) : null;
  }
}
