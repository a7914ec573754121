import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PlacementKind } from './placement.enums';

/**
 * One step of the service's monitoring rhythm, kept as data: from `fromDay` days after a placement started, a visit
 * is due every `everyDays` days. Steps with a null kind apply to every kind without steps of its own.
 */
@ObjectType()
@Entity('monitoring_rhythm')
export class MonitoringRhythmStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => PlacementKind, { nullable: true, description: 'Null: the default for every kind' })
  @Column({ type: 'text', name: 'placement_kind', nullable: true })
  placementKind: PlacementKind | null;

  @Field(() => Int)
  @Column({ type: 'smallint', name: 'from_day' })
  fromDay: number;

  @Field(() => Int)
  @Column({ type: 'smallint', name: 'every_days' })
  everyDays: number;
}
