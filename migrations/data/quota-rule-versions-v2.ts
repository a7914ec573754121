/**
 * The Law 68/99 figures from 2008, one version per period, each figure with where it comes from. A figure is
 * `confirmed` only when its amount and date were read in a published text that cites the decree, at the URL given
 * (the decrees themselves, on Normattiva or the Gazzetta Ufficiale, could not be opened from where this was
 * written); everything else is "to be confirmed" and says what is missing.
 */

/** The figures of a version a source can be given for; one row each in quota_rule_source. */
export const RULE_FIGURES = [
  'VALIDITY',
  'DISABLED_BANDS',
  'PROTECTED_BANDS',
  'EXCLUDED_GROUPS',
  'ROUNDING',
  'DISABLED_IN_SERVICE',
  'GRACE_DAYS',
  'DAILY_EXEMPTION_CONTRIBUTION',
  'SANCTION',
  'MAX_EXEMPTION_PERCENTAGE',
  'PROSPETTO_LATE_SANCTION',
] as const;
export type RuleFigure = (typeof RULE_FIGURES)[number];

/** The articles a version applies; each figure's own source is in its row of quota_rule_source. */
export const LAW_REFERENCES =
  'L. 68/1999 art. 3 (units due), art. 4 (computable base), art. 5 (exemption, compensation among sites), art. 9 c.6 (prospetto informativo), art. 15 (sanctions), art. 18 c.2 (protected categories); each figure with its own source';

export interface FigureSource {
  figure: RuleFigure;
  citation: string;
  url: string | null;
  confirmed: boolean;
}

export interface RuleVersionRow {
  code: string;
  valid_from: string;
  valid_to: string | null;
  daily_exemption_contribution: number;
  /** Either a multiple of the contribution (from 8 October 2016) or a fixed amount a day (before). */
  sanction_multiplier: number | null;
  fixed_daily_sanction: number | null;
  prospetto_late_sanction: number;
  prospetto_late_sanction_per_day: number;
  sources: FigureSource[];
}

const URL = {
  edotto: 'https://edotto.com/articolo/assunzioni-obbligatorie-disabili-esonero-parziale-con-contributo-esonerativo',
  gandolfo: 'https://studiogandolfomarco.it/assunzioni-disabili-incentivi-e-contributi-esonerativi',
  lavoroETutele: 'http://www.lavoroetutele.it/?p=131',
  provinciaBrescia:
    'https://lavoro.provincia.brescia.it/tutti-i-servizi/dettaglio/Esonero-parziale-agli-obblighi-Legge-68-99',
  ddp: 'https://serviziamministrativi.ddp.it/it/notizie/2016/10/6235/mancata-assunzione-disabili-occhio-ai-nuovi-importi-sanzionatori',
  quotidianoGiuridico:
    'http://www.quotidianogiuridico.it/documents/2016/10/14/in-vigore-il-c-d-correttivo-del-jobs-act',
  pinotti: 'https://studiopinotti.com/prospetto-disabili-incrementate-le-sanzioni',
  massi: 'https://consulentidellavoro.mi.it/rivista-sintesi/articoli-in-evidenza/__trashed-5/',
  superabile:
    'https://www.superabile.it/portale/it/dettaglio.gen.2020.11.20221115rev-criteri-computo-quota-riserva.html',
  emiliaRomagna: 'https://www.emiliaromagnastartup.it/index.php/en/node/7453',
  cdlVitale: 'https://cdlvitale.it/wp/blog/archives/44',
} as const;

const source = (figure: RuleFigure, citation: string, url: string | null = null): FigureSource => ({
  figure,
  citation,
  url,
  confirmed: url !== null,
});
const toConfirm = (figure: RuleFigure, citation: string): FigureSource =>
  source(figure, `${citation} (to be confirmed)`);

/** Figures the review found right and whose wording is the same in every version. */
const STANDING: FigureSource[] = [
  source(
    'DISABLED_BANDS',
    'L. 68/1999 art. 3 c.1: 15–35 computable employees 1 worker, 36–50 2, over 50 7%',
    URL.edotto,
  ),
  toConfirm('PROTECTED_BANDS', 'L. 68/1999 art. 18 c.2: 1% over 50 employees; exactly 1 for 51–150 employees'),
  source(
    'EXCLUDED_GROUPS',
    'L. 68/1999 art. 4 c.1 as amended by L. 92/2012 and L. 134/2012: workers hired under the law, fixed-term up to 6 months, cooperative partners, managers, temp-agency workers, workers abroad, socially useful work, home workers, apprentices',
    URL.emiliaRomagna,
  ),
  toConfirm(
    'ROUNDING',
    'L. 68/1999 art. 4 c.2 (percentage fractions above 0.50 count as one); part-time pro rata with fractions of hours above half rounded up (D.Lgs 61/2000 art. 6, now D.Lgs 81/2015 art. 9)',
  ),
  toConfirm(
    'DISABLED_IN_SERVICE',
    'L. 68/1999 art. 4 c.3-bis and c.4: workers disabled before or during employment with a capacity reduction of 60% or more count toward the quota',
  ),
  source(
    'GRACE_DAYS',
    'L. 68/1999 art. 15 c.4: the sanction runs after 60 days from when the obligation arises',
    URL.ddp,
  ),
  source(
    'MAX_EXEMPTION_PERCENTAGE',
    'D.M. 7 luglio 2000 n. 357: up to 60% of the quota, 80% for security and vigilance and private transport',
    URL.lavoroETutele,
  ),
];

