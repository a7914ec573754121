import { EnumLabelTable, labels as l } from './types';

/** Employers and the Law 68/99 quota: legal forms, quota states, arrangements, rule figures, consultancy. */
export const employerLabels = {
  EmployerKind: {
    PRIVATE: l('Privato', 'Private', 'Datore di lavoro privato.', 'A private employer.'),
    PUBLIC: l(
      'Pubblico',
      'Public',
      'Pubblica amministrazione o ente pubblico.',
      'A public administration or public body.',
    ),
    SOCIAL_COOPERATIVE_B: l(
      'Cooperativa sociale di tipo B',
      'Type-B social cooperative',
      'Cooperativa sociale di tipo B (L. 381/91): almeno il 30% dei lavoratori sono persone svantaggiate.',
      'A type-B social cooperative (Law 381/91): at least 30% of its workers are disadvantaged people.',
    ),
  },
  LegalForm: {
    SOLE_PROPRIETORSHIP: l(
      'Ditta individuale',
      'Sole proprietorship',
      'Impresa individuale.',
      'A sole proprietorship.',
    ),
    SNC: l(
      'S.n.c.',
      'General partnership (S.n.c.)',
      'Società in nome collettivo.',
      'Società in nome collettivo: a general partnership.',
    ),
    SAS: l(
      'S.a.s.',
      'Limited partnership (S.a.s.)',
      'Società in accomandita semplice.',
      'Società in accomandita semplice: a limited partnership.',
    ),
    SRL: l(
      'S.r.l.',
      'Limited company (S.r.l.)',
      'Società a responsabilità limitata.',
      'Società a responsabilità limitata: a private limited company.',
    ),
    SPA: l(
      'S.p.A.',
      'Joint-stock company (S.p.A.)',
      'Società per azioni.',
      'Società per azioni: a joint-stock company.',
    ),
    COOPERATIVE: l(
      'Cooperativa',
      'Cooperative',
      'Società cooperativa, anche sociale.',
      'A cooperative society, social or not.',
    ),
    ASSOCIATION: l(
      'Associazione',
      'Association',
      'Associazione o altro ente non commerciale.',
      'An association or another non-commercial body.',
    ),
    PUBLIC_BODY: l(
      'Ente pubblico',
      'Public body',
      'Ente della pubblica amministrazione.',
      'A body of the public administration.',
    ),
    OTHER: l(
      'Altra forma',
      'Other form',
      'Una forma giuridica diversa da quelle elencate.',
      'A legal form other than those listed.',
    ),
  },
  AtecoVersion: {
    ATECO_2025: l(
      'ATECO 2025',
      'ATECO 2025',
      'Classificazione ISTAT delle attività economiche in vigore dal 1° gennaio 2025 (NACE Rev. 2.1).',
      'ISTAT classification of economic activities in force from 1 January 2025 (NACE Rev. 2.1).',
    ),
    ATECO_2007: l(
      'ATECO 2007',
      'ATECO 2007',
      'Classificazione ISTAT precedente, ancora accettata.',
      'The previous ISTAT classification, still accepted.',
    ),
  },
  QuotaStatus: {
    NO_RULE_VERSION: l(
      'Regole non disponibili',
      'No rule version',
      'Nessuna versione delle regole copre la data richiesta.',
      'No version of the rules covers the date asked for.',
    ),
    NO_HEADCOUNT: l(
      'Organico non rilevato',
      'No headcount',
      'Manca una rilevazione dell’organico alla data.',
      'No headcount has been recorded for the date.',
    ),
    NOT_OBLIGED: l(
      'Non obbligato',
      'Not obliged',
      'La base di computo è sotto la soglia dell’obbligo.',
      'The computable base is below the threshold of the obligation.',
    ),
    SUSPENDED: l(
      'Obbligo sospeso',
      'Suspended',
      'Obbligo sospeso (CIGS, contratto di solidarietà, licenziamento collettivo).',
      'Obligation suspended (CIGS, solidarity contract, collective dismissal).',
    ),
    COVERED: l('Quota coperta', 'Covered', 'Tutte le unità dovute sono coperte.', 'Every unit due is covered.'),
    IN_GRACE: l(
      'Scoperta nei termini',
      'In grace period',
      'Mancano unità, ma il termine per assumere non è ancora scaduto.',
      'Units are missing, but their grace period has not ended.',
    ),
    UNCOVERED: l(
      'Scoperta sanzionabile',
      'Uncovered',
      'Mancano unità oltre il termine: ogni giorno lavorativo è sanzionabile.',
      'Units are missing past their grace period: each working day is sanctionable.',
    ),
  },
  QuotaCategory: {
    DISABLED: l(
      'Disabili (art. 1)',
      'Disabled workers (art. 1)',
      'Quota di riserva per lavoratori con disabilità (art. 3 L. 68/99).',
      'The reserved quota for disabled workers (Law 68/99 art. 3).',
    ),
    PROTECTED: l(
      'Categorie protette (art. 18)',
      'Protected categories (art. 18)',
      'Quota per orfani, coniugi superstiti e categorie equiparate (art. 18 c.2).',
      'The quota for orphans, surviving spouses and equivalent categories (art. 18 c.2).',
    ),
  },
  QuotaSizeBand: {
    SMALL: l(
      'Da 15 a 35',
      '15 to 35',
      'Base di computo da 15 a 35 dipendenti: una unità.',
      'A computable base of 15 to 35 employees: one unit.',
    ),
    MEDIUM: l(
      'Da 36 a 50',
      '36 to 50',
      'Base di computo da 36 a 50 dipendenti: due unità.',
      'A computable base of 36 to 50 employees: two units.',
    ),
    LARGE: l(
      'Oltre 50',
      'Over 50',
      'Base di computo oltre 50 dipendenti: il 7% per i disabili.',
      'A computable base over 50 employees: 7% for disabled workers.',
    ),
  },
  QuotaRoundingPoint: {
    PART_TIME_BASE: l(
      'Base part-time',
      'Part-time base',
      'Arrotondamento dei lavoratori part-time nella base di computo.',
      'Rounding of part-time workers in the computable base.',
    ),
    DISABLED_PERCENTAGE: l(
      'Percentuale disabili',
      'Disabled percentage',
      'Arrotondamento della quota percentuale per i disabili.',
      'Rounding of the percentage quota for disabled workers.',
    ),
    PROTECTED_PERCENTAGE: l(
      'Percentuale categorie protette',
      'Protected percentage',
      'Arrotondamento della quota percentuale per le categorie protette.',
      'Rounding of the percentage quota for protected categories.',
    ),
  },
  QuotaRuleFigure: {
    VALIDITY: l(
      'Validità',
      'Validity',
      'Il periodo in cui la versione delle regole è in vigore.',
      'The period the rule version is in force.',
    ),
    DISABLED_BANDS: l(
      'Fasce disabili',
      'Disabled bands',
      'Le fasce di organico e le unità dovute per i disabili.',
      'The headcount bands and the units due for disabled workers.',
    ),
    PROTECTED_BANDS: l(
      'Fasce categorie protette',
      'Protected bands',
      'Le fasce e le unità dovute per le categorie protette.',
      'The bands and the units due for protected categories.',
    ),
    EXCLUDED_GROUPS: l(
      'Esclusioni dalla base',
      'Excluded groups',
      'I lavoratori che non entrano nella base di computo.',
      'The workers left out of the computable base.',
    ),
    ROUNDING: l(
      'Arrotondamenti',
      'Rounding',
      'La soglia oltre cui una frazione conta come unità.',
      'The threshold above which a fraction counts as one.',
    ),
    DISABLED_IN_SERVICE: l(
      'Disabili in servizio',
      'Disabled in service',
      'Quando un lavoratore divenuto disabile in servizio si computa nella quota.',
      'When a worker who became disabled in service counts toward the quota.',
    ),
    GRACE_DAYS: l(
      'Termine per assumere',
      'Grace days',
      'I giorni per coprire un’unità prima che sia sanzionabile.',
      'The days to fill a unit before it is sanctionable.',
    ),
    DAILY_EXEMPTION_CONTRIBUTION: l(
      'Contributo esonerativo',
      'Exemption contribution',
      'Il contributo giornaliero per unità esonerata, in centesimi di euro.',
      'The daily contribution per exempted unit, in euro cents.',
    ),
    SANCTION: l(
      'Sanzione',
      'Sanction',
      'La sanzione giornaliera per unità scoperta (art. 15 c.4).',
      'The daily sanction per uncovered unit (art. 15 c.4).',
    ),
    MAX_EXEMPTION_PERCENTAGE: l(
      'Limite di esonero',
      'Exemption ceiling',
      'La percentuale massima della quota che si può esonerare.',
      'The highest share of the quota that may be exempted.',
    ),
    PROSPETTO_LATE_SANCTION: l(
      'Sanzione prospetto tardivo',
      'Late prospetto sanction',
      'La sanzione per il prospetto informativo inviato in ritardo (art. 15 c.1).',
      'The sanction for a prospetto informativo sent late (art. 15 c.1).',
    ),
    PART_TIME_COVER: l(
      'Copertura part-time',
      'Part-time cover',
      'Quando un lavoratore disabile part-time copre un’unità intera.',
      'When a part-time disabled worker covers a whole unit.',
    ),
    CONVENTION_CAPS: l(
      'Limiti delle convenzioni',
      'Convention caps',
      'I limiti di ciascun tipo di convenzione.',
      'The limits of each kind of convention.',
    ),
  },
  QuotaConventionKind: {
    ART_11: l(
      'Convenzione art. 11',
      'Art. 11 convention',
      'Programma di assunzioni concordato (L. 68/99 art. 11).',
      'An agreed hiring programme (Law 68/99 art. 11).',
    ),
    ART_12: l(
      'Convenzione art. 12',
      'Art. 12 convention',
      'Commesse a una cooperativa sociale che inserisce la persona (art. 12).',
      'Work commissioned to a social cooperative that employs the person (art. 12).',
    ),
    ART_12_BIS: l(
      'Convenzione art. 12-bis',
      'Art. 12-bis convention',
      'Commesse a una cooperativa sociale o a un’impresa, con copertura della quota (art. 12-bis).',
      'Work commissioned to a social cooperative or enterprise, covering the quota (art. 12-bis).',
    ),
    ART_14: l(
      'Convenzione art. 14',
      'Art. 14 agreement',
      'Accordo quadro territoriale (D.Lgs. 276/2003 art. 14).',
      'A territorial framework agreement (Legislative Decree 276/2003 art. 14).',
    ),
  },
  Art3c3Organisation: {
    POLITICAL_PARTY: l(
      'Partito politico',
      'Political party',
      'Partito politico: si computano solo il personale tecnico-esecutivo e amministrativo.',
      'A political party: only technical-executive and administrative staff count.',
    ),
    TRADE_UNION: l(
      'Sindacato',
      'Trade union',
      'Organizzazione sindacale: si computano solo il personale tecnico-esecutivo e amministrativo.',
      'A trade union: only technical-executive and administrative staff count.',
    ),
    NON_PROFIT: l(
      'Organizzazione senza scopo di lucro',
      'Non-profit organisation',
      'Organizzazione senza scopo di lucro (art. 3 c.3): si computano solo il personale tecnico-esecutivo e amministrativo.',
      'A non-profit organisation (art. 3 c.3): only technical-executive and administrative staff count.',
    ),
  },
  QuotaExemptionKind: {
    AUTHORISED: l(
      'Esonero autorizzato',
      'Authorised exemption',
      'Esonero parziale autorizzato dalla Provincia.',
      'A partial exemption authorised by the province.',
    ),
    SELF_CERTIFIED: l(
      'Esonero autocertificato',
      'Self-certified exemption',
      'Esonero autocertificato per posizioni con tasso di premio INAIL pari o superiore al 60 per mille.',
      'A self-certified exemption for positions with an INAIL premium rate of 60 per thousand or more.',
    ),
  },
  QuotaSuspensionReason: {
    EXTRAORDINARY_WAGE_GUARANTEE: l(
      'CIGS',
      'Extraordinary wage guarantee (CIGS)',
      'Cassa integrazione guadagni straordinaria.',
      'Extraordinary wage guarantee fund (CIGS).',
    ),
    SOLIDARITY_CONTRACT: l(
      'Contratto di solidarietà',
      'Solidarity contract',
      'Contratto di solidarietà.',
      'A solidarity contract (reduced hours to save jobs).',
    ),
    COLLECTIVE_DISMISSAL: l(
      'Licenziamento collettivo',
      'Collective dismissal',
      'Procedura di licenziamento collettivo in corso.',
      'A collective dismissal procedure under way.',
    ),
  },
  ConsultancyTopic: {
    QUOTA_OBLIGATION: l(
      'Obbligo di quota',
      'Quota obligation',
      'L’obbligo di assunzione della L. 68/99.',
      'The Law 68/99 hiring obligation.',
    ),
    PROSPETTO_INFORMATIVO: l(
      'Prospetto informativo',
      'Prospetto informativo',
      'L’invio annuale del prospetto informativo.',
      'The yearly prospetto informativo return.',
    ),
    EXEMPTION: l('Esonero', 'Exemption', 'Esonero parziale dall’obbligo.', 'A partial exemption from the obligation.'),
    SUSPENSION: l('Sospensione', 'Suspension', 'Sospensione dell’obbligo.', 'A suspension of the obligation.'),
    CONVENTION: l(
      'Convenzione',
      'Convention',
      'Una convenzione per coprire la quota.',
      'A convention to cover the quota.',
    ),
    CANDIDATE_PROPOSAL: l(
      'Proposta di candidati',
      'Candidate proposal',
      'Candidati proposti all’azienda.',
      'Candidates proposed to the employer.',
    ),
    PLACEMENT_FOLLOW_UP: l(
      'Monitoraggio inserimento',
      'Placement follow-up',
      'Seguito di un inserimento in corso.',
      'Follow-up of a running placement.',
    ),
    OTHER: l('Altro', 'Other', 'Un altro argomento.', 'Another topic.'),
  },
  QuotaDashboardOrder: {
    SHORTFALL_DESC: l(
      'Scopertura maggiore',
      'Largest shortfall',
      'Prima le aziende con più unità scoperte.',
      'Employers with the most uncovered units first.',
    ),
    EXPOSURE_DESC: l(
      'Sanzione maggiore',
      'Largest exposure',
      'Prima le aziende con la sanzione giornaliera maggiore.',
      'Employers with the largest daily sanction first.',
    ),
    NAME_ASC: l('Ragione sociale', 'Name', 'In ordine alfabetico di ragione sociale.', 'Alphabetically by legal name.'),
    LAST_CONTACT_ASC: l(
      'Contatto più lontano',
      'Oldest contact',
      'Prima le aziende mai contattate, poi quelle senza contatti da più tempo.',
      'Employers never contacted first, then the longest without a contact.',
    ),
  },
} satisfies EnumLabelTable;
