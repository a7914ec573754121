import { parse, MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { CATALOGUE } from '../../src/i18n/messages';
import { LOCALES } from '../../src/i18n/locale';
import { enumParam, translate } from '../../src/i18n/translate';
import { messageParams } from '../../src/graphql/message-fields';
import { msg, storedText } from '../../src/i18n/message';

/** Every argument a message uses, with how it is formatted (plain, number, date, plural, select). */
function argumentsOf(
  elements: MessageFormatElement[],
  into = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound || element.type === TYPE.tag) {
      if (element.type === TYPE.tag) argumentsOf(element.children, into);
      continue;
    }
    into.set(element.value, (into.get(element.value) ?? new Set()).add(TYPE[element.type]));
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the message catalogue', () => {
  const entries = Object.entries(CATALOGUE) as Array<[keyof typeof CATALOGUE, Record<string, string>]>;

  it('has keys named area.name (a segment may be a code, e.g. mediation.change.DRIVING_LICENCE)', () => {
    for (const [key] of entries) expect(key).toMatch(/^[a-z][A-Za-z0-9]*(\.([a-z][A-Za-z0-9]*|[A-Z][A-Z0-9_]*))+$/);
  });

  it.each(entries)('%s has an Italian and an English text that parse as ICU with the same arguments', (key, texts) => {
    for (const locale of LOCALES) {
      expect(typeof texts[locale]).toBe('string');
      expect(texts[locale].trim()).not.toBe('');
    }
    const italian = argumentsOf(parse(texts.it, { ignoreTag: true }));
    const english = argumentsOf(parse(texts.en, { ignoreTag: true }));
    expect([...italian.keys()].sort()).toEqual([...english.keys()].sort());
    for (const locale of LOCALES) {
      // Rendering with every argument given never throws and leaves no ICU syntax behind.
      const sample = (types: Set<string>) => (types.has('date') ? '2026-12-03' : types.has('select') ? 'other' : 1);
      const params = Object.fromEntries([...italian].map(([name, types]) => [name, sample(types)]));
      expect(translate(locale, key, params)).not.toMatch(/\{|\}/);
    }
  });

  it('writes Italian formats in Italian text and English ones in English', () => {
    expect(translate('it', 'matching.factor.commute', { minutes: 14, km: 1.1, reference: 60 })).toBe(
      'Circa 14 min per 1,1 km, rispetto a un riferimento di 60 min',
    );
    expect(translate('en', 'matching.factor.commute', { minutes: 14, km: 1.1, reference: 60 })).toBe(
      'About 14 min for 1.1 km, against a reference of 60 min',
    );
    expect(translate('it', 'openings.openingPublishedCloseBefore', { openedOn: '2026-12-03' })).toBe(
      'L’offerta è stata pubblicata il 3 dicembre 2026: non può chiudere prima'.replace('’', "'"),
    );
    expect(translate('en', 'openings.openingPublishedCloseBefore', { openedOn: '2026-12-03' })).toContain(
      '3 December 2026',
    );
  });

  it('quotes a value of a closed list by its label, several as the language lists them, and gives clients the code', () => {
    const kind = enumParam('PlacementKind', 'TIROCINIO_INCLUSIONE');
    expect(translate('it', 'placements.history.started', { kind })).toBe(
      'Inserimento avviato: Tirocinio di inclusione',
    );
    expect(translate('en', 'placements.history.started', { kind })).toBe('Placement started: Inclusion internship');
    const allowed = enumParam('CaseStatus', ['ORIENTATION', 'CLOSED']);
    const sentence = (locale: 'it' | 'en') =>
      translate(locale, 'beneficiaries.forbiddenTransition', {
        from: enumParam('CaseStatus', 'REFERRED'),
        to: kind,
        allowed,
      });
    expect(sentence('it')).not.toMatch(/ORIENTATION|CLOSED|REFERRED/);
    expect(sentence('it')).toMatch(/ e /);
    expect(sentence('en')).toMatch(/ and /);
    expect(
      translate('it', 'beneficiaries.forbiddenTransition', {
        from: kind,
        to: kind,
        allowed: enumParam('CaseStatus', []),
      }),
    ).toMatch(/—$/);
    expect(messageParams({ kind, allowed })).toEqual([
      expect.objectContaining({ name: 'kind', text: 'TIROCINIO_INCLUSIONE' }),
      expect.objectContaining({ name: 'allowed', text: 'ORIENTATION, CLOSED' }),
    ]);
  });

  it('keeps the reason a history records in the service language, and a person’s own words as written', () => {
    expect(storedText(msg('placements.history.renewed'))).toBe('Rinnovata');
    expect(storedText('Ha trovato lavoro da sé')).toBe('Ha trovato lavoro da sé');
  });
});
