import type { MessageTable } from './types';

/** Sign-in, sessions and passwords. */
export const authMessages = {
  'auth.accessTokenInvalid': {
    it: "L''access token non è valido o è scaduto: rinnova la sessione o accedi di nuovo",
    en: 'The access token is invalid or has expired: refresh the session or sign in again',
  },
  'auth.anotherAdminLiftLock': {
    it: 'Un altro amministratore deve togliere il blocco sul tuo account',
    en: 'Another admin must lift the lock on your own account',
  },
  'auth.authorizationHeaderShape': {
    it: 'L\'\'intestazione Authorization deve essere "Bearer <access token>"',
    en: 'The Authorization header must be "Bearer <access token>"',
  },
  'auth.changeYourOwnPassword': {
    it: 'Cambia la tua password con changeMyPassword',
    en: 'Change your own password with changeMyPassword',
  },
  'auth.currentPasswordWrong': {
    it: 'La password attuale è sbagliata',
    en: 'The current password is wrong',
  },
  'auth.demoAccountsWorkOnly': {
    it: 'Gli account dimostrativi funzionano solo sul database dimostrativo integrato',
    en: 'Demo accounts work only on the embedded demo database',
  },
  'auth.noRoleInForce': {
    it: 'Questo account non ha ancora un ruolo in vigore: un coordinatore deve approvare il ruolo richiesto da un amministratore',
    en: 'This account has no role in force yet: a coordinator must approve the role an admin asked for',
  },
  'auth.passwordCharactersLong': {
    it: 'Una password deve avere da {MIN_PASSWORD_LENGTH, number} a {MAX_PASSWORD_LENGTH, number} caratteri',
    en: 'A password must be {MIN_PASSWORD_LENGTH, number} to {MAX_PASSWORD_LENGTH, number} characters long',
  },
  'auth.refreshTokenInvalid': {
    it: 'Il refresh token non è valido o è scaduto: accedi di nuovo',
    en: 'The refresh token is invalid or has expired: sign in again',
  },
  'auth.sessionClosed': {
    it: 'Questa sessione è stata chiusa: accedi di nuovo',
    en: 'This session has been closed: sign in again',
  },
  'auth.signInLocked': {
    it: 'Troppi accessi falliti: {scope, select, account {questo account è bloccato} other {questo indirizzo è bloccato}} per {minutes, plural, one {# minuto} other {# minuti}}. Un amministratore può sbloccare un account prima.',
    en: 'Too many failed sign-ins: {scope, select, account {this account} other {this address}} is locked for {minutes, plural, one {# minute} other {# minutes}}. An admin can unlock an account sooner.',
  },
  'auth.wrongCredentials': {
    it: "Email o password errate, oppure l''account non è attivo",
    en: 'Email or password is wrong, or the account is not active',
  },
} satisfies MessageTable;
