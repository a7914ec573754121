import { caseWorkMessages } from './case-work';
import { commonMessages } from './common';
import type { MessageTable } from './types';

/**
 * The catalogue: every sentence Ponte writes for people, in Italian and English. Each area keeps its own file in
 * this folder and is listed here once.
 */
export const CATALOGUE = {
  ...commonMessages,
  ...caseWorkMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof CATALOGUE;
