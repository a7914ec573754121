import { EnumLabelTable, labels as l } from './types';

/** Matching: the score's factors, the constraints that exclude, fairness groups and unfilled openings. */
export const matchingLabels = {
  MatchFactorCode: {
    SKILLS: l(
      'Competenze',
      'Skills',
      'Quanto le competenze della persona coprono quelle richieste dall’offerta.',
      'How well the person’s skills cover those the opening asks for.',
    ),
    PREFERENCES: l(
      'Preferenze',
      'Preferences',
      'Quanto l’offerta rispetta le preferenze della persona (settore, orario).',
      'How well the opening meets the person’s preferences (sector, hours).',
    ),
    COMMUTE: l(
      'Tragitto',
      'Commute',
      'Quanto è breve il tragitto casa-lavoro con i mezzi della persona.',
      'How short the commute is with the person’s means of transport.',
    ),
    LAW68_QUOTA: l(
      'Quota L. 68/99',
      'Law 68/99 quota',
      'L’inserimento coprirebbe una quota scoperta dell’azienda.',
      'The placement would cover an uncovered quota of the employer.',
    ),
    WAITING_TIME: l(
      'Tempo di attesa',
      'Waiting time',
      'Da quanto tempo la persona attende un inserimento.',
      'How long the person has waited for a placement.',
    ),
    PAST_PLACEMENT: l(
      'Esperienze precedenti',
      'Past placement',
      'Un inserimento precedente presso la stessa azienda e il suo esito.',
      'An earlier placement with the same employer and its outcome.',
    ),
  },
  HardConstraintCode: {
    CASE_NOT_AVAILABLE: l(
      'Percorso non disponibile',
      'Case not available',
      'Lo stato del percorso della persona non consente un inserimento.',
      'The person’s case status does not allow a placement.',
    ),
    WEEKLY_HOURS: l(
      'Ore settimanali',
      'Weekly hours',
      'Le ore dell’offerta superano quelle che la persona può lavorare.',
      'The opening’s hours exceed what the person can work.',
    ),
    SHIFTS: l(
      'Turni',
      'Shifts',
      'L’offerta chiede turni che la persona non può fare.',
      'The opening needs shifts the person cannot work.',
    ),
    PHYSICAL_LIMITATION: l(
      'Limitazione fisica',
      'Physical limitation',
      'L’offerta comporta un impegno fisico che la persona non può sostenere.',
      'The opening has a physical demand the person cannot meet.',
    ),
    NO_DRIVING_LICENCE: l(
      'Patente mancante',
      'No driving licence',
      'L’offerta richiede la patente e la persona non la ha.',
      'The opening needs a driving licence the person does not hold.',
    ),
    ACCESSIBILITY: l(
      'Accessibilità',
      'Accessibility',
      'Il luogo di lavoro non offre un adattamento di cui la persona ha bisogno.',
      'The workplace lacks an accommodation the person needs.',
    ),
    COMMUTE: l(
      'Tragitto troppo lungo',
      'Commute too long',
      'Il luogo di lavoro è oltre la distanza massima che la persona può percorrere.',
      'The workplace is beyond the longest commute the person can make.',
    ),
    EXCLUDED_SECTOR: l(
      'Settore escluso',
      'Excluded sector',
      'La persona ha escluso il settore dell’offerta.',
      'The person has ruled out the opening’s sector.',
    ),
    INDISPENSABLE_SKILL: l(
      'Competenza indispensabile',
      'Indispensable skill',
      'Manca una competenza che l’offerta considera indispensabile.',
      'A skill the opening deems indispensable is missing.',
    ),
    RUNNING_PLACEMENT: l(
      'Inserimento in corso',
      'Running placement',
      'La persona ha già un inserimento in corso che non è compatibile.',
      'The person already has a running placement that does not fit with this one.',
    ),
  },
  FairnessDimension: {
    LAW68_ART1: l(
      'Iscrizione L. 68/99 art. 1',
      'Law 68/99 art. 1',
      'Persone iscritte o no come disabili ai sensi dell’art. 1 della L. 68/99.',
      'People enrolled or not as disabled workers under Law 68/99 art. 1.',
    ),
    LAW381_CATEGORY: l(
      'Categoria L. 381/91',
      'Law 381/91 category',
      'La categoria di svantaggio certificata ai sensi della L. 381/91.',
      'The disadvantage certified under Law 381/91.',
    ),
    DISABILITY_KIND: l(
      'Tipo di disabilità',
      'Disability kind',
      'Il tipo di disabilità; una persona può averne più d’uno.',
      'The kind of disability; a person may have several.',
    ),
    AGE_BAND: l('Fascia d’età', 'Age band', 'La fascia d’età della persona.', 'The person’s age band.'),
    SOCIAL_SERVICES: l(
      'Seguito dai servizi sociali',
      'Social services',
      'Persone seguite o no dai servizi sociali.',
      'People followed or not by social services.',
    ),
    TRANSPORT_MODE: l(
      'Mezzo di trasporto',
      'Transport mode',
      'I mezzi con cui la persona si sposta; possono essere più d’uno.',
      'The means of transport the person uses; may be several.',
    ),
  },
  UnfilledReason: {
    NOT_OPEN: l('Offerta non aperta', 'Not open', 'L’offerta non è aperta.', 'The opening is not open.'),
    NO_ELIGIBLE_CANDIDATE: l(
      'Nessun candidato idoneo',
      'No eligible candidate',
      'Nessuna persona dell’ambito supera i vincoli dell’offerta.',
      'Nobody in the ambito passes the opening’s constraints.',
    ),
    TOO_FEW_ELIGIBLE_CANDIDATES: l(
      'Candidati idonei insufficienti',
      'Too few eligible candidates',
      'Le persone idonee sono meno dei posti dell’offerta.',
      'Fewer people are eligible than the opening has positions.',
    ),
    CANDIDATES_BETTER_PLACED_ELSEWHERE: l(
      'Candidati meglio collocati altrove',
      'Candidates better placed elsewhere',
      'Le persone idonee sono assegnate ad altre offerte, dove il piano ottiene di più.',
      'The eligible people are assigned to other openings, where the plan gains more.',
    ),
  },
} satisfies EnumLabelTable;
