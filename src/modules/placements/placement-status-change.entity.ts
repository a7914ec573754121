import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { PlacementStatus } from './placement.enums';

/** One step of a placement's life: who moved it, when it took effect and why. Append-only. */
@ObjectType({ implements: Node })
@Entity('placement_status_change')
export class PlacementStatusChange extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'placement_id' })
  placementId: string;

  @Field(() => PlacementStatus, { nullable: true, description: 'Null for the proposal that created the placement' })
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: PlacementStatus | null;

  @Field(() => PlacementStatus)
  @Column({ type: 'text', name: 'to_status' })
  toStatus: PlacementStatus;

  @Field(() => LocalDateResolver, { description: 'The day the change took effect' })
  @Column({ type: 'date', name: 'effective_on' })
  effectiveOn: string;

  @Column({ type: 'uuid', name: 'changed_by_id', nullable: true })
  changedById: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;

  @Field()
  @Column({ type: 'text', default: '' })
  reason: string;
}
