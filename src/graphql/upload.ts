import { GraphQLError, GraphQLScalarType } from 'graphql';
import { currentLocale } from '../i18n/request-locale';
import { translate } from '../i18n/translate';

/**
 * A file received in a multipart request (graphql-multipart-request-spec), already read within the size limit.
 * The client's file name is kept only to show it back; its declared type is never trusted (the bytes decide).
 */
export class ReceivedFile {
  constructor(
    readonly fileName: string,
    readonly bytes: Buffer,
  ) {}
}

/**
 * The `Upload` scalar: a file part of a multipart request, placed into the variables by the multipart middleware.
 * Only that middleware can make one: a value sent in JSON variables or written in the query is refused.
 */
export const UploadScalar = new GraphQLScalarType<ReceivedFile, never>({
  name: 'Upload',
  description:
    'A file sent as a part of a multipart request (graphql-multipart-request-spec): the variable is null in ' +
    '"operations" and named in "map"',
  parseValue(value) {
    if (value instanceof ReceivedFile) return value;
    throw new GraphQLError(translate(currentLocale(), 'documents.uploadExpectsFile'), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
  parseLiteral() {
    throw new GraphQLError(translate(currentLocale(), 'documents.uploadExpectsFile'), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
  serialize() {
    throw new GraphQLError(translate(currentLocale(), 'documents.uploadInputOnly'));
  },
});
