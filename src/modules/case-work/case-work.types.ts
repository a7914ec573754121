import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength } from 'class-validator';
import { ContactKind } from './contact-log.entity';
import { NOTE_MAX_LENGTH } from './case-note.entity';

@InputType({ description: 'A contact with a person, logged by the signed-in operator' })
export class LogContactInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => ContactKind)
  kind: ContactKind;

  @Field(() => Date, { nullable: true, description: 'When it took place; default now. Never in the future' })
  @IsOptional()
  contactedAt?: Date | null;

  @Field({ description: 'With whom: the person, a relative, the social worker…' })
  @MinLength(1)
  @MaxLength(200)
  withWhom: string;

  @Field(() => String, { nullable: true, description: 'A short note (up to 1000 characters)' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'A case note, written by the signed-in operator' })
export class AddCaseNoteInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field()
  @MinLength(1)
  @MaxLength(NOTE_MAX_LENGTH)
  body: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An earlier note of the same person this one corrects (notes are append-only after the edit window)',
  })
  @IsOptional()
  amendsNoteId?: string | null;
}
