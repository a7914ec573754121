import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';
import { VisitOutcome, VisitStatus } from './placement.enums';

/**
 * A tutoring and monitoring visit of a placement: planned (a date and who goes), then done (with its outcome and
 * notes) or cancelled. Notes may hold health information: only the people who follow the case read them.
 */
@ObjectType({ implements: Node })
@Entity('monitoring_visit')
export class MonitoringVisit extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'placement_id' })
  placementId: string;

  @Field(() => VisitStatus)
  @Column({ type: 'text', default: VisitStatus.PLANNED })
  status: VisitStatus;

  @Field(() => LocalDateResolver)
  @Column({ type: 'date', name: 'planned_on' })
  plannedOn: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column({ type: 'date', name: 'done_on', nullable: true })
  doneOn: string | null;

  @Column({ type: 'uuid', name: 'operator_id', nullable: true })
  operatorId: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => VisitOutcome, { nullable: true })
  @Column({ type: 'text', nullable: true })
  outcome: VisitOutcome | null;
}
