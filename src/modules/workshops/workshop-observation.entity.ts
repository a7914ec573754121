import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';

/**
 * What the operator saw of one participant in one of the workshop's skills at its end. It is also written to the
 * person's skills as proven in a workshop, which matching reads; this record keeps where that evidence came from.
 */
@ObjectType({ implements: Node, description: "An operator's observation of a participant's skill at a workshop's end" })
@Entity('workshop_observation')
export class WorkshopObservation extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Column({ type: 'uuid', name: 'skill_id' })
  skillId: string;

  @Field(() => Int, { description: 'The level seen: 1 basic, 2 with supervision, 3 autonomous, 4 can teach others' })
  @Column({ type: 'smallint' })
  level: number;

  @Field(() => String, {
    nullable: true,
    description: 'What the operator noted (may tell about health: only case workers read it)',
  })
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => LocalDateResolver, { description: 'The day of the observation' })
  @Column({ type: 'date', name: 'observed_on' })
  observedOn: string;

  @Column({ type: 'uuid', name: 'observed_by_id', nullable: true })
  observedById: string | null;
}
