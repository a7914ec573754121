import type { MessageTable } from './types';

/** Workshops (laboratori): enrolment, attendance and observation problems, and the worklist's session items. */
export const workshopMessages = {
  'workshops.municipalityOutsideService': {
    it: 'Il laboratorio si tiene in un comune del servizio: {name} non appartiene a nessun ambito',
    en: 'A workshop is held in a municipality of the service: {name} belongs to no ambito',
  },
  'workshops.noSessions': {
    it: 'Un laboratorio ha almeno un incontro',
    en: 'A workshop has at least one session',
  },
  'workshops.sessionEndsBeforeStart': {
    it: "L'incontro del {heldOn} finisce prima di cominciare",
    en: 'The session on {heldOn} ends before it starts',
  },
  'workshops.sessionRepeated': {
    it: "L'incontro del {heldOn} alle {startsAt} compare due volte",
    en: 'The session on {heldOn} at {startsAt} is given twice',
  },
  'workshops.unknownSkills': {
    it: 'Alcune competenze non esistono o sono ritirate dal catalogo',
    en: 'Some skills do not exist or are retired from the catalogue',
  },
  'workshops.operatorNotCaseWorker': {
    it: "Il responsabile di un laboratorio è un operatore o il coordinatore, dell'ambito del laboratorio",
    en: "The operator in charge of a workshop is an operator or the coordinator, of the workshop's ambito",
  },
  'workshops.full': {
    it: 'Il laboratorio è al completo ({capacity, plural, one {# posto} other {# posti}})',
    en: 'The workshop is full ({capacity, plural, one {# place} other {# places}})',
  },
  'workshops.alreadyEnrolled': {
    it: 'La persona è già iscritta a questo laboratorio',
    en: 'The person is already enrolled in this workshop',
  },
  'workshops.caseNotAvailable': {
    it: 'Non si può iscrivere a un laboratorio una persona con il percorso in stato {status}',
    en: 'A person whose case is {status} cannot be enrolled in a workshop',
  },
  'workshops.otherAmbito': {
    it: "La persona abita nell'ambito {personAmbito}, il laboratorio è dell'ambito {workshopAmbito}",
    en: 'The person lives in ambito {personAmbito}, the workshop is in ambito {workshopAmbito}',
  },
  'workshops.workshopOver': {
    it: 'Il laboratorio è finito il {lastDay}: non si accettano nuove iscrizioni',
    en: 'The workshop ended on {lastDay}: it takes no new enrolments',
  },
  'workshops.sessionNotHeldYet': {
    it: "L'incontro si tiene il {heldOn}: le presenze si registrano da quel giorno",
    en: 'The session is held on {heldOn}: its attendance is recorded from that day',
  },
  'workshops.attendanceNotEnrolled': {
    it: 'Questa persona non è iscritta al laboratorio',
    en: 'This person is not enrolled in the workshop',
  },
  'workshops.attendanceRepeated': {
    it: 'Questa persona compare due volte nel foglio presenze',
    en: 'This person appears twice on the attendance sheet',
  },
  'workshops.attendanceMissing': {
    it: 'Il foglio presenze deve indicare ogni iscritto: {missing, plural, one {ne manca #} other {ne mancano #}}',
    en: 'The attendance sheet must give every participant: {missing, plural, one {# is} other {# are}} missing',
  },
  'workshops.notOverYet': {
    it: "Le osservazioni si registrano alla fine del laboratorio, dopo l'ultimo incontro del {lastDay}",
    en: 'Observations are recorded at the end of the workshop, after its last session on {lastDay}',
  },
  'workshops.neverPresent': {
    it: 'La persona non risulta presente a nessun incontro: non c’è nulla da osservare',
    en: 'The person was present at no session: there is nothing to observe',
  },
  'workshops.skillNotExercised': {
    it: 'Il laboratorio non esercita questa competenza',
    en: 'The workshop does not exercise this skill',
  },
  'workshops.observationRepeated': {
    it: 'Questa competenza compare due volte',
    en: 'This skill is given twice',
  },
  'workshops.capacityBelowEnrolled': {
    it: 'Sono già iscritte {enrolled} persone: la capienza non può scendere sotto questo numero',
    en: '{enrolled} people are already enrolled: the capacity cannot go below that',
  },
  'workshops.worklistSessionToRecord': {
    it: 'Presenze da registrare: {title}, incontro del {heldOn}',
    en: 'Attendance to record: {title}, session on {heldOn}',
  },
} satisfies MessageTable;
