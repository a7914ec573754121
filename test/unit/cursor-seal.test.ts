import fc from 'fast-check';
import { cursorScope, openCursor, sealCursor } from '../../src/graphql/cursor-seal';

const SECRET = 'a-secret-that-is-long-enough-for-hs256!';
const scope = cursorScope(['Beneficiary', 'FAMILY_NAME', 'ASC']);
/** The sort values a cursor carries: names, dates, numbers, IDs, missing values. */
const sortValues = fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.uuid(), fc.boolean()), {
  maxLength: 4,
});

describe('sealed list cursors', () => {
  it('give back exactly the values sealed, for their own scope only', () => {
    fc.assert(
      fc.property(sortValues, (values) => {
        const cursor = sealCursor(SECRET, scope, values);
        expect(openCursor(SECRET, scope, cursor)).toEqual(values);
        expect(openCursor(SECRET, cursorScope(['Employer', 'NAME', 'ASC']), cursor)).toBeNull();
        expect(openCursor(`${SECRET}-rotated`, scope, cursor)).toBeNull();
      }),
    );
  });

  it('never seal twice alike: every cursor has an IV of its own, across many pages', () => {
    // More cursors than one draw of random bytes holds, so the pool is refilled several times on the way.
    const cursors = Array.from({ length: 2_000 }, () => sealCursor(SECRET, scope, ['Rossi', 42]));
    const ivs = cursors.map((cursor) => Buffer.from(cursor, 'base64url').subarray(0, 12).toString('hex'));
    expect(new Set(ivs).size).toBe(cursors.length);
    expect(new Set(cursors).size).toBe(cursors.length);
    for (const cursor of cursors) expect(openCursor(SECRET, scope, cursor)).toEqual(['Rossi', 42]);
  });

  it('refuse a cursor with any byte changed', () => {
    const cursor = sealCursor(SECRET, scope, ['Bianchi', '2026-01-31']);
    const bytes = Buffer.from(cursor, 'base64url');
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const edited = Buffer.from(bytes);
        edited[at] ^= flip;
        expect(openCursor(SECRET, scope, edited.toString('base64url'))).toBeNull();
      }),
    );
  });

  it('do not tell how long a name is within a padding block', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(sealCursor(SECRET, scope, [a]).length).toBe(sealCursor(SECRET, scope, [b]).length);
      }),
    );
  });
});
