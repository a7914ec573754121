import { Field, Float, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** A place where an employer's people work: where an opening is, and what a commute is measured to. */
@ObjectType({ implements: Node })
@Entity('employer_site')
export class EmployerSite extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'employer_id' })
  employerId: string;

  @Field({ description: 'Short name, e.g. "Stabilimento di Rezzato"' })
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'uuid', name: 'municipality_id' })
  municipalityId: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  latitude: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude: number;

  @Field()
  @Column({ type: 'boolean', name: 'is_headquarters', default: false })
  isHeadquarters: boolean;
}
