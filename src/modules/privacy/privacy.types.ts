import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('SubjectAccessSection', { description: 'One kind of personal data held about the person' })
export class SubjectAccessSectionType {
  @Field({ description: 'Which kind: profile, caseHistory, referrals, placements, visits, documents, auditTrail…' })
  name: string;

  @Field(() => GraphQLJSONObject, {
    description: 'The rows about the person by database table, every column as stored (document bytes excepted)',
  })
  tables: Record<string, unknown>;
}

/** What Ponte holds about one person (GDPR art. 15), as data and as a readable PDF. */
@ObjectType('SubjectAccessExport', {
  description: 'Everything Ponte holds about one person (GDPR art. 15), as JSON sections and as a readable PDF',
})
export class SubjectAccessExportType {
  @Field(() => ID, { description: 'The person' })
  beneficiaryId: string;

  @Field({ description: 'When the export was read (one consistent snapshot)' })
  generatedAt: Date;

  @Field(() => [SubjectAccessSectionType], { description: 'The data, one section per kind' })
  sections: SubjectAccessSectionType[];

  @Field({ description: 'The same, as a readable PDF document, base64-encoded' })
  pdfBase64: string;
}
