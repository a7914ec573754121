import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../../graphql/relay';
import { ExemptionKind, SuspensionReason } from '../rules/quota-arrangements';
import { ContactTopic, ConventionKindEnum, ExemptionKindEnum, SuspensionReasonEnum } from './quota.enums';
import { ConventionKind } from '../rules/quota-rules';

/** The quota module's records are nodes: read with SQL (see reads/quota-records.ts), found by `node(id)` too. */
@ObjectType()
abstract class QuotaRecord extends Node {
  /** The database key. */
  override id: string;

  employerId: string;

  recordedById: string | null;

  @Field(() => LocalDateResolver)
  validFrom: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day; null while open-ended' })
  validTo: string | null;

  @Field({ description: 'Reference of the act, e.g. the province’s authorisation number' })
  reference: string;

  @Field()
  createdAt: Date;
}

@ObjectType({
  implements: Node,

  description: 'A partial exemption (esonero parziale): part of the disabled quota paid for instead of hired',
})
export class QuotaExemption extends QuotaRecord {
  @Field(() => ExemptionKindEnum)
  kind: ExemptionKind;

  @Field(() => Float, {
    nullable: true,
    description: 'AUTHORISED: percentage of the disabled units due that is exempted',
  })
  percentage: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SELF_CERTIFIED: workers in positions with an INAIL premium rate of 60‰ or more (art. 5 c.3-bis)',
  })
  highRiskWorkers: number | null;
}

@ObjectType({
  implements: Node,
  description: 'A period when the employer’s quota obligations are suspended',
})
export class QuotaSuspension extends QuotaRecord {
  @Field(() => SuspensionReasonEnum)
  reason: SuspensionReason;

  @Field(() => String, {
    nullable: true,
    description:
      'Province code (e.g. BS) where the suspension works; null on records from before provinces were asked: every province',
  })
  province: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Full-time equivalents of computable workers whose activity is suspended; null: all of them',
  })
  suspendedFte: number | null;
}

@ObjectType('ScheduledHiring')
export class ScheduledHiringType {
  @Field(() => LocalDateResolver)
  dueBy: string;

  @Field(() => Int)
  units: number;
}

@ObjectType({
  implements: Node,
  description: 'A convention that covers part of the disabled quota',
})
export class QuotaConvention extends QuotaRecord {
  @Field(() => ConventionKindEnum)
  kind: ConventionKind;

  @Field(() => Int, { nullable: true, description: 'Units the social cooperative employs (not for art. 11)' })
  units: number | null;

  @Field(() => String, { nullable: true })
  cooperativeName: string | null;

  @Field(() => [ScheduledHiringType], { description: 'The art. 11 hiring programme, by deadline' })
  schedule: ScheduledHiringType[];
}

@ObjectType({
  implements: Node,
  description: 'A consultancy contact of a liaison with a company about its Law 68/99 duties',
})
export class ConsultancyContact extends Node {
  override id: string;

  employerId: string;

  operatorId: string;

  @Field(() => LocalDateResolver)
  contactedOn: string;

  @Field(() => ContactTopic)
  topic: ContactTopic;

  @Field()
  outcome: string;

  @Field(() => String, { nullable: true })
  nextStep: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  nextStepDue: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'A site’s part of a headcount snapshot, used for compensation among sites' })
export class QuotaSiteHeadcount {
  siteId: string;

  @Field(() => Float)
  computableEmployees: number;

  @Field(() => Int, { description: 'Workers at the site who count toward the disabled quota' })
  coveringWorkers: number;

  @Field(() => Int, { description: 'Art. 18 protected-category workers at the site' })
  protectedCoveringWorkers: number;
}

@ObjectType({
  implements: Node,
  description: 'An annual report (prospetto informativo) the employer sent, with what it declared',
})
export class ProspettoSubmission extends Node {
  override id: string;

  employerId: string;

  recordedById: string | null;

  @Field(() => Int, { description: 'The year it describes (its 31 December)' })
  year: number;

  @Field(() => LocalDateResolver)
  submittedOn: string;

  @Field({ description: 'Reference of the sending, e.g. the portal’s protocol number' })
  reference: string;

  @Field(() => Int, { description: 'Declared: the computable base on 31 December' })
  computableBase: number;

  @Field(() => Int, { description: 'Declared: disabled workers due (art. 3)' })
  disabledDue: number;

  @Field(() => Int, { description: 'Declared: protected-category workers due (art. 18)' })
  protectedDue: number;

  @Field(() => Int, { description: 'Declared: units compensated among sites' })
  compensatedUnits: number;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Workers of a headcount in a group left out of the computable base, beside its columns' })
export class HeadcountExclusion {
  @Field()
  group: string;

  @Field(() => Int)
  workers: number;
}

@ObjectType({ description: 'A part-time worker among those covering the disabled quota: counts by the hours' })
export class PartTimeCoveringWorker {
  @Field(() => Float)
  hoursPercent: number;

  @Field(() => Int)
  capacityReduction: number;
}

@ObjectType({
  implements: Node,

  description: 'A new hire of an employer of 15–35 under the gradual regime (until 2017): it started the obligation',
})
export class QuotaNewHire extends Node {
  override id: string;

  @Field(() => LocalDateResolver)
  hiredOn: string;

  @Field()
  reference: string;
}

@ObjectType({
  description:
    'The corporate group of an employer: its companies compensate their disabled quotas (DL 138/2011 art. 9)',
})
export class QuotaGroupMembership {
  @Field()
  groupName: string;

  @Field(() => LocalDateResolver, { description: 'From when the employer is in the group' })
  since: string;
}

@ObjectType({
  description:
    'An employer’s ATECO 2025 code: its own, or derived from a 2007 code only where the correspondence is one to one and verified',
})
export class Ateco2025 {
  @Field(() => String, { nullable: true })
  code: string | null;

  @Field({ description: 'How the code was found, or why there is none' })
  reason: string;
}
