import { UserInputError } from './errors';
import { fromGlobalId } from './relay';
import { msg } from '../i18n/message';

/** Turns a client's global ID into the UUID of a record of the expected type, or names the argument at fault. */
export function parseId(globalId: string, typeName: string, field: string): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw new UserInputError(msg('graphql.expectedId', { typeName }), field);
  }
  return decoded.id;
}

export function parseOptionalId(
  globalId: string | null | undefined,
  typeName: string,
  field: string,
): string | null | undefined {
  if (globalId === null || globalId === undefined) return globalId;
  return parseId(globalId, typeName, field);
}

export function parseIds(globalIds: readonly string[], typeName: string, field: string): string[] {
  return globalIds.map((id, i) => parseId(id, typeName, `${field}.${i}`));
}
