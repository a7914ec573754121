/** Who can hold cases: an active operator, or the coordinator covering. */
export function canHoldCases(receiver: { role: string | null; active: boolean }): boolean {
  return receiver.active && (receiver.role === 'OPERATOR' || receiver.role === 'COORDINATOR');
}

/**
 * Who may take over a person's case: someone who can hold cases and serves the ambito the person lives in. Staff
 * without an ambito (the coordinator) serve both.
 */
export function servesAmbito(
  receiver: { role: string | null; active: boolean; ambitoNumber: number | null },
  personAmbito: number | null,
): boolean {
  return canHoldCases(receiver) && (receiver.ambitoNumber === null || receiver.ambitoNumber === personAmbito);
}
