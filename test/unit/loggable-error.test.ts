import fc from 'fast-check';
import { describeDatabaseError, loggableError } from '../../src/db/loggable-error';
import { PonteSqlLogger } from '../../src/db/sql-logger';

/** A failed statement as TypeORM reports it: node-postgres's error inside, the parameters beside it. */
function queryFailed(secret: string, message: string) {
  const driverError = Object.assign(new Error(message), {
    code: '23514',
    constraint: 'ck_referral_reason',
    table: 'referral',
    column: 'reason',
    detail: `Failing row contains (${secret}).`,
  });
  return Object.assign(new Error(message), {
    name: 'QueryFailedError',
    query: 'INSERT INTO referral (reason) VALUES ($1)',
    parameters: [secret],
    driverError,
  });
}

describe('what is logged of an error', () => {
  it('names the SQLSTATE, constraint, table and column of a failed statement, never its values or detail', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6 }).map((s) => `RSSMRA${s}`),
        (secret) => {
          const messages = [
            'new row for relation "referral" violates check constraint "ck_referral_reason"',
            `invalid input syntax for type uuid: "${secret}"`,
            `invalid input value for enum service_kind: "${secret}"`,
          ];
          for (const message of messages) {
            const logged = loggableError({ originalError: queryFailed(secret, message) });
            expect(logged).not.toContain(secret);
            expect(logged).toMatch(
              /^QueryFailedError: SQLSTATE 23514, constraint ck_referral_reason, table referral, column reason \(/,
            );
          }
        },
      ),
    );
  });

  it('describes only PostgreSQL errors as such, and other errors by their stack', () => {
    expect(describeDatabaseError(new Error('boom'))).toBeNull();
    expect(loggableError(new TypeError('x is undefined'))).toMatch(/^TypeError: x is undefined\n\s+at /);
  });
});

describe('the SQL logger', () => {
  it('writes statements and failures without their parameters, with PONTE_LOG_SQL on or off', () => {
    const written: string[] = [];
    const capture = (...args: unknown[]) => void written.push(args.map(String).join(' '));
    const spies = [
      jest.spyOn(console, 'log').mockImplementation(capture),
      jest.spyOn(console, 'error').mockImplementation(capture),
    ];
    try {
      for (const logSql of [true, false]) {
        const logger = new PonteSqlLogger(logSql);
        logger.logQuery('INSERT INTO referral (reason) VALUES ($1)', ['Dipendenza da alcol']);
        logger.logQueryError(
          queryFailed('RSSMRA80A01B157X', 'value too long').driverError,
          'INSERT INTO referral (reason) VALUES ($1)',
          ['RSSMRA80A01B157X'],
        );
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([
      'SQL: INSERT INTO referral (reason) VALUES ($1)',
      'SQL failed, SQLSTATE 23514, constraint ck_referral_reason, table referral, column reason (value too long): INSERT INTO referral (reason) VALUES ($1)',
      'SQL failed, SQLSTATE 23514, constraint ck_referral_reason, table referral, column reason (value too long): INSERT INTO referral (reason) VALUES ($1)',
    ]);
  });
});
