import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { TrackedNode } from '../../graphql/tracked-node';

/**
 * A workshop (laboratorio di sperimentazione lavorativa e formazione): a group activity the service runs in one of
 * its municipalities, with a schedule of sessions, a capacity and an operator in charge. Its ambito is the
 * municipality's, and decides which operators see it.
 */
@ObjectType({ implements: Node, description: 'A workshop (laboratorio) the service runs for a group of people' })
@Entity('workshop')
export class Workshop extends TrackedNode {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field({ description: 'A short name, e.g. "Laboratorio di assemblaggio"' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'What the workshop is about and what participants do' })
  @Column({ type: 'text' })
  theme: string;

  @Field(() => Int, { description: 'The ambito it is held in: the ambito of its municipality' })
  @Column({ type: 'smallint', name: 'ambito_number' })
  ambitoNumber: number;

  @Column({ type: 'uuid', name: 'municipality_id' })
  municipalityId: string;

  @Field(() => String, { nullable: true, description: 'Where in the municipality, when known' })
  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Field(() => Int, { description: 'How many people may be enrolled at most' })
  @Column({ type: 'smallint' })
  capacity: number;

  @Column({ type: 'uuid', name: 'operator_in_charge_id' })
  operatorInChargeId: string;
}
