import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DocumentClassification } from './document.entity';

@InputType({ description: 'Where a document belongs: exactly one of the person, one of their referrals or placements' })
export class AttachDocumentInput {
  @Field(() => ID, { nullable: true, description: 'The person the document is about' })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A referral (the document is then about its person)' })
  @IsOptional()
  referralId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A placement (the document is then about its person)' })
  @IsOptional()
  placementId?: string | null;

  @Field(() => DocumentClassification, { description: 'HEALTH for anything that names or implies a condition' })
  classification: DocumentClassification;
}
