import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** The longest note, as the database's check on case_note.body says. */
export const NOTE_MAX_LENGTH = 10_000;

/**
 * A case note: what the operator observed or agreed, in their words. Health data (GDPR art. 9). Its author may
 * correct it for a short while after writing it (CaseWorkConfig.noteEditMinutes); after that it is part of the
 * record, and a correction is a new note that amends it.
 */
@ObjectType({ implements: Node })
@Entity('case_note')
export class CaseNote extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'written_at', default: () => 'now()' })
  writtenAt: Date;

  @Field(() => String, { nullable: true, description: 'The note (health data: null for roles that may not see it)' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date, { nullable: true, description: 'When its author last corrected it, within the edit window' })
  @Column({ type: 'timestamptz', name: 'edited_at', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'uuid', name: 'amends_note_id', nullable: true })
  amendsNoteId: string | null;
}
