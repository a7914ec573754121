import { equalsOneOf, keyCondition, rowsOfKeys, sqlParams } from '../../src/db/built-sql';

describe('lists of keys in SQL', () => {
  it('writes one key as an equality and any other number as an array, each with its placeholder', () => {
    for (const [keys, text, params] of [
      [['a'], 'e.id = $2::uuid', ['x', 'a']],
      [['a', 'b'], 'e.id = ANY($2::uuid[])', ['x', ['a', 'b']]],
      [[], 'e.id = ANY($2::uuid[])', ['x', []]],
    ] as const) {
      const built = sqlParams('x');
      expect(equalsOneOf('e.id', keys, built.param, 'uuid')).toBe(text);
      expect(built.params).toEqual(params);
    }
  });

  it("gives a statement's only condition with its parameters", () => {
    expect(keyCondition('b.id', ['a'], 'uuid')).toEqual({ text: 'b.id = $1::uuid', params: ['a'] });
    expect(keyCondition('b.id', ['a', 'b'], 'uuid')).toEqual({ text: 'b.id = ANY($1::uuid[])', params: [['a', 'b']] });
  });

  it('leaves the type to the column when none is named', () => {
    const one = sqlParams();
    expect(equalsOneOf('"employer_id"', ['a'], one.param)).toBe('"employer_id" = $1');
    const many = sqlParams();
    expect(equalsOneOf('"employer_id"', ['a', 'b'], many.param)).toBe('"employer_id" = ANY($1)');
  });

  it('gives one key as a row of its own and any other number as the distinct rows of an array', () => {
    const one = sqlParams();
    expect(rowsOfKeys(['a'], one.param, 'uuid', 'person_id')).toBe('SELECT $1::uuid AS person_id');
    expect(one.params).toEqual(['a']);
    const many = sqlParams();
    expect(rowsOfKeys(['a', 'a', 'b'], many.param, 'uuid', 'person_id')).toBe(
      'SELECT DISTINCT unnest($1::uuid[]) AS person_id',
    );
    expect(many.params).toEqual([['a', 'a', 'b']]);
  });
});
