import type { MessageTable } from './types';

/** The person's rights: the subject-access export (its PDF) and pseudonymisation. */
export const privacyMessages = {
  'privacy.export.title': {
    it: 'Dati personali trattati da Ponte (art. 15 GDPR)',
    en: 'Personal data held by Ponte (GDPR art. 15)',
  },
  'privacy.export.generated': {
    it: 'Estratto il {at} per la persona {beneficiaryId}.',
    en: 'Exported on {at} for the person {beneficiaryId}.',
  },
  'privacy.export.rows': {
    it: '{count, plural, =0 {nessun dato} one {# voce} other {# voci}}',
    en: '{count, plural, =0 {no data} one {# entry} other {# entries}}',
  },
  'privacy.section.profile': { it: 'Anagrafica e profilo', en: 'Profile' },
  'privacy.section.caseHistory': { it: 'Storia del percorso', en: 'Case history' },
  'privacy.section.referrals': { it: 'Segnalazioni', en: 'Referrals' },
  'privacy.section.referralAssignments': {
    it: 'Segnalazioni in attesa di assegnazione',
    en: 'Referrals awaiting assignment',
  },
  'privacy.section.placements': { it: 'Inserimenti e tirocini', en: 'Placements' },
  'privacy.section.placementHistory': { it: 'Storia degli inserimenti', en: 'Placement history' },
  'privacy.section.visits': { it: 'Visite di monitoraggio', en: 'Monitoring visits' },
  'privacy.section.skills': { it: 'Competenze e loro fonti', en: 'Skills and their sources' },
  'privacy.section.workConstraints': { it: 'Vincoli e necessità di lavoro', en: 'Work constraints and needs' },
  'privacy.section.matchProfile': { it: 'Profilo per l’abbinamento', en: 'Match profile' },
  'privacy.section.matchEvidence': {
    it: 'Motivazioni degli abbinamenti proposti',
    en: 'Evidence behind proposed matches',
  },
  'privacy.section.documents': { it: 'Documenti (elenco)', en: 'Documents (list)' },
  'privacy.section.contacts': { it: 'Contatti con la persona', en: 'Contacts with the person' },
  'privacy.section.caseNotes': { it: 'Note del percorso', en: 'Case notes' },
  'privacy.section.codiceFiscaleHistory': { it: 'Codici fiscali precedenti', en: 'Earlier codici fiscali' },
  'privacy.section.workshops': {
    it: 'Laboratori: iscrizioni, presenze, osservazioni',
    en: 'Workshops: enrolments, attendance, observations',
  },
  'privacy.section.auditTrail': {
    it: 'Chi ha letto o modificato i dati',
    en: 'Who read or changed the data',
  },
  'privacy.pseudonym.givenName': { it: 'Persona', en: 'Person' },
  'privacy.pseudonym.familyName': { it: 'Pseudonimizzata', en: 'Pseudonymised' },
} satisfies MessageTable;
