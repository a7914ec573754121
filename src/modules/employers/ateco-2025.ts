/**
 * ATECO 2025 replaced ATECO 2007 on 1 January 2025. Employers recorded with a 2007 code keep it; their 2025 code is
 * derived only where the correspondence is one to one and on record, never guessed.
 */
export type AtecoVersion = 'ATECO_2007' | 'ATECO_2025';

export interface AtecoCorrespondence {
  code2007: string;
  code2025: string;
  /** False when the 2007 code's activities spread over several 2025 codes (or the reverse). */
  oneToOne: boolean;
}

export function ateco2025Of(
  version: AtecoVersion,
  code: string,
  correspondences: readonly AtecoCorrespondence[],
): { code: string | null; reason: string } {
  if (version === 'ATECO_2025') return { code, reason: 'Recorded as ATECO 2025' };
  const rows = correspondences.filter((c) => c.code2007 === code);
  if (rows.length === 0)
    return { code: null, reason: `ATECO 2007 ${code}: no verified correspondence on record; record the 2025 code` };
  if (rows.length > 1 || !rows[0].oneToOne)
    return { code: null, reason: `ATECO 2007 ${code}: the correspondence is not one to one; record the 2025 code` };
  return { code: rows[0].code2025, reason: `ATECO 2007 ${code} corresponds one to one to ${rows[0].code2025}` };
}
