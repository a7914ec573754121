import { EnumLabelTable, labels as l } from './types';

/** How lists are ordered. */
export const listLabels = {
  SortDirection: {
    ASC: l('Crescente', 'Ascending', 'Dal più piccolo, dal più vecchio o da A.', 'Smallest, oldest or A first.'),
    DESC: l('Decrescente', 'Descending', 'Dal più grande, dal più recente o da Z.', 'Largest, newest or Z first.'),
  },
  BeneficiaryOrderField: {
    NAME: l('Nome', 'Name', 'Per cognome, poi nome.', 'By family name, then given name.'),
    CASE_OPENED: l(
      'Apertura del percorso',
      'Case opened',
      'Per data di apertura del percorso attuale.',
      'By the day the current case was opened.',
    ),
    LAST_CONTACT: l(
      'Ultimo contatto',
      'Last contact',
      'Per data dell’ultimo contatto registrato con la persona.',
      'By the day of the last contact recorded with the person.',
    ),
  },
  OpeningOrderField: {
    CREATED: l(
      'Inserimento',
      'Created',
      'Per data di inserimento dell’offerta.',
      'By the day the opening was entered.',
    ),
    CLOSING_DATE: l(
      'Scadenza',
      'Closing date',
      'Per data di chiusura delle candidature.',
      'By the day applications close.',
    ),
    TITLE: l(
      'Titolo',
      'Title',
      'Per titolo dell’offerta, in ordine alfabetico.',
      'By the opening’s title, alphabetically.',
    ),
  },
  EmployerOrderField: {
    NAME: l(
      'Ragione sociale',
      'Name',
      'Per ragione sociale, in ordine alfabetico.',
      'By company name, alphabetically.',
    ),
    SHORTFALL: l(
      'Scopertura',
      'Shortfall',
      'Per lavoratori ancora da assumere secondo la L. 68/99 (in ordine decrescente: prima chi ne deve di più).',
      'By workers still to hire under Law 68/99 (descending: those who owe the most first).',
    ),
  },
  PlacementOrderField: {
    START: l('Inizio', 'Start', 'Per data di inizio.', 'By start date.'),
    STATUS: l('Stato', 'Status', 'Per stato dell’inserimento.', 'By the placement’s status.'),
    CREATED: l('Inserimento', 'Created', 'Per data di registrazione.', 'By the day it was recorded.'),
  },
} satisfies EnumLabelTable;
