import { commonMessages } from './common';
import { mediationMessages } from './mediation';
import type { MessageTable } from './types';

/**
 * The catalogue: every sentence Ponte writes for people, in Italian and English. Each area keeps its own file in
 * this folder and is listed here once.
 */
export const CATALOGUE = {
  ...commonMessages,
  ...mediationMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof CATALOGUE;