const CONTRIBUTION_2008 = source(
  'DAILY_EXEMPTION_CONTRIBUTION',
  'D.M. 21 dicembre 2007: €30.64 per working day per disabled worker not employed',
  URL.lavoroETutele,
);
const PROSPETTO_BEFORE_2022 = toConfirm(
  'PROSPETTO_LATE_SANCTION',
  'L. 68/1999 art. 15 c.1: €635.11 plus €30.76 for each further day of delay; an earlier €578.43 plus €28.02 is also reported (cdlvitale.it), for a period not stated',
);

export const RULE_VERSIONS_V2: readonly RuleVersionRow[] = [
  {
    code: 'L68-2008',
    valid_from: '2008-01-01',
    valid_to: '2016-10-07',
    daily_exemption_contribution: 30.64,
    sanction_multiplier: null,
    fixed_daily_sanction: 62.77,
    prospetto_late_sanction: 635.11,
    prospetto_late_sanction_per_day: 30.76,
    sources: [
      ...STANDING,
      toConfirm(
        'VALIDITY',
        'From 1 January 2008, the first year of the D.M. 21 dicembre 2007 contribution, to 7 October 2016, the day before D.Lgs 185/2016 came into force',
      ),
      CONTRIBUTION_2008,
      source(
        'SANCTION',
        'L. 68/1999 art. 15 c.4 before D.Lgs 185/2016: €62.77 (formerly ITL 100,000) per working day per disabled worker not employed',
        URL.ddp,
      ),
      PROSPETTO_BEFORE_2022,
    ],
  },
  {
    code: 'L68-2016',
    valid_from: '2016-10-08',
    valid_to: '2017-12-31',
    daily_exemption_contribution: 30.64,
    sanction_multiplier: 5,
    fixed_daily_sanction: null,
    prospetto_late_sanction: 635.11,
    prospetto_late_sanction_per_day: 30.76,
    sources: [
      ...STANDING,
      source(
        'VALIDITY',
        'D.Lgs 24 settembre 2016 n. 185 (G.U. n. 235 of 7 October 2016) in force from 8 October 2016; employers with 15–35 employees obliged only on a new hire until 31 December 2017',
        URL.quotidianoGiuridico,
      ),
      CONTRIBUTION_2008,
      source(
        'SANCTION',
        'L. 68/1999 art. 15 c.4 as amended by D.Lgs 185/2016, in force 8 October 2016: five times the contribution of art. 5 c.3-bis (€153.20)',
        URL.ddp,
      ),
      PROSPETTO_BEFORE_2022,
    ],
  },
  {
    code: 'L68-2018',
    valid_from: '2018-01-01',
    valid_to: '2021-12-31',
    daily_exemption_contribution: 30.64,
    sanction_multiplier: 5,
    fixed_daily_sanction: null,
    prospetto_late_sanction: 635.11,
    prospetto_late_sanction_per_day: 30.76,
    sources: [
      ...STANDING,
      source(
        'VALIDITY',
        'From 1 January 2018 employers with 15–35 employees are obliged on reaching 15, with 60 days to hire (D.Lgs 151/2015 art. 3 c.2)',
        URL.massi,
      ),
      CONTRIBUTION_2008,
      source(
        'SANCTION',
        'L. 68/1999 art. 15 c.4 as amended by D.Lgs 185/2016: five times the contribution (€153.20)',
        URL.ddp,
      ),
      PROSPETTO_BEFORE_2022,
    ],
  },
  {
    code: 'L68-2022',
    valid_from: '2022-01-01',
    valid_to: null,
    daily_exemption_contribution: 39.21,
    sanction_multiplier: 5,
    fixed_daily_sanction: null,
    prospetto_late_sanction: 702.43,
    prospetto_late_sanction_per_day: 34.02,
    sources: [
      ...STANDING,
      source('VALIDITY', 'From 1 January 2022, when D.M. 30 settembre 2021 n. 193 raised the contribution', URL.edotto),
      source(
        'DAILY_EXEMPTION_CONTRIBUTION',
        'D.M. 30 settembre 2021 n. 193 art. 1: €39.21 per working day from 1 January 2022 (40% of the ISTAT average daily wage of €98.02)',
        URL.gandolfo,
      ),
      source(
        'SANCTION',
        'L. 68/1999 art. 15 c.4: five times the contribution (€196.05 with the 2022 contribution)',
        URL.ddp,
      ),
      source(
        'PROSPETTO_LATE_SANCTION',
        'D.M. 30 settembre 2021 n. 194: €702.43 for late sending, plus €34.02 for each further day of delay',
        URL.pinotti,
      ),
    ],
  },
];
