import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { QuotaBreakdown } from './quota.types';

@ObjectType({
  description: 'The data of the annual report (prospetto informativo, L. 68/99 art. 9 c.6) on 31 December, as fields and as CSV',
})
export class ProspettoInformativo {
  employerId: string;

  snapshotId: string;

  @Field(() => Int)
  year: number;

  @Field(() => LocalDateResolver, { description: '31 December of the year' })
  referenceDate: string;

  @Field(() => LocalDateResolver, { description: '31 January of the following year' })
  submissionDeadline: string;

  @Field({ description: 'Whether the computable base reaches the first band, from which the report is due (and, tbc, only when something relevant changed)' })
  required: boolean;

  @Field(() => QuotaBreakdown, { description: 'Base, units due and counting, shortfall, exemptions, suspensions, conventions and compensation, with their rules' })
  quota: QuotaBreakdown;

  @Field({ description: 'The same data as CSV (RFC 4180): section, code, description, value' })
  csv: string;
}
