import type { MessageTable } from './types';

/**
 * The mediation brief: headings and talking points. Every talking point is generated from a figure or a rule
 * (src/modules/mediation/rules/talking-points.ts); amounts arrive in euros, converted from cents at the edge.
 */
export const mediationMessages = {
  'mediation.brief.title': {
    it: 'Scheda di mediazione: {person} per «{opening}» ({employer})',
    en: 'Mediation brief: {person} for “{opening}” ({employer})',
  },
  'mediation.brief.fit': { it: 'Compatibilità', en: 'Fit' },
  'mediation.brief.quota': { it: 'Posizione L. 68/1999 del datore di lavoro', en: 'The employer’s Law 68/99 position' },
  'mediation.brief.incentives': { it: 'Incentivi', en: 'Incentives' },
  'mediation.brief.changes': {
    it: 'Modifiche che renderebbero possibile l’abbinamento',
    en: 'Changes that would make the pair possible',
  },
  'mediation.brief.talkingPoints': { it: 'Punti per il colloquio', en: 'Talking points' },
  'mediation.brief.toConfirm': { it: 'da confermare', en: 'to be confirmed' },
  'mediation.brief.sources': { it: 'Fonti: {sources}', en: 'Sources: {sources}' },
  'mediation.brief.factor': {
    it: '{factor}: {points, number, ::.#} punti',
    en: '{factor}: {points, number, ::.#} points',
  },
  'mediation.brief.quotaLine': {
    it: 'Quota disabili (art. 3): dovuti {due}, coperti {covered}, scopertura {shortfall}',
    en: 'Disabled quota (art. 3): due {due}, covered {covered}, shortfall {shortfall}',
  },
  'mediation.brief.conventionStep': {
    it: 'Convenzione art. 11 {reference}: entro il {dueBy, date, day} {due, plural, one {# assunzione} other {# assunzioni}} dall’avvio, {hired} già fatte; {met, select, true {con questa assunzione il passo è rispettato} other {anche con questa assunzione il passo non è ancora rispettato}}',
    en: 'Art. 11 convention {reference}: by {dueBy, date, day} {due, plural, one {# hiring} other {# hirings}} since the start, {hired} made; {met, select, true {with this hiring the step is met} other {even with this hiring the step is not met yet}}',
  },
  'mediation.brief.before': { it: 'Prima dell’assunzione', en: 'Before the hiring' },
  'mediation.brief.after': { it: 'Dopo l’assunzione', en: 'After the hiring' },
  'mediation.brief.incentiveLine': {
    it: '{code}: {percent, number}% della retribuzione lorda mensile per {months} mesi, stima {amount, number, ::currency/EUR}{applies, select, yes {} no { (non applicabile secondo i dati registrati)} other { (se applicabile)}}',
    en: '{code}: {percent, number}% of the gross monthly wage for {months} months, estimate {amount, number, ::currency/EUR}{applies, select, yes {} no { (does not apply on the recorded data)} other { (if it applies)}}',
  },
  'mediation.brief.reimbursementLine': {
    it: '{code}: rimborso fino a {amount, number, ::currency/EUR}{applies, select, no { (non applicabile)} other { (se la disabilità deriva da infortunio sul lavoro o malattia professionale)}}',
    en: '{code}: reimbursement up to {amount, number, ::currency/EUR}{applies, select, no { (does not apply)} other { (if the disability comes from an accident at work or an occupational disease)}}',
  },
  'mediation.brief.instrumentLine': {
    it: '{code}: strumenti e importi secondo i bandi regionali in corso',
    en: '{code}: instruments and amounts as in the regional calls open',
  },
  'mediation.change.SKILL_NOT_INDISPENSABLE': {
    it: 'Rendere non indispensabile la competenza {skill}',
    en: 'Make the skill {skill} not indispensable',
  },
  'mediation.change.LOWER_LEVEL': {
    it: 'Richiedere la competenza {skill} al livello {level}',
    en: 'Ask for the skill {skill} at level {level}',
  },
  'mediation.change.CONTRACT': {
    it: 'Offrire un contratto {contract}, computabile nella quota',
    en: 'Offer a {contract} contract, counted toward the quota',
  },
  'mediation.change.WEEKLY_HOURS': { it: 'Offrire {hours} ore settimanali', en: 'Offer {hours} weekly hours' },
  'mediation.change.DROP_SHIFT': { it: 'Non richiedere il turno {shift}', en: 'Do not require the {shift} shift' },
  'mediation.change.DROP_PHYSICAL_DEMAND': {
    it: 'Togliere la richiesta fisica {demand}',
    en: 'Drop the physical demand {demand}',
  },
  'mediation.change.DROP_DRIVING': { it: 'Non richiedere la guida', en: 'Do not require driving' },
  'mediation.change.OFFER_FEATURE': { it: 'Offrire {feature}', en: 'Offer {feature}' },
  'mediation.change.ARRANGE_ACCOMMODATIONS': {
    it: 'Rendersi disponibile agli accomodamenti',
    en: 'Agree to arrange accommodations',
  },
  'mediation.talk.score': {
    it: 'Il punteggio di compatibilità è {score, number, ::.#} su 100.',
    en: 'The fit score is {score, number, ::.#} out of 100.',
  },
  'mediation.talk.notEligible': {
    it: 'Oggi l’abbinamento non è possibile per {count, plural, one {un vincolo} other {# vincoli}} del profilo.',
    en: 'Today the pair is not possible because of {count, plural, one {one constraint} other {# constraints}}.',
  },
  'mediation.talk.changesOpen': {
    it: '{count, plural, one {Una modifica} other {# modifiche}} dell’offerta {count, plural, one {renderebbe} other {renderebbero}} possibile l’abbinamento.',
    en: '{count, plural, one {One change} other {# changes}} to the opening would make the pair possible.',
  },
  'mediation.talk.skillGaps': {
    it: '{count, plural, one {Una competenza richiesta è} other {# competenze richieste sono}} da sviluppare, con formazione o affiancamento.',
    en: '{count, plural, one {One skill asked for needs} other {# skills asked for need}} developing, through training or mentoring.',
  },
  'mediation.talk.commute': {
    it: 'Il tragitto stimato è di {km, number, ::.#} km, circa {minutes} minuti.',
    en: 'The estimated commute is {km, number, ::.#} km, about {minutes} minutes.',
  },
  'mediation.talk.shortfallClosed': {
    it: 'L’assunzione ridurrebbe la scopertura della quota disabili da {before} a {after}.',
    en: 'The hiring would bring the disabled-quota shortfall from {before} to {after}.',
  },
  'mediation.talk.quotaCovered': {
    it: 'La quota disabili risulta già coperta: l’assunzione resterebbe comunque computabile.',
    en: 'The disabled quota is already covered: the hiring would still count.',
  },
  'mediation.talk.exposureAvoided': {
    it: 'L’esposizione sanzionatoria si ridurrebbe di {amount, number, ::currency/EUR} per giorno lavorativo.',
    en: 'The sanction exposure would fall by {amount, number, ::currency/EUR} a working day.',
  },
  'mediation.talk.contributionSaved': {
    it: 'Il contributo esonerativo si ridurrebbe di {amount, number, ::currency/EUR} per giorno lavorativo.',
    en: 'The exemption contribution would fall by {amount, number, ::currency/EUR} a working day.',
  },
  'mediation.talk.incentive': {
    it: 'Incentivo INPS (art. 13 L. 68/1999): {percent, number}% della retribuzione per {months} mesi, circa {amount, number, ::currency/EUR}{confirmed, select, yes {} other { (da confermare)}}{applies, select, yes {} other {, se applicabile}}.',
    en: 'INPS incentive (L. 68/1999 art. 13): {percent, number}% of the wage for {months} months, about {amount, number, ::currency/EUR}{confirmed, select, yes {} other { (to be confirmed)}}{applies, select, yes {} other {, if it applies}}.',
  },
  'mediation.talk.inail': {
    it: 'Se la disabilità deriva dal lavoro, l’INAIL può rimborsare gli accomodamenti fino a {amount, number, ::currency/EUR} (da confermare).',
    en: 'If the disability comes from work, INAIL may reimburse accommodations up to {amount, number, ::currency/EUR} (to be confirmed).',
  },
  'mediation.talk.regionalFund': {
    it: 'Verificare i bandi del fondo regionale lombardo per l’occupazione dei disabili (da confermare).',
    en: 'Check the calls of Lombardy’s regional fund for the employment of people with disabilities (to be confirmed).',
  },
  'mediation.talk.accommodations': {
    it: 'Il posto di lavoro dovrebbe offrire {count, plural, one {un adattamento non ancora presente} other {# adattamenti non ancora presenti}}.',
    en: 'The workplace would need to offer {count, plural, one {one arrangement it lacks} other {# arrangements it lacks}}.',
  },
} satisfies MessageTable;
