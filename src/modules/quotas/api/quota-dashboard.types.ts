import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../../graphql/relay';
import { Employer } from '../../employers/employer.entity';
import { QuotaBreakdown } from './quota.types';
import { ProspettoStatusType } from './prospetto.types';
import { ConsultancyContact } from './quota-records.types';

@ObjectType({ description: 'One employer on the quota dashboard' })
export class QuotaDashboardEntry {
  @Field(() => Employer)
  employer: Employer;

  @Field(() => QuotaBreakdown)
  quota: QuotaBreakdown;

  @Field(() => ProspettoStatusType, {
    description: 'The report for the year before the dashboard’s date, due by 31 January',
  })
  prospetto: ProspettoStatusType;

  @Field(() => ConsultancyContact, { nullable: true })
  lastContact: ConsultancyContact | null;
}

@ObjectType()
export class QuotaDashboardConnection extends Connection(QuotaDashboardEntry) {}
