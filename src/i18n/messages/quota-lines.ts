import type { MessageTable } from './types';

/** The steps of a Law 68/99 quota computation, as the breakdown and the prospetto's CSV show them. */
const UNTIL_IT = '{ends, select, yes {al {validTo, date, day}} other {a tempo indeterminato}}';
const UNTIL_EN = '{ends, select, yes {to {validTo, date, day}} other {open-ended}}';
const CATEGORY_IT =
  '{category, select, DISABLED {lavoratori con disabilità (art. 1)} other {lavoratori delle categorie protette (art. 18)}}';
const CATEGORY_EN =
  '{category, select, DISABLED {disabled workers (art. 1)} other {protected-category workers (art. 18)}}';
const BAND_IT = 'fascia {openEnded, select, yes {oltre {over, number}} other {{from, number}–{to, number}}}';
const BAND_EN = 'band {openEnded, select, yes {over {over, number}} other {{from, number}–{to, number}}}';
const ROUNDING_IT =
  '{rounds, select, yes {una frazione oltre {threshold, number, ::.00} conta come unità} other {frazioni trascurate}}';
const ROUNDING_EN =
  '{rounds, select, yes {a fraction above {threshold, number, ::.00} counts as one} other {fractions dropped}}';
const GRADUAL_IT =
  '{gradual, select, owed {; dovuta dalla nuova assunzione del {newHire, date, day}, con {graceMonths, plural, one {# mese} other {# mesi}} per assumere} waiting {; ma dovuta solo a una nuova assunzione, e nessuna è registrata} other {}}';
const GRADUAL_EN =
  '{gradual, select, owed {; owed since the new hire of {newHire, date, day}, with {graceMonths, plural, one {# month} other {# months}} to hire} waiting {; but owed only on a new hire, and none is recorded} other {}}';

