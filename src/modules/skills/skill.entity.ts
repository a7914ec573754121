import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { Sector } from '../work-conditions/work-conditions.enums';

export enum SkillKind {
  SKILL = 'SKILL',
  KNOWLEDGE = 'KNOWLEDGE',
  TRANSVERSAL = 'TRANSVERSAL',
}
registerEnumType(SkillKind, {
  name: 'SkillKind',
  description: 'ESCO skill type: skill/competence, knowledge, or transversal',
});

/** An entry of the curated skill catalogue, tied to ESCO where a verified URI exists. */
@ObjectType({ implements: Node })
@Entity('skill')
export class Skill extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Field({ description: 'Stable catalogue code, e.g. LOG_PICKING' })
  @Column({ type: 'text', unique: true })
  code: string;

  @Field()
  @Column({ type: 'text', name: 'label_it' })
  labelIt: string;

  @Field()
  @Column({ type: 'text', name: 'label_en' })
  labelEn: string;

  @Field(() => SkillKind)
  @Column({ type: 'text' })
  kind: SkillKind;

  @Field(() => Sector)
  @Column({ type: 'text' })
  sector: Sector;

  @Field(() => String, { nullable: true, description: 'ESCO URI; empty for local skills ESCO does not describe' })
  @Column({ type: 'text', name: 'esco_uri', nullable: true })
  escoUri: string | null;

  @Field({ description: 'Retired entries stay for history but are not offered for new records' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The skill's bit in the people's match profiles; assigned by the database, never read by the application. */
  @Column({
    type: 'int',
    name: 'bit_position',
    generated: 'identity',
    generatedIdentity: 'ALWAYS',
    select: false,
    insert: false,
    update: false,
  })
  bitPosition: number;
}
