import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver, LocalTimeResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';

/** One meeting of a workshop; its attendance is recorded once it has been held. */
@ObjectType({ implements: Node, description: 'One session of a workshop: a day and a time' })
@Entity('workshop_session')
export class WorkshopSession extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'workshop_id' })
  workshopId: string;

  @Field(() => LocalDateResolver, { description: 'The day it is held' })
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Field(() => LocalTimeResolver, { description: 'Start time, Italian local time' })
  @Column({ type: 'time', name: 'starts_at' })
  startsAt: string;

  @Field(() => LocalTimeResolver, { description: 'End time, Italian local time' })
  @Column({ type: 'time', name: 'ends_at' })
  endsAt: string;

  @Field(() => Date, { nullable: true, description: 'When its attendance was recorded; null while still to record' })
  @Column({ type: 'timestamptz', name: 'attendance_recorded_at', nullable: true })
  attendanceRecordedAt: Date | null;
}
