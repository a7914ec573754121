import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An "ambito territoriale": the grouping of municipalities that jointly runs social services. Ponte serves
 * Ambito 1 (Brescia) and Ambito 3 (Brescia Est); their official numbers are the keys.
 */
@ObjectType()
@Entity('ambito')
export class Ambito {
  @Field(() => Int, { description: 'Official number of the ambito (1 Brescia, 3 Brescia Est)' })
  @PrimaryColumn({ type: 'smallint' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  name: string;
}
