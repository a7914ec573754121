import { EnumLabelTable, labels as l } from './types';

/** People and their cases: where a case stands, the categories the law gives a person, referrals. */
export const peopleLabels = {
  CaseStatus: {
    REFERRED: l(
      'Segnalato',
      'Referred',
      'La persona è stata segnalata al servizio e attende il colloquio di accoglienza.',
      'The person has been referred to the service and waits for the intake interview.',
    ),
    INTAKE: l(
      'Accoglienza',
      'Intake',
      'Colloqui di accoglienza e raccolta delle informazioni sulla persona.',
      'Intake interviews: the service gets to know the person and their situation.',
    ),
    ORIENTATION: l(
      'Orientamento',
      'Orientation',
      'Bilancio delle competenze e definizione del progetto professionale.',
      'Skills assessment and working out the person’s employment plan.',
    ),
    TRAINING: l(
      'Formazione',
      'Training',
      'La persona frequenta un corso o un laboratorio formativo.',
      'The person attends a course or a training workshop.',
    ),
    INTERNSHIP: l(
      'Tirocinio',
      'Internship',
      'La persona svolge un tirocinio di inclusione o una prova in azienda.',
      'The person is on an inclusion internship or a work trial.',
    ),
    PLACED: l(
      'Inserito al lavoro',
      'Placed',
      'La persona è stata assunta con un contratto di lavoro.',
      'The person has been hired on an employment contract.',
    ),
    MONITORING: l(
      'Monitoraggio',
      'Monitoring',
      'Il servizio segue l’inserimento lavorativo con visite periodiche.',
      'The service follows the job placement with periodic visits.',
    ),
    CLOSED: l(
      'Chiuso',
      'Closed',
      'Il percorso con il servizio è concluso; il fascicolo resta consultabile.',
      'The accompaniment has ended; the case stays on record.',
    ),
  },
  DisabilityKind: {
    PHYSICAL: l('Fisica', 'Physical', 'Disabilità motoria o fisica.', 'A motor or physical disability.'),
    SENSORY: l('Sensoriale', 'Sensory', 'Disabilità visiva o uditiva.', 'A visual or hearing disability.'),
    INTELLECTUAL: l('Intellettiva', 'Intellectual', 'Disabilità intellettiva.', 'An intellectual disability.'),
    PSYCHIC: l('Psichica', 'Psychic', 'Disabilità psichica.', 'A psychic (mental-health) disability.'),
  },
  Law68Category: {
    DISABLED_ART1: l(
      'Disabile (art. 1)',
      'Disabled worker (art. 1)',
      'Persona con disabilità iscritta al collocamento mirato ai sensi dell’art. 1 della L. 68/99.',
      'A person with a disability enrolled for targeted placement under art. 1 of Law 68/99.',
    ),
    PROTECTED_ART18: l(
      'Categoria protetta (art. 18)',
      'Protected category (art. 18)',
      'Orfani, coniugi superstiti, profughi e categorie equiparate (art. 18 c.2 L. 68/99).',
      'Orphans, surviving spouses, refugees and equivalent categories (Law 68/99 art. 18 c.2).',
    ),
  },
  Law381Category: {
    DISABILITY: l(
      'Invalidità',
      'Disability',
      'Invalidità fisica, psichica o sensoriale (art. 4 L. 381/91).',
      'A physical, psychic or sensory disability (Law 381/91 art. 4).',
    ),
    PSYCHIATRIC: l(
      'Paziente psichiatrico',
      'Psychiatric patient',
      'Persona in cura presso i servizi psichiatrici, anche già ricoverata.',
      'A person treated by psychiatric services, including former in-patients.',
    ),
    DRUG_ADDICTION: l(
      'Tossicodipendenza',
      'Drug addiction',
      'Persona con dipendenza da sostanze seguita dai servizi.',
      'A person with a drug addiction followed by the services.',
    ),
    ALCOHOL_ADDICTION: l(
      'Alcoldipendenza',
      'Alcohol addiction',
      'Persona con dipendenza da alcol seguita dai servizi.',
      'A person with an alcohol addiction followed by the services.',
    ),
    MINOR_IN_DIFFICULTY: l(
      'Minore in difficoltà familiare',
      'Minor in family difficulty',
      'Minore in età lavorativa in situazione di difficoltà familiare.',
      'A minor of working age in a difficult family situation.',
    ),
    PRISONER_OR_ALTERNATIVE_MEASURE: l(
      'Detenuto o in misura alternativa',
      'Prisoner or alternative measure',
      'Persona detenuta o ammessa a misure alternative alla detenzione.',
      'A prisoner or a person serving an alternative to detention.',
    ),
  },
  EducationLevel: {
    NONE: l('Nessun titolo', 'No qualification', 'Nessun titolo di studio.', 'No educational qualification.'),
    PRIMARY: l('Licenza elementare', 'Primary school', 'Licenza di scuola primaria.', 'Primary school certificate.'),
    LOWER_SECONDARY: l(
      'Licenza media',
      'Lower secondary',
      'Diploma di scuola secondaria di primo grado.',
      'Lower secondary school certificate.',
    ),
    VOCATIONAL_QUALIFICATION: l(
      'Qualifica professionale',
      'Vocational qualification',
      'Qualifica di istruzione e formazione professionale (IeFP).',
      'A regional vocational qualification (IeFP).',
    ),
    UPPER_SECONDARY: l(
      'Diploma',
      'Upper secondary diploma',
      'Diploma di scuola secondaria di secondo grado.',
      'Upper secondary school diploma.',
    ),
    TERTIARY: l(
      'Laurea',
      'Degree',
      'Laurea o altro titolo universitario o terziario.',
      'A university degree or another tertiary qualification.',
    ),
  },
  SkillSource: {
    SELF_DECLARED: l(
      'Dichiarata',
      'Self-declared',
      'Livello dichiarato dalla persona; il matching lo pesa meno.',
      'Level stated by the person; matching trusts it least.',
    ),
    OPERATOR_ASSESSED: l(
      'Valutata dall’operatore',
      'Operator-assessed',
      'Livello valutato dall’operatore in colloquio o con prove.',
      'Level assessed by the operator in an interview or a test.',
    ),
    PROVEN_IN_INTERNSHIP: l(
      'Dimostrata in tirocinio',
      'Proven in internship',
      'Livello dimostrato durante un tirocinio o una prova in azienda.',
      'Level shown during an internship or a work trial.',
    ),
    PROVEN_IN_WORKSHOP: l(
      'Dimostrata in laboratorio',
      'Proven in workshop',
      'Livello dimostrato in un laboratorio formativo.',
      'Level shown in a training workshop.',
    ),
  },
  ReferringServiceKind: {
    MUNICIPAL_SOCIAL_SERVICE: l(
      'Servizio sociale comunale',
      'Municipal social service',
      'I servizi sociali del Comune di residenza.',
      'The social services of the municipality of residence.',
    ),
    ASST_DISABILITY_SERVICE: l(
      'Servizio disabilità ASST',
      'ASST disability service',
      'Il servizio disabilità dell’Azienda Socio Sanitaria Territoriale.',
      'The disability service of the local health authority (ASST).',
    ),
    MENTAL_HEALTH_CENTRE: l(
      'Centro psico-sociale (CPS)',
      'Mental-health centre (CPS)',
      'Il centro psico-sociale del dipartimento di salute mentale.',
      'The community mental-health centre (CPS).',
    ),
    ADDICTION_SERVICE: l(
      'Servizio dipendenze (SerD/SMI)',
      'Addiction service (SerD/SMI)',
      'Servizio pubblico (SerD) o accreditato (SMI) per le dipendenze.',
      'A public (SerD) or accredited (SMI) addiction service.',
    ),
    JUSTICE_PROBATION_OFFICE: l(
      'UEPE',
      'Probation office (UEPE)',
      'Ufficio di esecuzione penale esterna del Ministero della Giustizia.',
      'The Ministry of Justice’s office for sentences served outside prison (UEPE).',
    ),
    OTHER: l(
      'Altro servizio',
      'Other service',
      'Un servizio diverso da quelli elencati, indicato per nome.',
      'A service other than those listed, given by name.',
    ),
  },
  ReferralAssignmentCause: {
    PERSON_KNOWN_ELSEWHERE: l(
      'Persona già nota altrove',
      'Person known elsewhere',
      'Il codice fiscale appartiene a una persona che l’operatore non può vedere (altro ambito o nessuno).',
      'The codice fiscale belongs to a person the receiving operator may not see (another ambito, or none).',
    ),
    RESIDENCE_OUTSIDE_AMBITO: l(
      'Residenza fuori ambito',
      'Residence outside ambito',
      'La persona risiede fuori dall’ambito dell’operatore che ha ricevuto la segnalazione.',
      'The person lives outside the ambito of the operator who received the referral.',
    ),
  },
  ReferralAssignmentStatus: {
    WAITING: l(
      'In attesa',
      'Waiting',
      'La segnalazione attende la decisione di un coordinatore.',
      'The referral waits for a coordinator’s decision.',
    ),
    TRANSFERRED: l(
      'Trasferita',
      'Transferred',
      'Unita al fascicolo della persona già nota, con la residenza indicata dalla segnalazione.',
      'Joined to the known person’s case, and the person moved to the residence the referral gives.',
    ),
    MERGED: l(
      'Unita al fascicolo',
      'Merged',
      'Unita al fascicolo della persona già nota, residenza invariata.',
      'Joined to the known person’s case, residence unchanged.',
    ),
    PERSON_CREATED: l(
      'Nuova persona',
      'Person created',
      'Dalla segnalazione è stata creata una nuova persona.',
      'A new person was created from the referral.',
    ),
    DECLINED: l(
      'Respinta',
      'Declined',
      'La segnalazione è stata respinta, con una nota.',
      'The referral was declined, with a note.',
    ),
  },
  AssignmentResolution: {
    TRANSFER: l(
      'Trasferisci',
      'Transfer',
      'Unisci al fascicolo della persona nota e sposta la residenza a quella indicata dalla segnalazione.',
      'Join the known person’s case and move them to the residence the referral gives.',
    ),
    MERGE: l(
      'Unisci',
      'Merge',
      'Unisci al fascicolo della persona nota, mantenendo la residenza registrata.',
      'Join the known person’s case, keeping the residence on record.',
    ),
    NEW_PERSON: l(
      'Crea persona',
      'New person',
      'Crea una nuova persona dalla segnalazione.',
      'Create a new person from the referral.',
    ),
    DECLINE: l(
      'Respingi',
      'Decline',
      'Respingi la segnalazione, con una nota che ne spiega il motivo.',
      'Decline the referral, with a note saying why.',
    ),
  },
} satisfies EnumLabelTable;
