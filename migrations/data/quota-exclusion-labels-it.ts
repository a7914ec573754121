/**
 * The Italian names of the groups left out of the computable base, as the rule versions list them (English in
 * quota-exclusions-v1): the breakdown and the prospetto speak Italian by default.
 */
export const EXCLUSION_LABELS_IT: Readonly<Record<string, string>> = {
  DISABLED_WORKERS: 'lavoratori con disabilità assunti ai sensi della L. 68/99 (coprono la quota)',
  PROTECTED_CATEGORY_WORKERS: 'lavoratori delle categorie protette dell’art. 18 (coprono la loro quota)',
  DISABLED_IN_SERVICE_WORKERS: 'lavoratori divenuti disabili in costanza di rapporto che coprono la quota',
  SHORT_FIXED_TERM_WORKERS: 'contratti a tempo determinato fino a 6 mesi',
  MANAGERS: 'dirigenti',
  APPRENTICES: 'apprendisti',
  TEMP_AGENCY_WORKERS: 'lavoratori somministrati presso l’utilizzatore',
  HOME_WORKERS: 'lavoratori a domicilio',
  COOPERATIVE_PARTNERS: 'soci di cooperative di produzione e lavoro',
  WORKERS_ABROAD: 'lavoratori occupati all’estero, per il periodo in cui vi lavorano',
  SITE_OR_TRAVELLING_STAFF:
    'personale di cantiere nell’edilizia, personale viaggiante nei trasporti e negli impianti a fune',
  SOCIALLY_USEFUL_WORK: 'lavoratori impegnati in lavori socialmente utili (LSU)',
  REPLACEMENT_WORKERS: 'lavoratori assunti in sostituzione di lavoratori assenti',
  WORK_LIFE_TELEWORKERS: 'telelavoratori per accordi di conciliazione vita-lavoro',
};
