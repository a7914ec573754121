import type { MessageTable } from './types';

/** Placements, visits and monitoring. */
export const placementsMessages = {
  'placements.allPositionSOpening': {
    it: "{positions, plural, one {L''unico posto} other {Tutti i # posti}} di questa offerta {positions, plural, one {è occupato} other {sono occupati}} da inserimenti attivi",
    en: '{positions, plural, one {The one position} other {All # positions}} of this opening {positions, plural, one {is} other {are}} taken by active placements',
  },
  'placements.bookingOverHours': {
    it: 'Questa persona lavora già {hours, number} ore a settimana in inserimenti in corso; con altre {more, number} sarebbero {total, number}, oltre il suo massimo di {max, number}',
    en: 'This person already works {hours, number} hours a week in running placements; with {more, number} more that is {total, number}, over their maximum of {max, number}',
  },
  'placements.bookingSameOpening': {
    it: 'Questa persona ha già un inserimento in corso su questa offerta',
    en: 'This person already has a running placement on this opening',
  },
  'placements.caseCannotMove': {
    it: 'Un percorso in {current} non può passare a {target}',
    en: 'A case in {current} cannot move to {target}',
  },
  'placements.casePlacementProposedOnly': {
    it: "Il percorso è {caseStatus}: un inserimento si propone solo dall''orientamento in poi",
    en: 'The case is {caseStatus}: a placement is proposed only from orientation on',
  },
  'placements.contractStartAfterFirst': {
    it: 'Il contratto deve iniziare dopo il primo giorno del tirocinio',
    en: 'The contract must start after the first day of the internship',
  },
  'placements.defaultRhythmNeedsStep': {
    it: 'Il ritmo predefinito richiede un passo dal giorno 0',
    en: 'The default rhythm needs a step from day 0',
  },
  'placements.employerOpeningSEmployer': {
    it: "Il datore di lavoro non è quello dell''offerta",
    en: "The employer is not the opening''s employer",
  },
  'placements.fixedTermContractNeeds': {
    it: 'Un contratto a tempo determinato richiede la fine prevista',
    en: 'A fixed-term contract needs its planned end',
  },
  'placements.forbiddenTransition': {
    it: 'Un inserimento {kind} in {status} non può passare a {to}; consentiti: {allowed}',
    en: 'A {kind} placement in {status} cannot move to {to}; allowed: {allowed}',
  },
  'placements.hiringPlacedInternshipOpening': {
    it: "Un''assunzione non può avvenire su un''offerta di tirocinio",
    en: 'A hiring cannot be placed on an internship opening',
  },
  'placements.hiringRenewalNeedsContract': {
    it: "Un''assunzione o un rinnovo richiede il tipo di contratto",
    en: 'A hiring or renewal needs its contract type',
  },
  'placements.hiringStartsMoreThan': {
    it: "L''assunzione inizia tra più di un giorno: convertila allora",
    en: 'The hiring starts more than a day from now: convert it then',
  },
  'placements.monthlyAllowanceOnlyInternships': {
    it: "Un''indennità mensile spetta solo a tirocini e prove di lavoro",
    en: 'A monthly allowance is only for internships and work trials',
  },
  'placements.monthlyAllowanceOnlyInternships2': {
    it: "Un''indennità mensile spetta solo a tirocini e prove di lavoro",
    en: 'A monthly allowance is only for internships and work trials',
  },
  'placements.needsOpeningWithoutOne': {
    it: "Un inserimento {kind} richiede un''offerta (o, senza offerta, il datore di lavoro)",
    en: 'A {kind} needs an opening (or, without one, its employer)',
  },
  'placements.needsPlannedEnd': {
    it: 'Un inserimento {kind} richiede la fine prevista',
    en: 'A {kind} needs its planned end',
  },
  'placements.onlyHiringsRenewalsContract': {
    it: 'Solo assunzioni e rinnovi hanno un tipo di contratto',
    en: 'Only hirings and renewals have a contract type',
  },
  'placements.onlyHiringsRenewalsCount': {
    it: 'Solo assunzioni e rinnovi contano per la quota',
    en: 'Only hirings and renewals count toward the quota',
  },
  'placements.onlyPersonEnrolledUnder': {
    it: 'Solo una persona iscritta ai sensi della Legge 68/99 conta per la quota',
    en: 'Only a person enrolled under Law 68/99 counts toward the quota',
  },
  'placements.onlyPersonEnrolledUnder2': {
    it: 'Solo una persona iscritta ai sensi della Legge 68/99 conta per la quota',
    en: 'Only a person enrolled under Law 68/99 counts toward the quota',
  },
  'placements.openingBelongsAnotherEmployer': {
    it: "L''offerta appartiene a un altro datore di lavoro",
    en: 'The opening belongs to another employer',
  },
  'placements.openingOnlyOpenOpening': {
    it: "L''offerta è {status}: solo un''offerta aperta accetta proposte",
    en: 'The opening is {status}: only an open opening takes proposals',
  },
  'placements.openingTakesPlacementNow': {
    it: "L''offerta è {status}: ora non accetta inserimenti",
    en: 'The opening is {status}: it takes no placement now',
  },
  'placements.outcomeRequired': {
    it: 'Un inserimento concluso richiede il suo esito',
    en: 'A completed placement needs its outcome',
  },
  'placements.personAlreadyRunningPlacement': {
    it: 'Questa persona ha già un inserimento in corso su questa offerta',
    en: 'This person already has a running placement on this opening',
  },
  'placements.placedInternshipOpening': {
    it: "Un inserimento {kind} non può avvenire su un''offerta di tirocinio",
    en: 'A {kind} cannot be placed on an internship opening',
  },
  'placements.placementEndBeforeStarted': {
    it: 'Un inserimento non può terminare prima di essere iniziato',
    en: 'A placement cannot end before it started',
  },
  'placements.placementEndFuture': {
    it: 'Un inserimento non può terminare nel futuro',
    en: 'A placement cannot end in the future',
  },
  'placements.placementStartedThereNothing': {
    it: "L''inserimento non è iniziato: non c''è ancora nulla da visitare",
    en: 'The placement has not started: there is nothing to visit yet',
  },
  'placements.placementVisitPlanned': {
    it: "L''inserimento è {status}: non si può programmare alcuna visita",
    en: 'The placement is {status}: no visit can be planned',
  },
  'placements.plannedEndBeforeStart': {
    it: "La fine prevista è prima dell''inizio",
    en: 'The planned end is before the start',
  },
  'placements.reasonRequired': {
    it: 'Serve un motivo per passare a {status}',
    en: 'A reason is required to move to {status}',
  },
  'placements.rhythmNeedsStepDay': {
    it: 'Un ritmo richiede un passo dal giorno 0',
    en: 'A rhythm needs a step from day 0',
  },
  'placements.sayWhoDidVisit': {
    it: 'Indica chi ha svolto la visita',
    en: 'Say who did the visit',
  },
  'placements.startBeforeOrientation': {
    it: 'Un inserimento non può iniziare mentre il percorso è {current}: deve essere in orientamento o oltre',
    en: 'A placement cannot start while the case is {current}: it must be in orientation or later',
  },
  'placements.startDateChangesOnly': {
    it: "La data di inizio si cambia solo mentre l''inserimento è proposto",
    en: 'The start date changes only while the placement is proposed',
  },
  'placements.twoStepsStartSame': {
    it: 'Due passi iniziano lo stesso giorno',
    en: 'Two steps start on the same day',
  },
  'placements.useConvertplacementtohiringHiringNeeds': {
    it: "Usa convertPlacementToHiring: l''assunzione richiede i dati del contratto",
    en: 'Use convertPlacementToHiring: the hiring needs its contract details',
  },
  'placements.visitAlready': {
    it: 'La visita è già {status}',
    en: 'The visit is already {status}',
  },
  'placements.visitAlready2': {
    it: 'La visita è già {status}',
    en: 'The visit is already {status}',
  },
  'placements.visitDateOutsidePlacement': {
    it: "La data della visita è fuori dal periodo dell''inserimento",
    en: 'The visit date is outside the placement',
  },
  'placements.visitDoneFuture': {
    it: 'Una visita non può essere svolta nel futuro',
    en: 'A visit cannot be done in the future',
  },
  'placements.visitPlannedBeforePlacement': {
    it: "Una visita non può essere programmata prima dell''inizio dell''inserimento",
    en: 'A visit cannot be planned before the placement starts',
  },
  'placements.weeklyHoursRequiredWithout': {
    it: 'Senza offerta le ore settimanali sono obbligatorie',
    en: 'Weekly hours are required without an opening',
  },
  'placements.withdrawInFuture': {
    it: 'Una proposta non si può ritirare con una data futura',
    en: 'A proposal cannot be withdrawn in the future',
  },
  'placements.history.proposed': {
    it: 'Proposta',
    en: 'Proposed',
  },
  'placements.history.confirmed': {
    it: 'Confermata',
    en: 'Confirmed',
  },
  'placements.history.completed': {
    it: 'Conclusa',
    en: 'Completed',
  },
  'placements.history.resumed': {
    it: 'Ripresa',
    en: 'Resumed',
  },
  'placements.history.renewed': {
    it: 'Rinnovata',
    en: 'Renewed',
  },
  'placements.history.convertedToHiring': {
    it: 'Trasformato in assunzione',
    en: 'Converted to hiring',
  },
  'placements.history.hiredAfter': {
    it: 'Assunzione dopo: {kind}',
    en: 'Hired after: {kind}',
  },
  'placements.history.started': {
    it: 'Inserimento avviato: {kind}',
    en: 'Placement started: {kind}',
  },
  'placements.history.ended': {
    it: 'Inserimento concluso: {kind}',
    en: 'Placement ended: {kind}',
  },
} satisfies MessageTable;
