import { FieldNode, GraphQLResolveInfo } from 'graphql';
import { PonteContext } from '../auth/context';

export type Next = () => Promise<unknown>;

/** A check run around one field's resolver: it may refuse, hide (null), record a read, or pass through to `next`. */
export type Guard = (
  root: any,
  args: Record<string, any>,
  context: PonteContext,
  info: GraphQLResolveInfo,
  next: Next,
) => Promise<unknown>;

/** The query or mutation a nested field belongs to, named in the audit trail. */
export function rootFieldName(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  const responseKey = String(path.key);
  const field = info.operation.selectionSet.selections.find(
    (s): s is FieldNode => s.kind === 'Field' && (s.alias?.value ?? s.name.value) === responseKey,
  );
  return field?.name.value ?? responseKey;
}
