import { ClassType, Field, InputType, registerEnumType } from 'type-graphql';
import { SortKey } from './pagination';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Which way a list runs along the order chosen with `orderBy`',
});

/** One order a list offers: its sort keys, the last of them unique (the id) so that the order is total. */
export interface ListOrder {
  keys: SortKey[];
  direction: SortDirection;
}

/** What a client sent as `orderBy`. */
export interface OrderBy<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * The `orderBy` input of a list: a field of the list's own enum, and a direction. Every order ends with the record's
 * id, so rows that tie on the field keep one stable order and a cursor points at exactly one place.
 */
export function OrderInput<F extends string>(name: string, fieldEnum: object, listDescription: string) {
  @InputType(name, { description: `How to order ${listDescription}; ties are broken by the record's id` })
  class OrderInputType {
    @Field(() => fieldEnum, { description: 'What to order by' })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending unless DESC is asked for' })
    direction: SortDirection;
  }
  return OrderInputType as ClassType<OrderBy<F>>;
}

/** The order asked for, or the list's own default order when `orderBy` is absent. */
export function chosenOrder<F extends string>(
  keysByField: Record<F, SortKey[]>,
  orderBy: OrderBy<F> | null | undefined,
  fallback: ListOrder,
): ListOrder {
  if (!orderBy) return fallback;
  return { keys: keysByField[orderBy.field], direction: orderBy.direction };
}
