import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { SkillRequirement } from './opening.enums';

/** A skill an opening asks for, with the minimum level; one row per opening and skill. */
@ObjectType({ implements: Node })
@Entity('opening_skill')
export class OpeningSkill extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'opening_id' })
  openingId: string;

  @Column({ type: 'uuid', name: 'skill_id' })
  skillId: string;

  @Field(() => SkillRequirement)
  @Column({ type: 'text' })
  requirement: SkillRequirement;

  @Field(() => Int, { description: 'Minimum level, 1–4' })
  @Column({ type: 'smallint', name: 'minimum_level' })
  minimumLevel: number;

  @Field({ description: 'A REQUIRED skill the employer will not train: a candidate without it is excluded' })
  @Column({ type: 'boolean', default: false })
  indispensable: boolean;
}
