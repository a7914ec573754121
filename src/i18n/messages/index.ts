import { commonMessages } from './common';
import { documentMessages } from './documents';
import { privacyMessages } from './privacy';
import type { MessageTable } from './types';

/**
 * The catalogue: every sentence Ponte writes for people, in Italian and English. Each area keeps its own file in
 * this folder and is listed here once.
 */
export const CATALOGUE = {
  ...commonMessages,
  ...documentMessages,
  ...privacyMessages,
} satisfies MessageTable;

export type MessageKey = keyof typeof CATALOGUE;
