import type { MessageTable } from './types';

/** Matching, plans, weights and fairness. */
export const matchingMessages = {
  'matching.giveEachFactorExactly': {
    it: 'Indica ogni fattore esattamente una volta: {factors}',
    en: 'Give each factor exactly once: {factors}',
  },
  'matching.law68priorityBetween050': {
    it: 'law68Priority deve essere compreso tra 0 e 50',
    en: 'law68Priority must be between 0 and 50',
  },
  'matching.planCoversMostOpenings': {
    it: 'Un piano copre al massimo {openings, number} offerte: sceglile con openingIds',
    en: 'A plan covers at most {openings} openings: choose them with openingIds',
  },
  'matching.planCoversMostPeople': {
    it: 'Un piano copre al massimo {people, number} persone',
    en: 'A plan covers at most {people} people',
  },
  'matching.rankingsMeasuredTodayS': {
    it: 'Le graduatorie si misurano solo sui dati di oggi: asOf deve essere {today, date, day} o essere omesso',
    en: "Rankings are measured on today''s records only: asOf must be {today, date, day} or left out",
  },
  'matching.someTheseOpeningsDo': {
    it: 'Alcune di queste offerte non esistono',
    en: 'Some of these openings do not exist',
  },
  'matching.weightsAddUp100': {
    it: 'I pesi devono sommare 100 (sommano {total, number})',
    en: 'The weights must add up to 100 (they add up to {total, number})',
  },
  'matching.factor.skillsNone': {
    it: "L''offerta non chiede competenze particolari",
    en: 'The opening asks for no particular skill',
  },
  'matching.factor.skills': {
    it: 'Possiede {shape, select, preferred {} other {{requiredMet, number} di {required, plural, one {# competenza richiesta} other {# competenze richieste}} al livello chiesto}}{shape, select, both {; } other {}}{shape, select, required {} other {{preferredMet, number} di {preferred, plural, one {# preferita} other {# preferite}}}}',
    en: 'Holds {shape, select, preferred {} other {{requiredMet, number} of {required, plural, one {# required skill} other {# required skills}} at the level asked}}{shape, select, both {; } other {}}{shape, select, required {} other {{preferredMet, number} of {preferred, number} preferred}}',
  },
  'matching.factor.commute': {
    it: 'Circa {minutes, number} min per {km, number, km} km, rispetto a un riferimento di {reference, number} min',
    en: 'About {minutes, number} min for {km, number, km} km, against a reference of {reference, number} min',
  },
  'matching.factor.occupationPreferred': {
    it: 'La professione è tra quelle preferite dalla persona',
    en: 'The occupation is one the person prefers',
  },
  'matching.factor.sectorPreferred': {
    it: 'Il settore è tra quelli preferiti dalla persona',
    en: 'The sector is one the person prefers',
  },
  'matching.factor.noPreferences': {
    it: 'Nessuna preferenza ancora registrata',
    en: 'No preferences recorded yet',
  },
  'matching.factor.notPreferred': {
    it: 'Né il settore né la professione sono tra le preferenze della persona',
    en: 'Neither the sector nor the occupation is among the person’s preferences',
  },
  'matching.factor.quotaCovered': {
    it: 'La quota della Legge 68/99 del datore di lavoro è coperta',
    en: 'The employer’s Law 68/99 quota is covered',
  },
  'matching.factor.quotaShortfall': {
    it: 'Il datore di lavoro deve ancora assumere {shortfall, plural, one {# lavoratore con disabilità} other {# lavoratori con disabilità}} ai sensi della Legge 68/99',
    en: 'The employer must still hire {shortfall, plural, one {# disabled worker} other {# disabled workers}} under Law 68/99',
  },
  'matching.factor.waiting': {
    it: '{months, plural, =0 {Meno di un mese} one {In attesa da # mese} other {In attesa da # mesi}} nel carico del servizio',
    en: '{months, plural, =0 {Less than a month} one {Waiting # month} other {Waiting # months}} in the service’s caseload',
  },
  'matching.factor.pastPositive': {
    it: 'Un tirocinio o una prova di lavoro passati con questo datore di lavoro sono andati bene',
    en: 'A past internship or work trial with this employer went well',
  },
  'matching.factor.pastNone': {
    it: 'Nessun tirocinio o prova passati con esito positivo con questo datore di lavoro',
    en: 'No positive past internship or trial with this employer',
  },
  'matching.factor.pastHidden': {
    it: 'La storia degli inserimenti è mostrata solo a chi segue il percorso',
    en: 'Placement history is shown to case workers only',
  },
  'matching.exclusion.caseNotAvailable': {
    it: '{caseStatus, select, CLOSED {Il percorso è chiuso} PLACED {La persona è già inserita} other {La persona è già inserita e seguita nel monitoraggio}}',
    en: '{caseStatus, select, CLOSED {The case is closed} PLACED {The person is already placed} other {The person is already placed and followed in monitoring}}',
  },
  'matching.exclusion.caseInStatus': {
    it: 'Il percorso è in stato {caseStatus}',
    en: 'The case is {caseStatus}',
  },
  'matching.exclusion.weeklyHours': {
    it: "Può lavorare {minHours, number}–{maxHours, number} ore a settimana; l''offerta è di {weeklyHours, number} ore",
    en: 'Can work {minHours, number}–{maxHours, number} hours a week; the opening is {weeklyHours, number} hours',
  },
  'matching.exclusion.shifts': {
    it: "Non può lavorare nel turno richiesto dall''offerta: {shifts}",
    en: 'Cannot work the shift the opening needs: {shifts}',
  },
  'matching.exclusion.physicalLimitation': {
    it: 'Il lavoro comporta {demands}, che la persona deve evitare',
    en: 'The job involves {demands}, which the person must avoid',
  },
  'matching.exclusion.noDrivingLicence': {
    it: 'Il lavoro richiede di guidare e la persona non ha la patente',
    en: 'The job involves driving and the person has no driving licence',
  },
  'matching.exclusion.accessibility': {
    it: 'Ha bisogno di {needs}, che il luogo di lavoro non offre',
    en: 'Needs {needs}, which the workplace does not offer',
  },
  'matching.exclusion.commute': {
    it: 'Circa {minutes, number} min per {km, number, km} km, oltre il limite di {limits, select, both {{maxMinutes, number} min / {maxKm, number} km} km {{maxKm, number} km} other {{maxMinutes, number} min}}',
    en: 'About {minutes, number} min for {km, number, km} km, beyond the limit of {limits, select, both {{maxMinutes, number} min / {maxKm, number} km} km {{maxKm, number} km} other {{maxMinutes, number} min}}',
  },
  'matching.exclusion.excludedSector': {
    it: "L''operatore ha escluso il settore {sector} per questa persona",
    en: 'The operator ruled out the {sector} sector for this person',
  },
  'matching.exclusion.indispensableSkill': {
    it: 'Manca una competenza che il datore di lavoro non formerà: {skills}',
    en: 'Lacks a skill the employer will not train: {skills}',
  },
  'matching.exclusion.holdsOpening': {
    it: 'La persona ha già un inserimento in corso su questa offerta',
    en: 'The person already has a running placement on this opening',
  },
  'matching.exclusion.runningHours': {
    it: 'Lavora già {runningHours, number} ore a settimana in inserimenti in corso; con le {weeklyHours, number} di questa offerta sarebbero {total, number}, oltre il massimo di {max, number}{legalMax, select, true { (il massimo settimanale di legge; nessuno registrato)} other {}}',
    en: 'Already works {runningHours, number} hours a week in running placements; with this opening’s {weeklyHours, number} that is {total, number}, over the maximum of {max, number}{legalMax, select, true { (the legal weekly maximum; none recorded)} other {}}',
  },
} satisfies MessageTable;