export const quotaLineMessages = {
  'quotas.value.count': { it: '{value, number}', en: '{value, number}' },
  'quotas.value.signed': { it: '{value, number, ::sign-except-zero}', en: '{value, number, ::sign-except-zero}' },
  'quotas.value.hundredths': { it: '{value, number, ::.00}', en: '{value, number, ::.00}' },
  'quotas.value.cents': { it: '{amount, number, ::currency/EUR}', en: '{amount, number, ::currency/EUR}' },
  'quotas.value.day': { it: '{day, date, day}', en: '{day, date, day}' },
  'quotas.value.code': { it: '{code}', en: '{code}' },
  'quotas.value.all': { it: 'tutti', en: 'all' },
  'quotas.line.noRuleVersion': {
    it: 'Nessuna versione delle regole è in vigore il {asOf, date, day}',
    en: 'No rule version is in force on {asOf, date, day}',
  },
  'quotas.line.noHeadcount': {
    it: "Nessuna rilevazione dell''organico registrata al {asOf, date, day} o prima",
    en: 'No headcount recorded on or before {asOf, date, day}',
  },
  'quotas.line.ruleVersion': {
    it: `Regole in vigore dal {validFrom, date, day}{ends, select, yes { al {validTo, date, day}} other {}}{pending, select, none {} some {; da confermare sul testo ufficiale: {figures}} other {; da confermare sul testo ufficiale: tutti i valori}}`,
    en: `Rules in force from {validFrom, date, day}{ends, select, yes { to {validTo, date, day}} other {}}{pending, select, none {} some {; still to be confirmed against the official text: {figures}} other {; still to be confirmed against the official text: every figure}}`,
  },
  'quotas.line.baseTotal': {
    it: 'Dipendenti al {referenceDate, date, day}, ogni contratto e ogni sede (organico nazionale)',
    en: 'Employees on {referenceDate, date, day}, every contract and every site (national headcount)',
  },
  'quotas.line.countedArt3c3': {
    it: 'Conteggiati: {workers, number} {group}, esclusi solo per partiti politici, sindacati e organizzazioni senza scopo di lucro, e il datore di lavoro non risulta tale',
    en: 'Counted: {workers, number} {group}, left out only for political parties, trade unions and non-profit organisations, and the employer is not recorded as one',
  },
  'quotas.line.countedOutsideSector': {
    it: 'Conteggiati: {workers, number} {group}, esclusi solo nelle divisioni ATECO {divisions}, e il codice del datore di lavoro è {atecoCode}',
    en: "Counted: {workers, number} {group}, left out only in ATECO divisions {divisions}, and the employer''s code is {atecoCode}",
  },
  'quotas.line.excluded': { it: 'Non computabili: {group}', en: 'Not computable: {group}' },
  'quotas.line.baseInconsistent': {
    it: "I gruppi esclusi e i dipendenti a tempo parziale superano il totale: verifica la rilevazione dell''organico",
    en: 'The excluded groups and the part-time employees add up to more than the total: check the headcount',
  },
  'quotas.line.basePartTime': {
    it: `{employees, plural, one {# dipendente a tempo parziale conta} other {# dipendenti a tempo parziale contano}} in proporzione: {fte, number, ::.00} equivalenti a tempo pieno, ${ROUNDING_IT}`,
    en: `{employees, plural, one {# part-time employee counts} other {# part-time employees count}} pro rata: {fte, number, ::.00} full-time equivalent, ${ROUNDING_EN}`,
  },
  'quotas.line.baseComputable': { it: 'Base di computo', en: 'Computable base' },
  'quotas.line.dueNoBand': {
    it: `La base di computo {base, number} non rientra in alcuna fascia della versione delle regole: nessuna quota di ${CATEGORY_IT}${GRADUAL_IT}`,
    en: `Computable base {base, number} is in no band of the rule version: no ${CATEGORY_EN} due${GRADUAL_EN}`,
  },
  'quotas.line.dueBandUnits': {
    it: `Base di computo {base, number} (${BAND_IT}): {units, plural, one {# unità dovuta} other {# unità dovute}} di ${CATEGORY_IT}${GRADUAL_IT}`,
    en: `Computable base {base, number} (${BAND_EN}): {units, number} ${CATEGORY_EN} due${GRADUAL_EN}`,
  },
  'quotas.line.dueBandPercent': {
    it: `Base di computo {base, number} (${BAND_IT}): {percent, number}% = {exact, number, ::.00} ${CATEGORY_IT}, ${ROUNDING_IT}${GRADUAL_IT}`,
    en: `Computable base {base, number} (${BAND_EN}): {percent, number}% = {exact, number, ::.00} ${CATEGORY_EN}, ${ROUNDING_EN}${GRADUAL_EN}`,
  },
  'quotas.line.partTimeCover': {
    it: '{workers, plural, one {# lavoratore a tempo parziale copre} other {# lavoratori a tempo parziale coprono}} la quota: {half, number} fino al {hoursPercent, number}% delle ore contano mezza unità, {whole, number} contano una unità (oltre{smallBand, select, yes {, o con una disabilità oltre il {reductionAbove, number}% presso un datore di lavoro da 15 a 35 dipendenti} other {}})',
    en: '{workers, plural, one {# part-time covering worker} other {# part-time covering workers}}: {half, number} at up to {hoursPercent, number}% of the hours count half a unit, {whole, number} count one (above that{smallBand, select, yes {, or with a disability above {reductionAbove, number}% at an employer of 15–35} other {}})',
  },
  'quotas.line.ponteHirings': {
    it: "Assunti tramite Ponte dopo la rilevazione dell''organico del {referenceDate, date, day} e ancora in servizio",
    en: 'Hired through Ponte after the headcount of {referenceDate, date, day} and still employed',
  },
  'quotas.line.gradualRegime': {
    it: 'Un datore di lavoro da 15 a 35 dipendenti era obbligato solo dopo una nuova assunzione, e aveva poi {graceMonths, plural, one {# mese} other {# mesi}} per assumere',
    en: 'An employer of 15–35 was obliged only once it made a new hire, and then had {graceMonths, plural, one {# month} other {# months}} to hire',
  },
  'quotas.line.disabledCovered': {
    it: "Coprono la quota: {hired, number} lavoratori con disabilità assunti e {inService, number} divenuti disabili in costanza di rapporto con una riduzione della capacità di almeno il {minReduction, number}%, come da rilevazione dell''organico",
    en: 'Covering: {hired, number} disabled workers hired and {inService, number} disabled in service with a capacity reduction of at least {minReduction, number}%, as in the headcount',
  },
  'quotas.line.suspendedUnits': {
    it: 'Sospese: {suspended, number, ::.00} su {base, number} equivalenti a tempo pieno computabili, quindi la stessa quota delle unità dovute, frazioni trascurate',
    en: 'Suspended: {suspended, number, ::.00} of {base, number} computable full-time equivalents, so that share of the units due, fractions dropped',
  },
  'quotas.line.disabledShortfall': {
    it: "Lavoratori con disabilità ancora da assumere: dovuti, meno chi copre la quota, le convenzioni e l''esonero",
    en: 'Disabled workers still to hire: due, less those covering, conventions and exemption',
  },
  'quotas.line.protectedCovered': {
    it: "Lavoratori delle categorie protette assunti, come da rilevazione dell''organico",
    en: 'Protected-category workers hired, as in the headcount',
  },
  'quotas.line.protectedShortfall': {
    it: 'Lavoratori delle categorie protette ancora da assumere',
    en: 'Protected-category workers still to hire',
  },
  'quotas.line.dailyContribution': {
    it: "{units, plural, one {# unità esonerata} other {# unità esonerate}} × {perDay, number, ::currency/EUR} per giorno lavorativo al fondo regionale per l''occupazione dei disabili",
    en: '{units, plural, one {# exempted unit} other {# exempted units}} × {perDay, number, ::currency/EUR} a working day to the regional disability fund',
  },
  'quotas.line.sanctionExposure': {
    it: '{units, plural, one {# unità di lavoratori con disabilità scoperta} other {# unità di lavoratori con disabilità scoperte}} oltre il periodo di tolleranza × {fixed, select, yes {{perDay, number, ::currency/EUR}} other {{multiplier, number} × {contribution, number, ::currency/EUR} (il contributo esonerativo)}} per giorno lavorativo; è un massimo: la diffida obbligatoria (art. 15 c.4-bis) può ridurre quanto si paga',
    en: '{units, plural, one {# disabled-worker unit} other {# disabled-worker units}} past their grace period × {fixed, select, yes {{perDay, number, ::currency/EUR}} other {{multiplier, number} × {contribution, number, ::currency/EUR} (the exemption contribution)}} a working day; an upper bound: the mandatory warning (diffida, art. 15 c.4-bis) can reduce what is paid',
  },
  'quotas.line.sanctionExcludesProtected': {
    it: "Unità delle categorie protette (art. 18) oltre il periodo di tolleranza, non comprese nell''esposizione: la sanzione riguarda i lavoratori con disabilità dell''art. 1 e la quota dell''art. 3",
    en: 'Art. 18 protected-category units past their grace period, not in the exposure: the sanction concerns the disabled workers of art. 1 and the quota of art. 3',
  },
  'quotas.line.uncoveredUnit': {
    it: 'Unità {unit, number} di {category, select, DISABLED {lavoratori con disabilità} other {categorie protette}} scoperta dal {since, date, day}; sanzionabile dal {sanctionableFrom, date, day}, dopo il periodo di tolleranza',
    en: '{category, select, DISABLED {Disabled-worker} other {Protected-category}} unit {unit, number} uncovered since {since, date, day}; sanctionable from {sanctionableFrom, date, day}, after the grace period',
  },
  'quotas.line.groupSurplusUsed': {
    it: 'Lavoratori con disabilità in eccedenza portati a un’altra società del gruppo {group}',
    en: 'Surplus disabled workers carried to another company of {group}',
  },
  'quotas.line.groupCompensation': {
    it: 'Unità per lavoratori con disabilità coperte dall’eccedenza di altre società del gruppo {group}: {shortfall, number} ancora da assumere',
    en: 'Disabled units covered by the surplus of other companies of {group}: {shortfall, number} still to hire',
  },
  'quotas.line.conventionSchedule': {
    it: `Convenzione {reference} (dal {validFrom, date, day}, ${UNTIL_IT}): {ahead, plural, =0 {nessuna assunzione programmata ancora da fare} one {l''assunzione programmata entro il {nextDueBy, date, day} conta come coperta} other {le # assunzioni programmate dal {nextDueBy, date, day} al {lastDueBy, date, day} contano come coperte}}`,
    en: `Convention {reference} (from {validFrom, date, day}, ${UNTIL_EN}): {ahead, plural, =0 {no scheduled hiring still ahead} one {the hiring scheduled by {nextDueBy, date, day} counts as covered} other {the # hirings scheduled from {nextDueBy, date, day} to {lastDueBy, date, day} count as covered}}`,
  },
  'quotas.line.conventionCooperative': {
    it: `Convenzione {reference} (dal {validFrom, date, day}, ${UNTIL_IT}): le unità impiegate da {cooperative} contano come coperte`,
    en: `Convention {reference} (from {validFrom, date, day}, ${UNTIL_EN}): units employed by {cooperative} count as covered`,
  },
  'quotas.line.conventionCapSmall': {
    it: 'Le convenzioni di questo tipo possono coprire al massimo {workers, plural, one {# lavoratore} other {# lavoratori}} sotto i {belowBase, number} dipendenti computabili',
    en: 'Conventions of this kind may cover at most {workers, plural, one {# worker} other {# workers}} below {belowBase, number} computable employees',
  },
  'quotas.line.conventionCapPercent': {
    it: 'Le convenzioni di questo tipo possono coprire al massimo il {percent, number}% delle {due, plural, one {# unità dovuta} other {# unità dovute}}',
    en: 'Conventions of this kind may cover at most {percent, number}% of the {due, plural, one {# unit} other {# units}} due',
  },
  'quotas.line.exemption': {
    it: `Esonero parziale {reference}, {kind, select, SELF_CERTIFIED {autocertificato per {highRiskWorkers, plural, one {# lavoratore} other {# lavoratori}} in posizioni con tasso INAIL del 60‰ o più} other {autorizzato, {percentage, number}%}} (dal {validFrom, date, day}, ${UNTIL_IT}): al massimo {authorised, plural, one {# unità esonerata} other {# unità esonerate}}, {used, number} necessarie dopo assunzioni e convenzioni`,
    en: `Partial exemption {reference}, {kind, select, SELF_CERTIFIED {self-certified for the {highRiskWorkers, plural, one {# worker} other {# workers}} in positions with an INAIL rate of 60‰ or more} other {authorised, {percentage, number}%}} (from {validFrom, date, day}, ${UNTIL_EN}): {authorised, plural, one {# unit} other {# units}} exempted at most, {used, number} needed after hirings and conventions`,
  },
  'quotas.line.suspension': {
    it: `Obblighi sospesi ({reason}, {reference}, dal {validFrom, date, day}, ${UNTIL_IT}) {inProvince, select, yes {nella provincia di {province}} other {in ogni provincia (registrata senza provincia)}}, per gli equivalenti a tempo pieno dell''attività sospesa`,
    en: `Obligations suspended ({reason}, {reference}, from {validFrom, date, day}, ${UNTIL_EN}) {inProvince, select, yes {in province {province}} other {in every province (recorded without province)}}, for the full-time equivalents of the activity suspended`,
  },
  'quotas.line.siteShare': {
    it: '{site}: {computable, number, ::.00} su {total, number, ::.00} dipendenti computabili, {due, plural, one {# unità dovuta} other {# unità dovute}} per {category, select, DISABLED {lavoratori con disabilità} other {categorie protette}}, {covering, number} a copertura',
    en: '{site}: {computable, number, ::.00} of {total, number, ::.00} computable employees, {due, number} {category, select, DISABLED {disabled} other {protected-category}} units due, {covering, number} covering',
  },
  'quotas.line.siteCompensation': {
    it: "Unità per {category, select, DISABLED {lavoratori con disabilità} other {categorie protette}} che l''eccedenza di una sede compensa per il deficit di un''altra: da dichiarare nel prospetto informativo",
    en: '{category, select, DISABLED {Disabled} other {Protected-category}} units a surplus at one site compensates for a deficit at another: declare them in the annual report',
  },
  'quotas.prospettoCsv.EMPLOYER.LEGAL_NAME': { it: 'Ragione sociale', en: 'Legal name' },
  'quotas.prospettoCsv.EMPLOYER.PARTITA_IVA': { it: 'Partita IVA', en: 'Partita IVA' },
  'quotas.prospettoCsv.EMPLOYER.CODICE_FISCALE': { it: 'Codice fiscale', en: 'Codice fiscale' },
  'quotas.prospettoCsv.EMPLOYER.ATECO': { it: 'Codice attività ATECO', en: 'ATECO activity code' },
  'quotas.prospettoCsv.REPORT.YEAR': { it: 'Anno di riferimento', en: 'Year reported' },
  'quotas.prospettoCsv.REPORT.REFERENCE_DATE': { it: 'Situazione al', en: 'Situation on' },
  'quotas.prospettoCsv.REPORT.SUBMISSION_DEADLINE': { it: 'Da inviare entro', en: 'To be sent by' },
  'quotas.prospettoCsv.REPORT.REQUIRED': {
    it: 'La base di computo raggiunge la prima fascia',
    en: 'Computable base reaches the first band',
  },
  'quotas.prospettoCsv.HEADCOUNT.REFERENCE_DATE': {
    it: "Data della rilevazione dell''organico",
    en: 'Date of the headcount',
  },
  'quotas.prospettoCsv.HEADCOUNT.TOTAL_EMPLOYEES': {
    it: 'Dipendenti, ogni contratto e sede',
    en: 'Employees, every contract and site',
  },
  'quotas.prospettoCsv.HEADCOUNT.PART_TIME_EMPLOYEES': { it: 'Dipendenti a tempo parziale', en: 'Part-time employees' },
  'quotas.prospettoCsv.HEADCOUNT.PART_TIME_FTE': {
    it: 'Equivalenti a tempo pieno dei dipendenti a tempo parziale',
    en: 'Full-time equivalent of the part-time employees',
  },
  'quotas.prospettoCsv.SUMMARY.STATUS': { it: 'Stato', en: 'Status' },
  'quotas.prospettoCsv.SUMMARY.DISABLED_DUE': { it: 'Lavoratori con disabilità dovuti', en: 'Disabled workers due' },
  'quotas.prospettoCsv.SUMMARY.DISABLED_COVERED': {
    it: 'Lavoratori con disabilità computabili',
    en: 'Disabled workers counting',
  },
  'quotas.prospettoCsv.SUMMARY.DISABLED_CONVENTIONS': {
    it: 'Unità coperte da convenzioni',
    en: 'Units covered by conventions',
  },
  'quotas.prospettoCsv.SUMMARY.DISABLED_EXEMPTED': { it: 'Unità esonerate', en: 'Units exempted' },
  'quotas.prospettoCsv.SUMMARY.DISABLED_SHORTFALL': {
    it: 'Lavoratori con disabilità ancora da assumere',
    en: 'Disabled workers still to hire',
  },
  'quotas.prospettoCsv.SUMMARY.PROTECTED_DUE': {
    it: 'Lavoratori delle categorie protette dovuti',
    en: 'Protected-category workers due',
  },
  'quotas.prospettoCsv.SUMMARY.PROTECTED_COVERED': {
    it: 'Lavoratori delle categorie protette computabili',
    en: 'Protected-category workers counting',
  },
  'quotas.prospettoCsv.SUMMARY.PROTECTED_SHORTFALL': {
    it: 'Lavoratori delle categorie protette ancora da assumere',
    en: 'Protected-category workers still to hire',
  },
  'quotas.prospettoCsv.SUMMARY.COMPENSATED_UNITS': {
    it: 'Unità compensate tra sedi',
    en: 'Units compensated among sites',
  },
  'quotas.prospettoCsv.column.section': { it: 'sezione', en: 'section' },
  'quotas.prospettoCsv.column.code': { it: 'codice', en: 'code' },
  'quotas.prospettoCsv.column.description': { it: 'descrizione', en: 'description' },
  'quotas.prospettoCsv.column.value': { it: 'valore', en: 'value' },
  'quotas.prospettoCsv.yes': { it: 'sì', en: 'yes' },
  'quotas.prospettoCsv.no': { it: 'no', en: 'no' },
  'quotas.prospetto.belowFirstBand': {
    it: 'Base di computo {base, number}, sotto {firstBandFrom, number}: nessun prospetto è dovuto',
    en: 'Computable base {base, number}, below {firstBandFrom, number}: no report is due',
  },
  'quotas.prospetto.compensation': {
    it: '{units, plural, one {# unità compensata} other {# unità compensate}} tra sedi da dichiarare (compensazione)',
    en: '{units, plural, one {# unit} other {# units}} compensated among sites must be declared (compensation)',
  },
  'quotas.prospetto.firstReport': {
    it: 'Obbligato, e nessun prospetto precedente è registrato',
    en: 'Obliged, and no earlier prospetto is on record',
  },
  'quotas.prospetto.unchanged': {
    it: "Nulla che incida sull''obbligo è cambiato dal prospetto del {year}",
    en: 'Nothing affecting the obligation changed since the prospetto for {year}',
  },
  'quotas.prospetto.changed': {
    it: 'Cambiato dal prospetto del {year}: {changed, select, protected {unità dovute per le categorie protette {protectedBefore, number} → {protectedNow, number}} both {unità dovute per i lavoratori con disabilità {disabledBefore, number} → {disabledNow, number}, unità dovute per le categorie protette {protectedBefore, number} → {protectedNow, number}} other {unità dovute per i lavoratori con disabilità {disabledBefore, number} → {disabledNow, number}}}',
    en: 'Changed since the prospetto for {year}: {changed, select, protected {protected-category units due {protectedBefore, number} → {protectedNow, number}} both {disabled units due {disabledBefore, number} → {disabledNow, number}, protected-category units due {protectedBefore, number} → {protectedNow, number}} other {disabled units due {disabledBefore, number} → {disabledNow, number}}}',
  },
  'quotas.prospetto.nothingOnRecord': {
    it: "Nessuna rilevazione dell''organico o versione delle regole al {day, date, day}: nulla da dichiarare",
    en: 'No headcount or rule version on {day, date, day}: nothing to report',
  },
  'quotas.prospetto.late': {
    it: '{days, plural, one {# giorno} other {# giorni}} di ritardo: {first, number, ::currency/EUR} più {perDay, number, ::currency/EUR} per ciascuno dei {further, plural, one {# giorno} other {# giorni}} successivi ({code}); la diffida obbligatoria può ridurre quanto si paga',
    en: '{days, plural, one {# day} other {# days}} late: {first, number, ::currency/EUR} plus {perDay, number, ::currency/EUR} for each of {further, plural, one {# further day} other {# further days}} ({code}); the mandatory warning (diffida) can reduce what is paid',
  },
  'quotas.prospetto.notLate': { it: 'Non in ritardo', en: 'Not late' },
  'quotas.prospetto.notDue': { it: 'Non dovuto', en: 'Not due' },
} satisfies MessageTable;
