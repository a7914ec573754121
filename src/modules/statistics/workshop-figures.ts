/**
 * What the yearly workshop figures count, per ambito (the ambito where the workshop is held, which is also where its
 * participants live: enrolment admits only people of the workshop's ambito).
 *
 * - WORKSHOPS HELD in Y: workshops with at least one session whose day falls in Y (a workshop running from
 *   November to February counts in both years).
 * - SESSIONS HELD in Y: their sessions whose day falls in Y.
 * - PARTICIPANTS in Y: distinct people enrolled in a workshop held in Y (a person in two workshops counts once per
 *   ambito, and once in the total).
 */

/** One workshop held in the year, with its sessions in the year, once per person enrolled (null: nobody). */
export interface WorkshopYear {
  workshopId: string;
  ambito: number;
  sessionsInYear: number;
  beneficiaryId: string | null;
}

export interface WorkshopFigures {
  /** The ambito number, or null for the service's total. */
  ambito: number | null;
  workshopsHeld: number;
  sessionsHeld: number;
  participants: number;
}

function figures(ambito: number | null, rows: readonly WorkshopYear[]): WorkshopFigures {
  const sessions = new Map(rows.map((r) => [r.workshopId, r.sessionsInYear]));
  const people = new Set(rows.flatMap((r) => (r.beneficiaryId ? [r.beneficiaryId] : [])));
  return {
    ambito,
    workshopsHeld: sessions.size,
    sessionsHeld: [...sessions.values()].reduce((a, b) => a + b, 0),
    participants: people.size,
  };
}

/** A row per ambito shown (zeros included, so an ambito with no workshop says so), then the total. */
export function buildWorkshopFigures(rows: readonly WorkshopYear[], ambiti: readonly number[]): WorkshopFigures[] {
  const shown = rows.filter((r) => ambiti.includes(r.ambito));
  return [
    ...ambiti.map((a) =>
      figures(
        a,
        shown.filter((r) => r.ambito === a),
      ),
    ),
    figures(null, shown),
  ];
}
