import type { MessageTable } from './types';

/** Documents: uploads, downloads and what is refused. */
export const documentMessages = {
  'documents.tooLarge': {
    it: 'Il file supera il limite di {limit, number} byte.',
    en: 'The file is larger than the limit of {limit, number} bytes.',
  },
  'documents.badMultipart': {
    it: 'Richiesta multipart non valida: {problem}',
    en: 'Invalid multipart request: {problem}',
  },
  'documents.typeNotAllowed': {
    it: 'Il contenuto del file non è di un tipo ammesso (PDF, PNG, JPEG, documenti Office o OpenDocument).',
    en: 'The file’s content is not of an allowed type (PDF, PNG, JPEG, Office or OpenDocument documents).',
  },
  'documents.emptyFile': {
    it: 'Il file è vuoto.',
    en: 'The file is empty.',
  },
  'documents.fileNameInvalid': {
    it: 'Il nome del file deve avere da 1 a 255 caratteri.',
    en: 'The file name must have 1 to 255 characters.',
  },
  'documents.parentOfOtherPerson': {
    it: 'La segnalazione o il tirocinio indicato riguarda un’altra persona.',
    en: 'The referral or placement named is about another person.',
  },
  'documents.oneParent': {
    it: 'Indicare la persona, oppure una sua segnalazione o un suo inserimento, uno solo.',
    en: 'Name the person, or one of their referrals or placements: exactly one.',
  },
  'documents.notFound': {
    it: 'Nessun documento ha questo ID.',
    en: 'No document has this ID.',
  },
  'documents.forbidden': {
    it: 'Il proprio ruolo non consente di leggere documenti.',
    en: 'Your role may not read documents.',
  },
  'documents.signIn': {
    it: 'Accedere prima: inviare l’intestazione "Authorization: Bearer" seguita dal token di accesso.',
    en: 'Sign in first: send the header "Authorization: Bearer" followed by the access token.',
  },
  'documents.uploadExpectsFile': {
    it: 'Un Upload è la parte «file» di una richiesta multipart, non un valore della richiesta',
    en: 'Upload expects a file part of a multipart request',
  },
  'documents.uploadInputOnly': {
    it: 'Upload si usa solo in ingresso',
    en: 'Upload is an input only',
  },
} satisfies MessageTable;
