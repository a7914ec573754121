import { EnumLabelTable, labels as l } from './types';

/** Staff accounts, role grants, the audit trail and the languages Ponte speaks. */
export const staffLabels = {
  OperatorRole: {
    OPERATOR: l(
      'Operatore',
      'Operator',
      'Segue le persone del proprio ambito: fascicoli, segnalazioni, inserimenti.',
      'Case work for the people of their own ambito: cases, referrals, placements.',
    ),
    EMPLOYER_LIAISON: l(
      'Referente aziende',
      'Employer liaison',
      'Aziende, sedi, offerte, quote e consulenze; delle persone solo quanto serve al matching.',
      'Employers, sites, openings, quotas and consultancy; people only as far as matching needs.',
    ),
    COORDINATOR: l(
      'Coordinatore',
      'Coordinator',
      'Tutto in entrambi gli ambiti, statistiche e registro degli accessi.',
      'Everything in both ambiti, statistics and the audit trail.',
    ),
    ADMIN: l(
      'Amministratore',
      'Administrator',
      'Account e configurazione; nessun contenuto dei fascicoli.',
      'Accounts and configuration; no case content.',
    ),
  },
  RoleGrantStatus: {
    PENDING: l(
      'In attesa',
      'Pending',
      'In attesa della decisione di un coordinatore.',
      'Waiting for a coordinator’s decision.',
    ),
    APPROVED: l('Approvata', 'Approved', 'Approvata: il ruolo è in vigore.', 'Approved: the role is in force.'),
    REJECTED: l(
      'Respinta',
      'Rejected',
      'Respinta: l’account mantiene il ruolo precedente.',
      'Rejected: the account keeps its previous role.',
    ),
    CANCELLED: l(
      'Annullata',
      'Cancelled',
      'Sostituita da una richiesta successiva o resa superflua da un ruolo senza accesso ai fascicoli.',
      'Replaced by a later request, or made moot by a role without case content.',
    ),
  },
  RoleGrantCause: {
    CREATED: l('Nuovo account', 'Account created', 'Un account nuovo.', 'A new account.'),
    ROLE_CHANGED: l(
      'Ruolo modificato',
      'Role changed',
      'Un amministratore ha cambiato il ruolo o l’ambito dell’account.',
      'An admin changed the account’s role or ambito.',
    ),
    PASSWORD_SET: l(
      'Password impostata',
      'Password set',
      'Un amministratore ha impostato la password: il coordinatore conferma che l’account è tornato al titolare.',
      'An admin set the password: the coordinator confirms the holder has the account back.',
    ),
  },
  AuditAction: {
    READ: l('Lettura', 'Read', 'Lettura di dati sensibili.', 'A read of sensitive fields.'),
    INSERT: l('Inserimento', 'Insert', 'Un record creato.', 'A record created.'),
    UPDATE: l('Modifica', 'Update', 'Un record modificato.', 'A record changed.'),
    DELETE: l('Cancellazione', 'Delete', 'Un record cancellato.', 'A record deleted.'),
    SIGN_IN: l('Accesso', 'Sign-in', 'Un accesso riuscito.', 'A successful sign-in.'),
    SIGN_IN_FAILED: l(
      'Accesso fallito',
      'Failed sign-in',
      'Un tentativo di accesso con credenziali errate.',
      'A sign-in attempt with wrong credentials.',
    ),
    SIGN_IN_LOCKED: l(
      'Accesso bloccato',
      'Sign-in locked',
      'Troppi tentativi falliti hanno bloccato un account o un indirizzo.',
      'Too many failed attempts locked an account or a client address.',
    ),
    SIGN_IN_UNLOCKED: l(
      'Accesso sbloccato',
      'Sign-in unlocked',
      'Un amministratore ha tolto il blocco di un account.',
      'An admin lifted an account’s lock.',
    ),
    REFRESH_TOKEN_REUSED: l(
      'Token di rinnovo riusato',
      'Refresh token reused',
      'Un token di rinnovo è stato presentato due volte: la sessione è stata chiusa.',
      'A refresh token was presented twice: its whole session was ended.',
    ),
  },
  Locale: {
    it: l('Italiano', 'Italian', 'Italiano, la lingua del servizio.', 'Italian, the service’s language.'),
    en: l('Inglese', 'English', 'Inglese, su richiesta.', 'English, on request.'),
  },
} satisfies EnumLabelTable;
