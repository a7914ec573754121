import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** A person's codice fiscale replaced (a temporary code by the definitive one): the old code stays on record. */
@ObjectType({ implements: Node })
@Entity('codice_fiscale_change')
export class CodiceFiscaleChange extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Field()
  @Column({ type: 'text', name: 'previous_code' })
  previousCode: string;

  @Field()
  @Column({ type: 'text', name: 'new_code' })
  newCode: string;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', name: 'changed_by_id', nullable: true })
  changedById: string | null;

  @Field()
  @Column({ type: 'timestamptz', name: 'changed_at', default: () => 'now()' })
  changedAt: Date;
}
