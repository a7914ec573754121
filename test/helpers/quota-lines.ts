import type { Locale } from '../../src/i18n/locale';
import { render } from '../../src/i18n/message';
import { Line, lineValueMessage } from '../../src/modules/quotas/rules/quota-line';

/** A quota step as a reader sees it: its sentence and its value written in `locale` (English by default in tests). */
export interface ShownLine {
  code: string;
  reference: string;
  description: string;
  value: string;
}

export function shown(lines: readonly Line[], locale: Locale = 'en'): ShownLine[] {
  return lines.map((line) => {
    const value = lineValueMessage(line.value);
    return {
      code: line.code,
      reference: line.reference,
      description: render(line.message, locale),
      value: value ? render(value, locale) : '',
    };
  });
}
