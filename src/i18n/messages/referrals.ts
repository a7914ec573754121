import type { MessageTable } from './types';

/** Referrals. */
export const referralsMessages = {
  'referrals.giveEitherBeneficiaryidPerson': {
    it: 'Indica beneficiaryId (una persona già nota) oppure newBeneficiary, non entrambi',
    en: 'Give either beneficiaryId (a person already known) or newBeneficiary, not both',
  },
  'referrals.namePersonReferralJoins': {
    it: 'Indica la persona a cui si unisce la segnalazione',
    en: 'Name the person the referral joins',
  },
  'referrals.personCodiceFiscaleAlready': {
    it: 'Una persona con questo codice fiscale è già nota: invia la segnalazione con il suo beneficiaryId',
    en: 'A person with this codice fiscale is already known: send the referral with their beneficiaryId',
  },
  'referrals.personCodiceFiscaleKnown': {
    it: 'Una persona con questo codice fiscale è nota: trasferisci o unisci la segnalazione',
    en: 'A person with this codice fiscale is known: transfer or merge the referral instead',
  },
  'referrals.referralAlreadyResolved': {
    it: 'Questa segnalazione è già stata definita ({status})',
    en: 'This referral was already resolved ({status})',
  },
  'referrals.referralDateFuture': {
    it: 'La data della segnalazione è nel futuro',
    en: 'The referral date is in the future',
  },
  'referrals.requiredNewPerson': {
    it: '{required} è obbligatorio per una nuova persona',
    en: '{required} is required for a new person',
  },
  'referrals.sayWhyReferralDeclined': {
    it: 'Indica perché la segnalazione viene respinta',
    en: 'Say why the referral is declined',
  },
  'referrals.history.referral': {
    it: 'Invio da {service}',
    en: 'Referral from {service}',
  },
} satisfies MessageTable;
