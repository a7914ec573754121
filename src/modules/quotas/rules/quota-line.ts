import { Message, msg } from '../../../i18n/message';

/**
 * The result of one step, kept as what it is (a count, an amount, a day) so each reader sees it written their way:
 * "€ 156,84" or "€156.84", "1,50" or "1.50". `signed` is a balance, shown with its sign; `all` a suspension of
 * everything.
 */
export type LineValue =
  | { count: number }
  | { signed: number }
  | { hundredths: number }
  | { cents: number }
  | { day: string }
  | { code: string }
  | { all: true }
  | null;

/** One step of a quota computation: the rule applied, its source, what it did in words, and its result. */
export interface Line {
  code: string;
  reference: string;
  message: Message;
  value: LineValue;
}

export const count = (value: number): LineValue => ({ count: value });

/** The result as the catalogue writes it; null when the step has none. */
export function lineValueMessage(value: LineValue): Message | null {
  if (value === null) return null;
  if ('count' in value) return msg('quotas.value.count', { value: value.count });
  if ('signed' in value) return msg('quotas.value.signed', { value: value.signed });
  if ('hundredths' in value) return msg('quotas.value.hundredths', { value: value.hundredths / 100 });
  if ('cents' in value) return msg('quotas.value.cents', { amount: value.cents / 100 });
  if ('day' in value) return msg('quotas.value.day', { day: value.day });
  if ('code' in value) return msg('quotas.value.code', { code: value.code });
  return msg('quotas.value.all');
}

/** The count a line carries, for the steps that add lines up (a group's surplus carried in several parts). */
export function lineCount(line: Line): number {
  return line.value !== null && 'count' in line.value ? line.value.count : 0;
}
