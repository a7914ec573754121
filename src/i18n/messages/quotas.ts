import type { MessageTable } from './types';

/** Law 68/99 quotas, prospetti and arrangements. */
export const quotasMessages = {
  'quotas.art11ConventionCooperative': {
    it: 'Una convenzione art. 11 non ha una cooperativa',
    en: 'An art. 11 convention has no cooperative',
  },
  'quotas.art11ConventionCounts': {
    it: 'Una convenzione art. 11 conta le assunzioni programmate, non le unità',
    en: 'An art. 11 convention counts its scheduled hirings, not units',
  },
  'quotas.art11ConventionNeeds': {
    it: 'Una convenzione art. 11 richiede il suo programma di assunzioni',
    en: 'An art. 11 convention needs its hiring schedule',
  },
  'quotas.authorisedExemptionNeedsPercentage': {
    it: 'Un esonero autorizzato richiede la sua percentuale',
    en: 'An authorised exemption needs its percentage',
  },
  'quotas.columnHeadcountRecordThere': {
    it: "{group} è una colonna della rilevazione dell''organico: registralo lì",
    en: '{group} is a column of the headcount: record it there',
  },
  'quotas.contactDateFuture': {
    it: 'La data del contatto è nel futuro',
    en: 'The contact date is in the future',
  },
  'quotas.conventionKindLastsMost': {
    it: 'Una convenzione di questo tipo dura al massimo {maxMonths, plural, one {# mese} other {# mesi}}, proroghe comprese: il suo ultimo giorno deve precedere il {lastDay, date, day}',
    en: 'A convention of this kind lasts at most {maxMonths, plural, one {# month} other {# months}}, extensions included: its last day must come before {lastDay, date, day}',
  },
  'quotas.daySentFuture': {
    it: 'Il giorno di invio è nel futuro',
    en: 'The day it was sent is in the future',
  },
  'quotas.dueDateNeedsNext': {
    it: 'Una scadenza richiede il passo successivo a cui si riferisce',
    en: 'A due date needs the next step it is for',
  },
  'quotas.eachGroupMayAppear': {
    it: 'Ogni gruppo può comparire una sola volta',
    en: 'Each group may appear once',
  },
  'quotas.eachHiringFallWithin': {
    it: 'Ogni assunzione deve cadere nel periodo della convenzione',
    en: 'Each hiring must fall within the convention',
  },
  'quotas.eachSiteMayAppear': {
    it: 'Ogni sede può comparire una sola volta',
    en: 'Each site may appear once',
  },
  'quotas.groupsListWorkersMore': {
    it: 'I gruppi elencano {workers, number} lavoratori, più dei {totalEmployees, number} dipendenti',
    en: 'The groups list {workers, number} workers, more than the {totalEmployees, number} employees',
  },
  'quotas.headcountCoveringWorkersFewer': {
    it: 'La rilevazione ha {coveringWorkers, number} lavoratori a copertura, meno dei {length, number} a tempo parziale elencati',
    en: 'The headcount has {coveringWorkers, number} covering workers, fewer than the {length, number} part-timers listed',
  },
  'quotas.headcountRecordedBeforeRecord': {
    it: "Nessuna rilevazione dell''organico al {referenceDate, date, day} o prima: registrane una",
    en: 'No headcount recorded on or before {referenceDate, date, day}: record one first',
  },
  'quotas.headcountRecordedBeforeRecord2': {
    it: "Nessuna rilevazione dell''organico al {referenceDate, date, day} o prima: registrane una",
    en: 'No headcount recorded on or before {referenceDate, date, day}: record one first',
  },
  'quotas.lastDayComesBefore': {
    it: "L''ultimo giorno viene prima del primo",
    en: 'The last day comes before the first',
  },
  'quotas.law6899Rule': {
    it: 'Nessuna versione delle regole della Legge 68/99 è in vigore in questo periodo',
    en: 'No Law 68/99 rule version is in force in this period',
  },
  'quotas.mostQuotaExemptedAteco': {
    it: "Al massimo il {cap}% della quota può essere esonerato per l''ATECO {atecoCode} (versione delle regole {code})",
    en: 'At most {cap}% of the quota can be exempted for ATECO {atecoCode} (rule version {code})',
  },
  'quotas.nameSocialCooperative': {
    it: 'Indica la cooperativa sociale',
    en: 'Name the social cooperative',
  },
  'quotas.newHireStartsObligation': {
    it: "Una nuova assunzione fa decorrere l''obbligo solo nel regime graduale, terminato il 31 dicembre 2017",
    en: 'A new hire starts the obligation only under the gradual regime, which ended on 31 December 2017',
  },
  'quotas.nextStepDueBefore': {
    it: 'Il passo successivo non può scadere prima del contatto',
    en: 'The next step cannot be due before the contact',
  },
  'quotas.onlyArt11Convention': {
    it: 'Solo una convenzione art. 11 ha un programma di assunzioni',
    en: 'Only an art. 11 convention has a hiring schedule',
  },
  'quotas.onlySelfCertifiedExemption': {
    it: 'Solo un esonero autocertificato conta i lavoratori ad alto rischio',
    en: 'Only a self-certified exemption counts high-risk workers',
  },
  'quotas.operatorId': {
    it: 'Nessun operatore ha questo ID',
    en: 'No operator has this ID',
  },
  'quotas.periodOverlapsEndOne': {
    it: "Questo periodo si sovrappone {label, select, exemption {all''esonero} suspension {alla sospensione} other {alla convenzione}} dal {validFrom, date, day}{validTo, select, open {, ancora aperto} other { al {validTo, date, day}}}: chiudi prima quello o cambia le date",
    en: 'This period overlaps the {label, select, exemption {exemption} suspension {suspension} other {convention}} from {validFrom, date, day}{validTo, select, open {, still open} other { to {validTo, date, day}}}: end that one first or change the dates',
  },
  'quotas.reportAlreadyRecordedSent': {
    it: 'Il prospetto del {year} risulta già inviato il {submittedOn, date, day}',
    en: 'The report for {year} is already recorded as sent on {submittedOn, date, day}',
  },
  'quotas.reportDescribesOnlySent': {
    it: 'Il prospetto del {year} descrive la situazione al {yearEnd, date, day}: può essere inviato solo dopo quel giorno',
    en: 'The report for {year} describes {yearEnd, date, day}: it can only be sent after that day',
  },
  'quotas.ruleVersionExcludesGroup': {
    it: 'Nessuna versione delle regole esclude un gruppo {group}: quelli noti sono {known}',
    en: 'No rule version excludes a group {group}: known are {known}',
  },
  'quotas.sayHowManyUnits': {
    it: 'Indica quante unità impiega la cooperativa',
    en: 'Say how many units the cooperative employs',
  },
  'quotas.sayWhenEmployerGroup': {
    it: 'Indica da quando il datore di lavoro fa parte del gruppo',
    en: 'Say from when the employer is in the group',
  },
  'quotas.sayWhichOperatorMade': {
    it: 'Indica quale operatore ha fatto il contatto (operatorId)',
    en: 'Say which operator made the contact (operatorId)',
  },
  'quotas.selfCertifiedExemptionMeasured': {
    it: 'Un esonero autocertificato si misura in lavoratori, non in percentuale',
    en: 'A self-certified exemption is measured by its workers, not a percentage',
  },
  'quotas.selfCertifiedExemptionNeeds': {
    it: 'Un esonero autocertificato richiede i lavoratori in posizioni con tasso INAIL pari o superiore al 60‰',
    en: 'A self-certified exemption needs the workers in positions with an INAIL rate of 60‰ or more',
  },
  'quotas.siteEmployerCounted': {
    it: 'Questa non è una sede del datore di lavoro conteggiato',
    en: 'This is not a site of the employer counted',
  },
  'quotas.sitesListComputableEmployees': {
    it: 'Le sedi elencano {computable, number} dipendenti computabili, più dei {totalEmployees, number} dipendenti',
    en: 'The sites list {computable, number} computable employees, more than the {totalEmployees, number} employees',
  },
  'quotas.sitesListCoveringWorkers': {
    it: 'Le sedi elencano {covering, number} lavoratori computabili a copertura, la rilevazione solo {coveringWorkers, number}',
    en: 'The sites list {covering, number} covering workers, the headcount only {coveringWorkers, number}',
  },
  'quotas.sitesListProtectedCategory': {
    it: 'Le sedi elencano {protectedCovering, number} lavoratori delle categorie protette, la rilevazione solo {protectedWorkers, number}',
    en: 'The sites list {protectedCovering, number} protected-category workers, the headcount only {protectedWorkers, number}',
  },
  'quotas.startsAfterDay': {
    it: "{label, select, exemption {L''esonero inizia} suspension {La sospensione inizia} other {La convenzione inizia}} il {validFrom, date, day}, dopo questo giorno",
    en: 'The {label, select, exemption {exemption} suspension {suspension} other {convention}} starts on {validFrom, date, day}, after this day',
  },
  'quotas.yearBetween2000': {
    it: "L''anno deve essere compreso tra 2000 e {thisYear}",
    en: 'The year must be between 2000 and {thisYear}',
  },
} satisfies MessageTable;
