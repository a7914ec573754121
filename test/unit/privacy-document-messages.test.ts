import { LOCALES } from '../../src/i18n/locale';
import { documentMessages } from '../../src/i18n/messages/documents';
import { privacyMessages } from '../../src/i18n/messages/privacy';
import { translate } from '../../src/i18n/translate';
import { PERSONAL_DATA_AREAS } from '../../src/modules/privacy/personal-data-areas';

describe('the documents and privacy messages', () => {
  it('format in every language with their parameters', () => {
    const params = {
      limit: 10485760,
      problem: 'x',
      at: '2026-12-03',
      beneficiaryId: 'B',
      count: 2,
      key: '0',
      path: 'variables.file',
    };
    for (const key of Object.keys({ ...documentMessages, ...privacyMessages }))
      for (const locale of LOCALES) {
        const text = translate(locale, key as never, params);
        expect({ key, locale, empty: text.trim() === '' }).toEqual({ key, locale, empty: false });
      }
  });

  it('give every area of personal data a title, and every area a distinct name and tables of its own', () => {
    const names = PERSONAL_DATA_AREAS.map((area) => area.name);
    expect(new Set(names).size).toBe(names.length);
    const tables = PERSONAL_DATA_AREAS.flatMap((area) => area.tables);
    expect(new Set(tables).size).toBe(tables.length);
    for (const area of PERSONAL_DATA_AREAS) expect(area.title in privacyMessages).toBe(true);
  });
});
