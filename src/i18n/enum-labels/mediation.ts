import { EnumLabelTable, labels as l } from './types';

/** The mediation workbench: changes that widen a match, incentives, talking points. */
export const mediationLabels = {
  MediationChangeKind: {
    REQUIREMENT: l(
      'Requisito',
      'Requirement',
      'L’azienda allenta un requisito dell’offerta.',
      'The employer relaxes a requirement of the opening.',
    ),
    ARRANGEMENT: l(
      'Adattamento',
      'Arrangement',
      'Un accomodamento o una dotazione sul posto di lavoro.',
      'An accommodation or a feature arranged at the workplace.',
    ),
    TRAINING: l(
      'Formazione',
      'Training',
      'La persona acquisisce una competenza, una patente, un mezzo.',
      'The person acquires a skill, a licence, a way to travel.',
    ),
    PERSONS_CHOICE: l(
      'Scelta della persona',
      'Person’s choice',
      'Condizioni peggiori che solo la persona può decidere di accettare: da discutere, mai un consiglio.',
      'Worse conditions only the person may choose to accept: to discuss, never advice.',
    ),
  },
  MediationChangeCode: {
    SKILL_NOT_INDISPENSABLE: l(
      'Competenza non indispensabile',
      'Skill not indispensable',
      'Una competenza indispensabile diventa solo richiesta.',
      'An indispensable skill becomes only required.',
    ),
    WEEKLY_HOURS: l('Orario settimanale', 'Weekly hours', 'Un orario settimanale diverso.', 'Different weekly hours.'),
    DROP_SHIFT: l(
      'Senza un turno',
      'Drop a shift',
      'L’offerta non richiede più un turno.',
      'The opening no longer needs a shift.',
    ),
    DROP_PHYSICAL_DEMAND: l(
      'Senza un requisito fisico',
      'Drop a physical demand',
      'L’offerta non richiede più uno sforzo fisico.',
      'The opening no longer has a physical demand.',
    ),
    DROP_DRIVING: l(
      'Senza guida',
      'No driving',
      'L’offerta non richiede più di guidare.',
      'The opening no longer requires driving.',
    ),
    OFFER_FEATURE: l(
      'Nuova dotazione',
      'Offer a feature',
      'Il luogo di lavoro offre una dotazione di accessibilità.',
      'The workplace offers an accessibility feature.',
    ),
    ARRANGE_ACCOMMODATIONS: l(
      'Accomodamenti',
      'Arrange accommodations',
      'L’azienda si rende disponibile ad accomodamenti ragionevoli.',
      'The employer agrees to reasonable accommodations.',
    ),
    TRAIN_SKILL: l(
      'Formazione su una competenza',
      'Train a skill',
      'La persona raggiunge il livello richiesto di una competenza.',
      'The person reaches the level asked of a skill.',
    ),
    DRIVING_LICENCE: l(
      'Patente di guida',
      'Driving licence',
      'La persona consegue la patente.',
      'The person obtains a driving licence.',
    ),
    ADD_TRANSPORT_MODE: l(
      'Altro mezzo di trasporto',
      'Another transport mode',
      'La persona può usare un altro mezzo.',
      'The person can use another way to travel.',
    ),
    LONGER_COMMUTE: l(
      'Tragitto più lungo',
      'Longer commute',
      'La persona accetterebbe un tragitto più lungo.',
      'The person would accept a longer commute.',
    ),
    ACCEPT_SHIFT: l(
      'Accettare un turno',
      'Accept a shift',
      'La persona accetterebbe un turno che non aveva indicato.',
      'The person would accept a shift they had not named.',
    ),
    NEED_ARRANGED: l(
      'Esigenza soddisfatta',
      'Need arranged',
      'Un’esigenza di accessibilità della persona viene soddisfatta sul posto.',
      'An accessibility need of the person is met at the workplace.',
    ),
  },
  IncentiveCode: {
    ART13_ABOVE_79: l(
      'Incentivo art. 13, oltre 79%',
      'Art. 13 incentive, above 79%',
      'L. 68/1999 art. 13: riduzione della capacità lavorativa oltre il 79%.',
      'Law 68/1999 art. 13: working capacity reduced by more than 79%.',
    ),
    ART13_67_TO_79: l(
      'Incentivo art. 13, 67–79%',
      'Art. 13 incentive, 67–79%',
      'L. 68/1999 art. 13: riduzione della capacità lavorativa tra il 67% e il 79%.',
      'Law 68/1999 art. 13: working capacity reduced by 67% to 79%.',
    ),
    ART13_INTELLECTUAL_PSYCHIC: l(
      'Incentivo art. 13, disabilità intellettiva o psichica',
      'Art. 13 incentive, intellectual or psychic disability',
      'L. 68/1999 art. 13: disabilità intellettiva o psichica oltre il 45%.',
      'Law 68/1999 art. 13: intellectual or psychic disability above 45%.',
    ),
    INAIL_ACCOMMODATIONS: l(
      'Rimborso INAIL degli accomodamenti',
      'INAIL accommodation reimbursement',
      'Rimborso degli accomodamenti per disabilità da lavoro.',
      'Reimbursement of accommodations for a work-related disability.',
    ),
    LOMBARDY_FUND: l(
      'Fondo regionale Lombardia',
      'Lombardy regional fund',
      'Fondo regionale per l’occupazione dei disabili (L.R. 13/2003).',
      'Regional fund for the employment of people with disabilities (L.R. 13/2003).',
    ),
  },
  TalkingPointCode: {
    score: l('Punteggio', 'Score', 'Il punteggio dell’abbinamento.', 'The pair’s score.'),
    notEligible: l(
      'Non ammissibile',
      'Not eligible',
      'I vincoli che la coppia non rispetta.',
      'The constraints the pair fails.',
    ),
    changesOpen: l(
      'Modifiche possibili',
      'Possible changes',
      'Le modifiche che aprirebbero l’abbinamento.',
      'The changes that would open the match.',
    ),
    skillGaps: l('Competenze mancanti', 'Skill gaps', 'Le competenze da rafforzare.', 'The skills to strengthen.'),
    commute: l('Tragitto', 'Commute', 'Distanza e tempo del tragitto.', 'Distance and time of the commute.'),
    accommodations: l(
      'Accomodamenti',
      'Accommodations',
      'Gli adattamenti necessari sul posto di lavoro.',
      'The arrangements needed at the workplace.',
    ),
    shortfallClosed: l(
      'Scopertura ridotta',
      'Shortfall closed',
      'Quanto l’assunzione riduce la scopertura della quota.',
      'How much the hiring closes the quota shortfall.',
    ),
    quotaCovered: l(
      'Quota coperta',
      'Quota covered',
      'La quota d’obbligo risulta coperta.',
      'The mandatory quota is covered.',
    ),
    exposureAvoided: l(
      'Sanzione evitata',
      'Sanction avoided',
      'La sanzione giornaliera evitata.',
      'The daily sanction avoided.',
    ),
    contributionSaved: l(
      'Contributo esonerativo risparmiato',
      'Exemption contribution saved',
      'Il contributo esonerativo non più dovuto.',
      'The exemption contribution no longer owed.',
    ),
    incentive: l(
      'Incentivo all’assunzione',
      'Hiring incentive',
      'L’incentivo nazionale stimato.',
      'The estimated national incentive.',
    ),
    inail: l('INAIL', 'INAIL', 'Il rimborso INAIL degli accomodamenti.', 'INAIL’s reimbursement of accommodations.'),
    regionalFund: l(
      'Fondo regionale',
      'Regional fund',
      'Gli strumenti del fondo regionale.',
      'The regional fund’s instruments.',
    ),
  },
} satisfies EnumLabelTable;
