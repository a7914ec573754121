import { Field, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** A person enrolled in a workshop: case data, seen only by who may see the person. */
@ObjectType({ implements: Node, description: "A person's enrolment in a workshop" })
@Entity('workshop_enrolment')
export class WorkshopEnrolment extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'workshop_id' })
  workshopId: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field(() => LocalDateResolver, { description: 'The day the person was enrolled' })
  @Column({ type: 'date', name: 'enrolled_on' })
  enrolledOn: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
