/**
 * Where an employer stands on the programme of an art. 11 convention (L. 68/1999 art. 11): the hirings it promised
 * by each date. A hiring of a person of the category counts toward the programme from the convention's start; the
 * next step is met when the hirings since then reach every unit scheduled up to it.
 */
export interface Art11Convention {
  reference: string;
  validFrom: string;
  schedule: ReadonlyArray<{ dueBy: string; units: number }>;
}

export interface ConventionStep {
  reference: string;
  /** The next date of the programme (today or later). */
  dueBy: string;
  /** Units the programme asks for by that date, counted from the convention's start. */
  unitsDueByThen: number;
  /** Hirings of the category the employer started since the convention began. */
  hiredSinceStart: number;
  metBefore: boolean;
  metWithThisHire: boolean;
}

/** The next step of each convention that still has one; `hiredSince` counts the hirings since a given day. */
export function nextConventionSteps(
  conventions: readonly Art11Convention[],
  today: string,
  hiredSince: (validFrom: string) => number,
): ConventionStep[] {
  return conventions.flatMap((convention) => {
    const next = convention.schedule
      .filter((step) => step.dueBy >= today)
      .sort((a, b) => (a.dueBy < b.dueBy ? -1 : 1))[0];
    if (!next) return [];
    const unitsDueByThen = convention.schedule
      .filter((step) => step.dueBy <= next.dueBy)
      .reduce((n, s) => n + s.units, 0);
    const hired = hiredSince(convention.validFrom);
    return [
      {
        reference: convention.reference,
        dueBy: next.dueBy,
        unitsDueByThen,
        hiredSinceStart: hired,
        metBefore: hired >= unitsDueByThen,
        metWithThisHire: hired + 1 >= unitsDueByThen,
      },
    ];
  });
}
