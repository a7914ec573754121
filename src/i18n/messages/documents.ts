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
  'documents.multipart.noBoundary': {
    it: 'multipart/form-data senza boundary',
    en: 'multipart/form-data without a boundary',
  },
  'documents.multipart.onlyParts': {
    it: 'sono ammessi un file, "operations" e "map", nient’altro',
    en: 'one file, "operations" and "map" only',
  },
  'documents.multipart.unreadable': {
    it: 'non è stato possibile leggere il corpo della richiesta',
    en: 'the body could not be read',
  },
  'documents.multipart.notJson': {
    it: '"operations" e "map" devono essere JSON',
    en: '"operations" and "map" must be JSON',
  },
  'documents.multipart.oneOperation': {
    it: '"operations" deve essere una sola operazione (un oggetto JSON)',
    en: '"operations" must be one operation (a JSON object)',
  },
  'documents.multipart.mapObject': { it: '"map" deve essere un oggetto JSON', en: '"map" must be a JSON object' },
  'documents.multipart.fileMissing': {
    it: 'manca la parte file "{key}" indicata in "map"',
    en: 'the file part "{key}" named in "map" is missing',
  },
  'documents.multipart.onePath': {
    it: '"map" deve indicare un solo percorso per "{key}"',
    en: '"map" must give one path for "{key}"',
  },
  'documents.multipart.notVariables': {
    it: '"{path}" non è un percorso dentro "variables"',
    en: '"{path}" is not a path into "variables"',
  },
  'documents.multipart.notNull': {
    it: '"{path}" deve essere null in "operations"',
    en: '"{path}" must be null in "operations"',
  },
  'documents.multipart.fileUnnamed': {
    it: 'una parte file non è indicata in "map"',
    en: 'a file part is not named in "map"',
  },
} satisfies MessageTable;
