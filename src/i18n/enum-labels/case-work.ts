import { EnumLabelTable, labels as l } from './types';

/** Contacts and documents of the person's case. */
export const caseWorkLabels = {
  ContactKind: {
    PHONE: l('Telefonata', 'Phone call', 'Contatto telefonico con la persona.', 'A phone call with the person.'),
    MEETING: l(
      'Colloquio',
      'Meeting',
      'Colloquio di persona, in sede o altrove.',
      'A meeting in person, at the office or elsewhere.',
    ),
    EMAIL: l('E-mail', 'E-mail', 'Scambio di messaggi di posta elettronica.', 'An exchange of e-mails.'),
    HOME_VISIT: l('Visita domiciliare', 'Home visit', 'Visita a casa della persona.', 'A visit at the person’s home.'),
    WITH_REFERRING_SERVICE: l(
      'Con il servizio inviante',
      'With the referring service',
      'Confronto sulla persona con il servizio sociale o sanitario che l’ha inviata.',
      'An exchange about the person with the social or health service that referred them.',
    ),
  },
  DocumentClassification: {
    HEALTH: l(
      'Sanitario',
      'Health',
      'Contiene dati sulla salute (verbali di invalidità, certificati): lo leggono solo gli operatori del caso.',
      'Holds health data (invalidity reports, certificates): read only by the case workers.',
    ),
    ADMINISTRATIVE: l(
      'Amministrativo',
      'Administrative',
      'Lettere di invio, convenzioni di tirocinio, consensi firmati.',
      'Referral letters, internship agreements, signed consents.',
    ),
  },
} satisfies EnumLabelTable;
