import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { databaseOutage } from '../../src/db/connection-errors';
import { formatError } from '../../src/graphql/format-error';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** What TypeORM throws for a statement the server refused or could not answer. */
const queryFailed = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);
/** What a resolver's error looks like by the time it reaches formatError. */
const fromResolver = (error: Error) =>
  new GraphQLError(error.message, { path: ['beneficiaries'], originalError: error });

describe('databaseOutage', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a connection attempt timing out in the network', withCode('connect ETIMEDOUT 10.0.0.5:5432', 'ETIMEDOUT')],
    ['the server closing the connection mid-query', new Error('Connection terminated unexpectedly')],
    ['pg giving up on a slow connection attempt', new Error('Connection terminated due to connection timeout')],
    ['a client already broken', new Error('Client has encountered a connection error and is not queryable')],
    [
      'the server shut down by an administrator (57P01)',
      queryFailed(withCode('terminating connection due to administrator command', '57P01')),
    ],
    [
      'the server crashing (57P02)',
      queryFailed(withCode('terminating connection because of crash of another server process', '57P02')),
    ],
    ['the server still starting (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', queryFailed(withCode('connection failure', '08006'))],
    [
      'an AggregateError of refused addresses',
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'connect failed'),
    ],
    [
      'a reset connection given as the cause of another error',
      new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }),
    ],
  ])('recognises %s as the database unreachable', (_, error) => {
    expect(databaseOutage(error)).toBe('unreachable');
    expect(databaseOutage(fromResolver(error))).toBe('unreachable');
  });

  it('tells a pool with no free connection in time apart from an unreachable database', () => {
    expect(databaseOutage(new Error('timeout exceeded when trying to connect'))).toBe('busy');
  });

  it.each([
    ['a unique violation', queryFailed(withCode('duplicate key value violates unique constraint', '23505'))],
    [
      'a statement cancelled for taking too long',
      queryFailed(withCode('canceling statement due to statement timeout', '57014')),
    ],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a value that is not an error', 'Connection terminated'],
  ])('does not take %s for an outage', (_, error) => {
    expect(databaseOutage(error)).toBeNull();
  });
});

describe('formatError', () => {
  it('answers an outage with SERVICE_UNAVAILABLE and a sentence, logging one line', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = fromResolver(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'));
    expect(formatError({ message: error.message, path: ['beneficiaries'] }, error)).toEqual({
      message: 'Il database non è raggiungibile; riprova tra poco. Non è stato modificato nulla.',
      path: ['beneficiaries'],
      locations: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
