import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from '../../graphql/relay';

/** Who may read a document follows from what it is about (access-control/policy.ts, DOCUMENT_READERS). */
export enum DocumentClassification {
  /** Certificates, clinical reports, anything naming a condition: read as the person's health data. */
  HEALTH = 'HEALTH',
  /** Referral letters, agreements, consents, identity papers. */
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(DocumentClassification, {
  name: 'DocumentClassification',
  description: 'What a document is about, which decides who reads it',
});

export enum DocumentStorage {
  DATABASE = 'DATABASE',
  FOLDER = 'FOLDER',
}

/**
 * A document attached to a person, and optionally to one of their referrals or placements. Its bytes are not part
 * of the type: they are downloaded from `GET /documents/<id>` with the same token and the same access decisions.
 */
@ObjectType({
  implements: Node,
  description: 'A document attached to a person, a referral or a placement; download it from GET /documents/{id}',
})
@Entity('document')
export class Document extends Node {
  @PrimaryGeneratedColumn('uuid')
  override id: string;

  @Column({ type: 'uuid', name: 'beneficiary_id' })
  beneficiaryId: string;

  @Column({ type: 'uuid', name: 'referral_id', nullable: true })
  referralId: string | null;

  @Column({ type: 'uuid', name: 'placement_id', nullable: true })
  placementId: string | null;

  @Field(() => DocumentClassification)
  @Column({ type: 'text' })
  classification: DocumentClassification;

  @Field({ description: 'The type read from the file’s content (never from its name or the client’s word)' })
  @Column({ type: 'text', name: 'content_type' })
  contentType: string;

  @Field({ description: 'The name the file had when it was uploaded' })
  @Column({ type: 'text', name: 'file_name' })
  fileName: string;

  @Field(() => Int, { description: 'Size in bytes' })
  @Column({ type: 'integer', name: 'byte_size' })
  byteSize: number;

  @Field({ description: 'SHA-256 of the content, hexadecimal: to check a downloaded copy' })
  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'text' })
  storage: DocumentStorage;

  @Column({ type: 'uuid', name: 'uploaded_by_id', nullable: true })
  uploadedById: string | null;

  @Field({ description: 'When it was uploaded' })
  @Column({ type: 'timestamptz', name: 'uploaded_at', default: () => 'now()' })
  uploadedAt: Date;
}
