import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, isCompositeType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { HEAVY_FIELDS, HeavyFieldGate } from './heavy-fields';
import { RequestIdentity } from './request-identity';
import { LocalizedError } from './errors';
import { Message, msg } from '../i18n/message';

/** The structural price of a selection (the model graphql-armor used, which the default limit was set against). */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

export interface CostSettings {
  maxCost: number;
  defaultPageSize: number;
  maxPageSize: number;
}

/**
 * How many items a field returns for every one of its selections: the `first` asked for, from the query or a
 * variable alike, the default page size when absent, and no more than the maximum, beyond which the resolver refuses
 * the request anyway.
 */
function pageSize(args: Record<string, unknown>, hasFirst: boolean, settings: CostSettings): number {
  if (!hasFirst) return 1;
  const first = typeof args.first === 'number' ? args.first : settings.defaultPageSize;
  return Math.min(Math.max(first, 1), settings.maxPageSize);
}

/**
 * An operation's price, computed on its arguments as they will be executed (variables and defaults applied,
 * `@skip`/`@include` honoured), and the heavy fields it selects with how often. A heavy field's declared cost is
 * added once for each time the operation names it, outside the structural estimate: that estimate multiplies a
 * whole subtree by its page size, and a ranking's `totalEligible` is counted once per ranking, not once per match.
 */
export function priceOperation(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  request: {
    document: Parameters<typeof getComplexity>[0]['query'];
    operationName?: string;
    variables?: Record<string, unknown>;
  },
  settings: CostSettings,
): { cost: number; heavyFields: Map<string, number> } {
  const heavyFields = new Map<string, number>();
  let declared = 0;
  const estimator = ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    if (field.name === '__schema' || field.name === '__type') return 0;
    const key = `${type.name}.${field.name}`;
    const heavy = HEAVY_FIELDS[key];
    if (heavy) {
      heavyFields.set(key, (heavyFields.get(key) ?? 0) + 1);
      declared += heavy.cost;
    }
    if (!isCompositeType(getNamedType(field.type))) return SCALAR_COST;
    const items = pageSize(
      args,
      field.args.some((arg) => arg.name === 'first'),
      settings,
    );
    return (OBJECT_COST + DEPTH_FACTOR * childComplexity) * items;
  };
  const structural = getComplexity({
    schema,
    query: request.document,
    operationName: request.operationName,
    variables: request.variables,
    estimators: [estimator],
  });
  return { cost: structural + declared, heavyFields };
}

type Priced = ReturnType<typeof priceOperation>;
/** How many variable sets are remembered per document (a search box sends a new one at every keystroke). */
const PRICES_PER_DOCUMENT = 50;
/** Variables longer than this (an uploaded list, a long text) are priced at every request, not remembered. */
const LONGEST_REMEMBERED_KEY = 2048;

/**
 * Prices remembered per parsed document (Apollo keeps one per query text) and per operation and variables: a price
 * depends on nothing else, and walking a list's document with its types cost about 3 % of a busy process's time.
 * A price that could not be computed is remembered as the error it was.
 */
class PriceBook {
  private readonly byDocument = new WeakMap<object, Map<string, Priced | unknown>>();

  price(document: object, key: string, compute: () => Priced): Priced {
    if (key.length > LONGEST_REMEMBERED_KEY) return compute();
    let prices = this.byDocument.get(document);
    if (!prices) this.byDocument.set(document, (prices = new Map()));
    if (!prices.has(key)) {
      let outcome: Priced | unknown;
      try {
        outcome = compute();
      } catch (error) {
        outcome = new Thrown(error);
      }
      if (prices.size >= PRICES_PER_DOCUMENT) prices.delete(prices.keys().next().value!);
      prices.set(key, outcome);
    }
    const outcome = prices.get(key);
    if (outcome instanceof Thrown) throw outcome.error;
    return outcome as Priced;
  }
}

class Thrown {
  constructor(readonly error: unknown) {}
}

function costError(message: Message): GraphQLError {
  return new LocalizedError(message, { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } });
}

/**
 * Prices each operation once its variables are known, before any resolver runs, and refuses one above the limit;
 * then takes the operator's places for the heaviest fields (see heavy-fields.ts) until the answer is sent.
 */
export function operationCostPlugin(settings: CostSettings): ApolloServerPlugin<RequestIdentity> {
  const gate = new HeavyFieldGate();
  const book = new PriceBook();
  return {
    async requestDidStart() {
      let leave: (() => void) | null = null;
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          let priced: Priced;
          try {
            const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
            priced = book.price(document, key, () =>
              priceOperation(
                schema,
                { document, operationName: operationName ?? undefined, variables: request.variables },
                settings,
              ),
            );
          } catch (error) {
            // Variables GraphQL cannot coerce are refused when the operation runs, naming the field at fault.
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw costError(msg('graphql.costUnpriceable', { maxCost: settings.maxCost }));
            }
            return;
          }
          const cost = Math.round(priced.cost);
          if (cost > settings.maxCost)
            throw costError(msg('graphql.costExceeded', { maxCost: settings.maxCost, cost }));
          const operatorId = contextValue.viewer?.operatorId;
          if (operatorId) leave = gate.enter(operatorId, priced.heavyFields);
        },
        async willSendResponse() {
          leave?.();
          leave = null;
        },
      };
    },
  };
}
