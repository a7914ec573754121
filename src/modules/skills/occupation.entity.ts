import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { Sector } from '../work-conditions/work-conditions.enums';

/** An occupation of the curated catalogue (ESCO where verified): what an opening offers and a person may prefer. */
@ObjectType({ implements: Node })
@Entity('occupation')
export class Occupation extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field()
  @Column({ type: 'text', unique: true })
  code: string;

  @Field()
  @Column({ type: 'text', name: 'label_it' })
  labelIt: string;

  @Field()
  @Column({ type: 'text', name: 'label_en' })
  labelEn: string;

  @Field(() => Sector)
  @Column({ type: 'text' })
  sector: Sector;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'esco_uri', nullable: true })
  escoUri: string | null;

  /** The CP2021 unit (ISTAT): five numeric levels; set by staff from ISTAT's list, never guessed. */
  @Field(() => String, {
    nullable: true,
    description: 'CP2021 occupational unit (ISTAT), the code of the Comunicazioni Obbligatorie; null until recorded',
  })
  @Column({ type: 'text', name: 'cp2021_code', nullable: true })
  cp2021Code: string | null;
}
