import type { MessageTable } from './types';

/** Operator accounts. */
export const operatorsMessages = {
  'operators.accountRoleGiveOne': {
    it: 'Questo account non ha un ruolo: assegnane uno',
    en: 'This account has no role: give one',
  },
  'operators.anotherOperatorAlreadyUses': {
    it: 'Un altro operatore usa già questa email',
    en: 'Another operator already uses this email',
  },
  'operators.nobodyChangesRoleAmbito': {
    it: "Nessuno può cambiare il ruolo, l''ambito o lo stato attivo del proprio account",
    en: 'Nobody changes the role, ambito or active flag of their own account',
  },
  'operators.operatorRoleBelongAmbito': {
    it: 'Un operatore con ruolo {role} deve appartenere a un ambito ({ambiti})',
    en: 'An operator with role {role} must belong to an ambito ({ambiti})',
  },
} satisfies MessageTable;
