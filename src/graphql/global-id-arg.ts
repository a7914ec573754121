import { createParameterDecorator, ID } from 'type-graphql';
import { parseId } from './ids';

/**
 * An ID argument declared and decoded in one place: the resolver receives the record's UUID (lower case), and an ID
 * of another type is refused with BAD_USER_INPUT naming the argument.
 */
export function GlobalIdArg(name: string, typeName: string, options: { description?: string } = {}) {
  return createParameterDecorator(({ args }) => parseId(args[name], typeName, name), {
    arg: { name, typeFunc: () => ID, options: { description: options.description } },
  });
}
