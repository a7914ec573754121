import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** An Italian municipality ("comune"); the 15 of the service belong to an ambito, the others are where employers are. */
@ObjectType({ implements: Node })
@Entity('municipality')
export class Municipality extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field({ description: 'ISTAT code, 6 digits (province 017 for Brescia)' })
  @Column({ type: 'text', name: 'istat_code', unique: true })
  istatCode: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'Cadastral (Belfiore) code, the birthplace part of a codice fiscale' })
  @Column({ type: 'text', name: 'belfiore_code', unique: true })
  belfioreCode: string;

  @Field()
  @Column({ type: 'text' })
  postcode: string;

  @Field({ description: 'Province abbreviation, e.g. BS' })
  @Column({ type: 'text' })
  province: string;

  /** Null for municipalities outside the service's territory. */
  @Column({ type: 'smallint', name: 'ambito_number', nullable: true })
  ambitoNumber: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => Float, { description: 'Town centre latitude (about 1 km precision: for commute estimates)' })
  @Column({ type: 'double precision' })
  latitude: number;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  longitude: number;
}
