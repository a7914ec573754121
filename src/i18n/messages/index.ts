import { commonMessages } from './common';
import { labelsMessages } from './labels';
import { phoneMessages } from './phone';
import type { MessageTable } from './types';

/**
 * The catalogue: every sentence Ponte writes for people, in Italian and English. Each area keeps its own file in
 * this folder and is listed here once.
 */
export const CATALOGUE = {
  ...commonMessages,
  ...labelsMessages,
  ...phoneMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof CATALOGUE;
