import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { WorklistItemKind, WorklistUrgency } from '../rules/worklist';
import type { Message } from '../../../i18n/message';
import { MessageKeyField, MessageParam, MessageParamsField, RenderedMessage } from '../../../graphql/message-fields';

registerEnumType(WorklistItemKind, { name: 'WorklistItemKind', description: 'What an operator has to do' });
registerEnumType(WorklistUrgency, { name: 'WorklistUrgency' });

/** One thing to do; the beneficiary, placement, visit and referral it concerns are resolved through the loaders. */
@ObjectType({ description: 'One thing an operator has to do, with the records it concerns' })
export class WorklistItem {
  @Field(() => WorklistItemKind)
  kind: WorklistItemKind;

  @Field(() => WorklistUrgency)
  urgency: WorklistUrgency;

  @Field(() => LocalDateResolver, { description: 'When it is (or was) due' })
  dueOn: string;

  @Field(() => Int, { description: 'Days past due; negative: days left' })
  daysOverdue: number;

  @Field({ description: 'The last monitoring visit found the placement at risk' })
  atRisk: boolean;

  @RenderedMessage('One line saying what to do, in the request’s language')
  summary?: string;

  @MessageKeyField()
  messageKey?: string;

  @MessageParamsField()
  params?: MessageParam[];

  /** What the three fields above are rendered from. */
  message: Message;

  beneficiaryId: string | null;
  placementId: string | null;
  visitId: string | null;
  referralId: string | null;
  referralAssignmentId: string | null;
  workshopSessionId?: string | null;
  workshopId?: string | null;
}
