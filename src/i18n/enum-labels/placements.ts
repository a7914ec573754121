import { EnumLabelTable, labels as l } from './types';

/** Placements, monitoring visits and the operator's worklist. */
export const placementLabels = {
  PlacementKind: {
    TIROCINIO_INCLUSIONE: l(
      'Tirocinio di inclusione',
      'Inclusion internship',
      'Tirocinio extracurricolare di inclusione (disciplina lombarda), con indennità mensile.',
      'Extracurricular inclusion internship (Lombardy rules), paid by a monthly allowance.',
    ),
    WORK_TRIAL: l(
      'Prova in azienda',
      'Work trial',
      'Periodo di prova in azienda, con indennità.',
      'A trial period at an employer, paid by an allowance.',
    ),
    WORKSHOP: l(
      'Laboratorio',
      'Workshop',
      'Laboratorio formativo, anche senza un’offerta, talvolta con un’azienda.',
      'Training workshop, possibly without an opening, sometimes with an employer.',
    ),
    HIRING: l('Assunzione', 'Hiring', 'Assunzione con contratto di lavoro.', 'Hiring on an employment contract.'),
    CONTRACT_RENEWAL: l(
      'Rinnovo del contratto',
      'Contract renewal',
      'Rinnovo o proroga di un contratto in corso.',
      'Renewal or extension of a running contract.',
    ),
  },
  PlacementStatus: {
    PROPOSED: l(
      'Proposto',
      'Proposed',
      'Proposto alla persona e all’azienda, non ancora confermato.',
      'Proposed to the person and the employer, not yet confirmed.',
    ),
    ACTIVE: l('In corso', 'Active', 'Confermato e in corso.', 'Confirmed and running.'),
    SUSPENDED: l(
      'Sospeso',
      'Suspended',
      'Interrotto temporaneamente (malattia, chiusura aziendale).',
      'Paused for a while (illness, the employer’s closure).',
    ),
    COMPLETED: l('Concluso', 'Completed', 'Arrivato alla fine prevista.', 'Ran to its planned end.'),
    ENDED_EARLY: l(
      'Interrotto',
      'Ended early',
      'Terminato prima della fine prevista.',
      'Ended before its planned end.',
    ),
    CONVERTED_TO_HIRING: l(
      'Trasformato in assunzione',
      'Converted to hiring',
      'Il tirocinio o la prova si è trasformato in assunzione.',
      'The internship or trial became a hiring.',
    ),
    WITHDRAWN: l(
      'Ritirato',
      'Withdrawn',
      'Proposta ritirata prima dell’inizio: non è mai partito.',
      'Proposal withdrawn before it started: it never ran.',
    ),
  },
  PlacementOutcome: {
    POSITIVE: l('Positivo', 'Positive', 'Esito positivo.', 'A positive outcome.'),
    NEUTRAL: l('Neutro', 'Neutral', 'Esito né positivo né negativo.', 'Neither positive nor negative.'),
    NEGATIVE: l('Negativo', 'Negative', 'Esito negativo.', 'A negative outcome.'),
  },
  EmploymentContractType: {
    FIXED_TERM: l('Tempo determinato', 'Fixed-term', 'Contratto a tempo determinato.', 'Fixed-term contract.'),
    PERMANENT: l('Tempo indeterminato', 'Permanent', 'Contratto a tempo indeterminato.', 'Permanent contract.'),
    APPRENTICESHIP: l('Apprendistato', 'Apprenticeship', 'Contratto di apprendistato.', 'Apprenticeship contract.'),
  },
  MonitoringVisitStatus: {
    PLANNED: l('Programmata', 'Planned', 'Visita fissata, non ancora svolta.', 'Visit scheduled, not yet held.'),
    DONE: l('Svolta', 'Done', 'Visita svolta, con il suo esito.', 'Visit held, with its outcome.'),
    CANCELLED: l('Annullata', 'Cancelled', 'Visita annullata.', 'Visit cancelled.'),
  },
  MonitoringVisitOutcome: {
    GOING_WELL: l('Procede bene', 'Going well', 'L’inserimento procede bene.', 'The placement is going well.'),
    NEEDS_SUPPORT: l(
      'Serve supporto',
      'Needs support',
      'Servono interventi di supporto.',
      'The placement needs support.',
    ),
    AT_RISK: l(
      'A rischio',
      'At risk',
      'L’inserimento rischia di interrompersi.',
      'The placement is at risk of ending.',
    ),
  },
  WorklistItemKind: {
    VISIT_DUE: l(
      'Visita da fare',
      'Visit due',
      'Una visita di monitoraggio programmata, o dovuta secondo il ritmo, per un inserimento in corso.',
      'A monitoring visit planned, or due by the rhythm, for a running placement.',
    ),
    INTERNSHIP_ENDING: l(
      'Tirocinio in scadenza',
      'Internship ending',
      'Un tirocinio o una prova vicino alla fine prevista (o oltre): decidere il seguito.',
      'An internship or work trial near (or past) its planned end: decide what comes next.',
    ),
    REFERRAL_WAITING: l(
      'Segnalazione in attesa',
      'Referral waiting',
      'Una persona segnalata attende il colloquio di accoglienza oltre il tempo previsto.',
      'A referred person has waited for the intake interview longer than the service allows.',
    ),
    NO_CONTACT: l(
      'Nessun contatto',
      'No contact',
      'Un fascicolo aperto senza contatti registrati da troppo tempo.',
      'An open case with no recorded contact for too long.',
    ),
    REFERRAL_TO_ASSIGN: l(
      'Segnalazione da assegnare',
      'Referral to assign',
      'Solo coordinatori: una segnalazione che un operatore non ha potuto prendere in carico.',
      'Coordinators only: a referral an operator could not take on, waiting to be assigned.',
    ),
    WORKSHOP_SESSION_TO_RECORD: l(
      'Presenze del laboratorio da registrare',
      'Workshop attendance to record',
      'Un incontro di laboratorio si è svolto e le presenze non sono ancora registrate.',
      'A workshop session was held and its attendance is not recorded yet.',
    ),
  },
  WorklistUrgency: {
    OVERDUE: l('Scaduto', 'Overdue', 'La scadenza è passata.', 'The due day has passed.'),
    DUE_TODAY: l('In scadenza oggi', 'Due today', 'Scade oggi.', 'Due today.'),
    UPCOMING: l('In arrivo', 'Upcoming', 'Scade nei prossimi giorni.', 'Due in the coming days.'),
  },
} satisfies EnumLabelTable;
