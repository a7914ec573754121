import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Matches, MaxLength } from 'class-validator';
import { ProspettoStatus } from '../rules/prospetto-rules';
import { QuotaBreakdown } from './quota.types';
import { msg, render } from '../../../i18n/message';
import { validationMessage } from '../../../graphql/validation-message';

@ObjectType({ description: 'The sanction for a prospetto sent late or not at all (L. 68/1999 art. 15 c.1)' })
export class ProspettoLateSanction {
  @Field(() => Int, { description: 'Days from 31 January to the day it was sent or, while it is not, to today' })
  daysLate: number;

  @Field(() => Int, {
    description: 'In euro cents: the amount for sending late plus one for each further day; 0 when on time or not due',
  })
  amountCents: number;

  @Field(() => String, { nullable: true, description: 'The rule version whose figures price the delay' })
  ruleVersionCode: string | null;

  @Field()
  description: string;
}

@ObjectType({ description: 'Whether the report for a year is due, from the records, and whether it was sent on time' })
export class ProspettoStatusType {
  @Field(() => Int)
  year: number;

  @Field(() => LocalDateResolver, { description: '31 January of the following year' })
  submissionDeadline: string;

  @Field({
    description:
      'Due: the base reaches the first band and something affecting the obligation changed since the last report sent (DL 112/2008 art. 40 c.4), or a compensation is to be declared',
  })
  required: boolean;

  @Field({ description: 'Why it is or is not due' })
  requiredReason: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was sent, if recorded' })
  submittedOn: string | null;

  @Field(() => ProspettoLateSanction)
  lateSanction: ProspettoLateSanction;
}

/** Shaped for the API in the request's language: the reason and the sanction's description are rendered here. */
export function toProspettoStatusType(status: ProspettoStatus): ProspettoStatusType {
  const rules = status.lateRuleVersion;
  const description = rules
    ? msg('quotas.prospetto.late', {
        days: status.daysLate,
        first: rules.prospettoLateCents / 100,
        perDay: rules.prospettoLatePerDayCents / 100,
        further: status.daysLate - 1,
        code: rules.code,
      })
    : msg(status.required ? 'quotas.prospetto.notLate' : 'quotas.prospetto.notDue');
  return {
    year: status.year,
    submissionDeadline: status.deadline,
    required: status.required,
    requiredReason: render(status.reason),
    submittedOn: status.submittedOn,
    lateSanction: {
      daysLate: status.daysLate,
      amountCents: status.lateSanctionCents,
      ruleVersionCode: rules?.code ?? null,
      description: render(description),
    },
  };
}

@ObjectType({
  description:
    'The data of the annual report (prospetto informativo, L. 68/99 art. 9 c.6) on 31 December, as fields and as CSV',
})
export class ProspettoInformativo extends ProspettoStatusType {
  employerId: string;

  snapshotId: string;

  @Field(() => LocalDateResolver, { description: '31 December of the year' })
  referenceDate: string;

  @Field(() => QuotaBreakdown, {
    description:
      'Base, units due and counting, shortfall, exemptions, suspensions, conventions and compensation, with their rules',
  })
  quota: QuotaBreakdown;

  @Field({ description: 'The same data as CSV (RFC 4180): section, code, description, value' })
  csv: string;
}

@InputType({ description: 'A report sent: what it declared is taken from the quota on 31 December of its year' })
export class RecordProspettoSubmissionInput {
  @Field(() => ID)
  employerId: string;

  @Field(() => Int, { description: 'The year it describes' })
  year: number;

  @Field(() => LocalDateResolver)
  submittedOn: string;

  @Field({ description: 'Reference of the sending, e.g. the portal’s protocol number' })
  @Matches(/\S/, { message: validationMessage(msg('validation.notBlank')) })
  @MaxLength(200)
  reference: string;
}
