import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';
import { SkillSource } from './beneficiary.enums';

/** A person's level in one catalogue skill; one current record per person and skill. */
@ObjectType({ implements: Node })
@Entity('beneficiary_skill')
export class BeneficiarySkill extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Column({ type: 'uuid', name: 'skill_id' })
  skillId: string;

  @Field(() => Int, { description: '1 basic, 2 with supervision, 3 autonomous, 4 can teach others' })
  @Column({ type: 'smallint' })
  level: number;

  @Field(() => SkillSource)
  @Column({ type: 'text' })
  source: SkillSource;

  @Field(() => LocalDateResolver, { description: 'When the level was declared, assessed or proven' })
  @Column({ type: 'date', name: 'assessed_on' })
  assessedOn: string;
}
