import { Field, Float, MiddlewareFn, ObjectType, UseMiddleware } from 'type-graphql';
import { Message, render } from '../i18n/message';
import { isEnumParam, isLocalizedText, MessageParams } from '../i18n/translate';
import { currentLocale } from '../i18n/request-locale';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One parameter of a server-written sentence, typed, so a client can write the sentence in its own words. */
@ObjectType({ description: 'One named parameter of a sentence Ponte wrote; exactly one of the value fields is set' })
export class MessageParam {
  @Field({ description: 'The parameter’s name, as in the catalogue text (for example `minutes`)' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'A text value: a name, a list joined with ", ", or an enum value’s code (its label is in enumLabels)',
  })
  text: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'A number: a count, hours, minutes, kilometres, or an amount in cents (params named …Cents)',
  })
  number: number | null;

  @Field(() => String, { nullable: true, description: 'A day, as YYYY-MM-DD' })
  day: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A yes/no value' })
  flag: boolean | null;
}

/** Codes for enum values (the client has their labels), words in the request's language, any other text as it is. */
function paramText(value: MessageParams[string]): string | null {
  if (isEnumParam(value)) return [value.value].flat().join(', ');
  if (isLocalizedText(value)) return value[currentLocale()];
  return typeof value === 'string' && !ISO_DAY.test(value) ? value : null;
}

export function messageParams(params: MessageParams): MessageParam[] {
  return Object.entries(params)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ({
      name,
      text: paramText(value),
      number: typeof value === 'number' ? value : null,
      day:
        typeof value === 'string' && ISO_DAY.test(value)
          ? value
          : value instanceof Date
            ? value.toISOString().slice(0, 10)
            : null,
      flag: typeof value === 'boolean' ? value : null,
    }));
}

/** `text`: what evidence recorded before the catalogue kept (match evidence is stored as JSON), shown as it was. */
interface Explained {
  message?: Message;
  explanation?: string;
}

/**
 * The sentence of an object that carries a catalogue `message`, rendered in the request's language. Rules return
 * `{ code, message }`; the words are chosen only here, at the edge.
 */
export function RenderedMessage(description: string): PropertyDecorator {
  return (target, property) => {
    Field(() => String, { description })(target, property);
    const rendered: MiddlewareFn = ({ root }, next) => {
      const { message } = root as Explained;
      return message ? Promise.resolve(render(message)) : next();
    };
    UseMiddleware(rendered)(target, property);
  };
}

/** The catalogue key of the object's sentence, and its parameters, typed: for clients that write their own words. */
export function MessageKeyField(): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: true,
      description:
        'The catalogue key of the sentence (for example `matching.factor.commute`), stable across languages; null ' +
        'only for match evidence recorded before sentences had keys',
    })(target, property);
    const key: MiddlewareFn = ({ root }) => Promise.resolve((root as Explained).message?.key ?? null);
    UseMiddleware(key)(target, property);
  };
}

export function MessageParamsField(): PropertyDecorator {
  return (target, property) => {
    Field(() => [MessageParam], { description: 'The values the sentence quotes, by name and type' })(target, property);
    const params: MiddlewareFn = ({ root }) =>
      Promise.resolve(messageParams((root as Explained).message?.params ?? {}));
    UseMiddleware(params)(target, property);
  };
}
