import type { MessageTable } from './types';

/** The operator's worklist: what to do next, and why. */
export const worklistMessages = {
  'worklist.visitPlanned': {
    it: 'Visita di monitoraggio programmata ({placementKind, select, TIROCINIO_INCLUSIONE {tirocinio di inclusione} WORK_TRIAL {prova di lavoro} WORKSHOP {laboratorio} HIRING {assunzione} other {rinnovo del contratto}})',
    en: 'Monitoring visit planned ({placementKind, select, TIROCINIO_INCLUSIONE {inclusion internship} WORK_TRIAL {work trial} WORKSHOP {workshop} HIRING {hiring} other {contract renewal}})',
  },
  'worklist.visitDue': {
    it: 'Visita di monitoraggio dovuta secondo il ritmo, nessuna programmata ({placementKind, select, TIROCINIO_INCLUSIONE {tirocinio di inclusione} WORK_TRIAL {prova di lavoro} WORKSHOP {laboratorio} HIRING {assunzione} other {rinnovo del contratto}})',
    en: 'Monitoring visit due by the rhythm, none planned ({placementKind, select, TIROCINIO_INCLUSIONE {inclusion internship} WORK_TRIAL {work trial} WORKSHOP {workshop} HIRING {hiring} other {contract renewal}})',
  },
  'worklist.internshipOverdue': {
    it: "{placementKind, select, TIROCINIO_INCLUSIONE {Il tirocinio di inclusione ha} WORK_TRIAL {La prova di lavoro ha} WORKSHOP {Il laboratorio ha} HIRING {L''assunzione ha} other {Il rinnovo del contratto ha}} superato la fine prevista: concludilo, convertilo o prorogalo",
    en: 'The {placementKind, select, TIROCINIO_INCLUSIONE {inclusion internship} WORK_TRIAL {work trial} WORKSHOP {workshop} HIRING {hiring} other {contract renewal}} is past its planned end: complete it, convert it or extend it',
  },
  'worklist.internshipEnding': {
    it: "{placementKind, select, TIROCINIO_INCLUSIONE {Il tirocinio di inclusione termina} WORK_TRIAL {La prova di lavoro termina} WORKSHOP {Il laboratorio termina} HIRING {L''assunzione termina} other {Il rinnovo del contratto termina}} il {endsOn, date, day}: prepara il passo successivo",
    en: 'The {placementKind, select, TIROCINIO_INCLUSIONE {inclusion internship} WORK_TRIAL {work trial} WORKSHOP {workshop} HIRING {hiring} other {contract renewal}} ends on {endsOn, date, day}: prepare what comes next',
  },
  'worklist.referralWaiting': {
    it: 'Segnalata il {referredOn, date, day}, ancora in attesa del colloquio di accoglienza',
    en: 'Referred on {referredOn, date, day}, still waiting for the intake interview',
  },
  'worklist.noContact': {
    it: 'Nessun contatto dal {lastContact, date, day}',
    en: 'No contact since {lastContact, date, day}',
  },
  'worklist.referralUnassigned': {
    it: 'Segnalazione ricevuta il {receivedOn, date, day}, in attesa di assegnazione a un ambito',
    en: 'Referral received on {receivedOn, date, day}, waiting for assignment to an ambito',
  },
} satisfies MessageTable;
