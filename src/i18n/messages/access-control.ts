import type { MessageTable } from './types';

/** Refusals of the access guard. */
export const accessControlMessages = {
  'accessControl.ambitoNotVisible': {
    it: 'Nessun ambito {ambito} è visibile per te',
    en: 'No ambito {ambito} is visible to you',
  },
  'accessControl.expectedIdMunicipality': {
    it: "Serve l''ID di un comune (Municipality)",
    en: 'Expected the ID of a Municipality',
  },
  'accessControl.outsideYourAmbitoPeople': {
    it: "{name} è fuori dal tuo ambito: chi vi abita è seguito dagli operatori di quell''ambito o dal coordinatore",
    en: '{name} is outside your ambito: people living there are followed by its own operators or the coordinator',
  },
  'accessControl.ponteId': {
    it: 'Questo non è un ID di Ponte',
    en: 'This is not a Ponte ID',
  },
  'accessControl.roleMayFilter': {
    it: 'Il ruolo {role} non può filtrare per {attribute}',
    en: 'The {role} role may not filter on {attribute}',
  },
  'accessControl.roleMaySee': {
    it: 'Il ruolo {role} non può vedere un {typeName}',
    en: 'The {role} role may not see a {typeName}',
  },
  'accessControl.roleMayUse': {
    it: 'Il ruolo {role} non può usare {field}',
    en: 'The {role} role may not use {field}',
  },
  'accessControl.signInFirst': {
    it: 'Prima accedi: chiama signIn e invia "Authorization: Bearer <accessToken>"',
    en: 'Sign in first: call signIn and send "Authorization: Bearer <accessToken>"',
  },
} satisfies MessageTable;
