import type { MessageTable } from './types';

/** The GraphQL layer: IDs, lists, bounds. */
export const graphqlMessages = {
  'graphql.cursorValidListOrder': {
    it: 'Questo cursore non è valido per questo elenco e questo ordinamento; ricomincia senza "after"',
    en: 'This cursor is not valid for this list and order; start again without "after"',
  },
  'graphql.cursorValidListStart': {
    it: 'Questo cursore non è valido per questo elenco; ricomincia senza "after"',
    en: 'This cursor is not valid for this list; start again without "after"',
  },
  'graphql.expectedId': {
    it: "Serve l''ID di un oggetto {typeName}",
    en: 'Expected the ID of a {typeName}',
  },
  'graphql.firstBetween1': {
    it: '"first" deve essere compreso tra 1 e {maxPageSize}',
    en: '"first" must be between 1 and {maxPageSize}',
  },
  'graphql.listTooLong': {
    it: '"{field}" accetta al massimo {max, number} valori',
    en: '"{field}" takes at most {max, number} values',
  },
  'graphql.nulCharacter': {
    it: '"{field}" contiene un carattere NUL, che un testo non può contenere',
    en: '"{field}" contains a NUL character, which text may not hold',
  },
  'graphql.heavyFieldRunning': {
    it: '{name} è già in esecuzione per te: al massimo {limit, number} alla volta. Riprova quando è terminato.',
    en: '{name} is already running for you: at most {limit, number} at a time. Try again when it has finished.',
  },
  'graphql.costUnpriceable': {
    it: 'Superato il limite di costo della query ({maxCost, number}): troppi campi da valutare.',
    en: 'Query Cost limit of {maxCost, number} exceeded: too many fields to price.',
  },
  'graphql.costExceeded': {
    it: 'Superato il limite di costo della query ({maxCost, number}): costo {cost, number}.',
    en: 'Query Cost limit of {maxCost, number} exceeded, found {cost, number}.',
  },
  'graphql.tooManyRequests': {
    it: 'Troppe richieste: al massimo {perMinute, number} al minuto. Riprova tra poco.',
    en: 'Too many requests: at most {perMinute, number} a minute. Try again shortly.',
  },
  'graphql.requestTooLarge': {
    it: 'La richiesta supera il limite di {maxBytes, number} byte.',
    en: 'The request is larger than the limit of {maxBytes, number} bytes.',
  },
  'graphql.bodyNotJson': {
    it: 'Il corpo della richiesta non è JSON valido.',
    en: 'The request body is not valid JSON.',
  },
  'graphql.unreadableRequest': {
    it: 'Errore interno: non è stato possibile leggere la richiesta.',
    en: 'Internal server error: the request could not be read.',
  },
  'graphql.js.syntax': {
    it: 'Errore di sintassi nella richiesta: {detail}',
    en: 'Syntax error in the request: {detail}',
  },
  'graphql.js.unknownField': {
    it: 'Il tipo {type} non ha un campo «{field}»',
    en: 'Type {type} has no field "{field}"',
  },
  'graphql.js.unknownArgument': {
    it: 'Il campo {field} non ha un argomento «{argument}»',
    en: 'Field {field} has no argument "{argument}"',
  },
  'graphql.js.unknownType': { it: 'Lo schema non ha un tipo «{type}»', en: 'The schema has no type "{type}"' },
  'graphql.js.argumentRequired': {
    it: 'Il campo {field} richiede l’argomento «{argument}» ({type}), che manca',
    en: 'Field {field} needs the argument "{argument}" ({type}), which is missing',
  },
  'graphql.js.variableUndefined': {
    it: 'La variabile ${variable} non è dichiarata nell’operazione',
    en: 'Variable ${variable} is not declared by the operation',
  },
  'graphql.js.variableUnused': {
    it: 'La variabile ${variable} è dichiarata ma non usata',
    en: 'Variable ${variable} is declared but never used',
  },
  'graphql.js.variableRequired': {
    it: 'La variabile ${variable} ({type}) è obbligatoria e manca',
    en: 'Variable ${variable} ({type}) is required and missing',
  },
  'graphql.js.variableInvalid': {
    it: 'La variabile ${variable} ha un valore non valido ({value}): {detail}',
    en: 'Variable ${variable} has an invalid value ({value}): {detail}',
  },
  'graphql.js.enumValue': { it: '{value} non è un valore di {enum}', en: '{value} is not a value of {enum}' },
  'graphql.js.inputFieldRequired': {
    it: 'Il campo {field} ({type}) è obbligatorio e manca',
    en: 'Field {field} ({type}) is required and missing',
  },
  'graphql.js.inputFieldUnknown': {
    it: 'Il tipo {type} non ha un campo «{field}»',
    en: 'Type {type} has no field "{field}"',
  },
  'graphql.js.scalar': { it: '{value} non è un valore di tipo {type}', en: '{value} is not a {type} value' },
  'graphql.js.int32': {
    it: '{value} è fuori dall’intervallo di un Int (intero a 32 bit)',
    en: '{value} is outside the range of an Int (32-bit integer)',
  },
  'graphql.js.expectedType': {
    it: 'Serve un valore di tipo {type}, ricevuto {value}',
    en: 'A value of type {type} is needed, got {value}',
  },
  'graphql.js.expectedTypeBecause': {
    it: 'Serve un valore di tipo {type}, ricevuto {value}: {detail}',
    en: 'A value of type {type} is needed, got {value}: {detail}',
  },
  'graphql.js.expectedTypeDetail': {
    it: 'Serve un valore di tipo {type}: {detail}',
    en: 'A value of type {type} is needed: {detail}',
  },
  'graphql.js.conflict': {
    it: 'Il campo «{field}» è chiesto due volte in modi diversi: {detail}',
    en: 'Field "{field}" is asked twice in different ways: {detail}',
  },
  'graphql.js.leafSelection': {
    it: 'Il campo «{field}» ({type}) non ha sottocampi da selezionare',
    en: 'Field "{field}" ({type}) has no subfields to select',
  },
  'graphql.js.needsSelection': {
    it: 'Il campo «{field}» ({type}) richiede una selezione di sottocampi',
    en: 'Field "{field}" ({type}) needs a selection of subfields',
  },
  'graphql.js.spread': {
    it: 'Un frammento su {type} non può stare dentro {parent}',
    en: 'A fragment on {type} cannot be spread inside {parent}',
  },
  'graphql.js.unknownFragment': {
    it: 'Il frammento «{fragment}» non è definito',
    en: 'Fragment "{fragment}" is not defined',
  },
  'graphql.js.unusedFragment': {
    it: 'Il frammento «{fragment}» è definito ma non usato',
    en: 'Fragment "{fragment}" is defined but never used',
  },
  'graphql.js.duplicateOperation': {
    it: 'Ci può essere una sola operazione chiamata «{operation}»',
    en: 'There can be only one operation named "{operation}"',
  },
  'graphql.js.anonymousOperation': {
    it: 'Un’operazione senza nome deve essere l’unica della richiesta',
    en: 'An operation without a name must be the only one in the request',
  },
  'graphql.js.operationName': {
    it: 'La richiesta contiene più operazioni: indica quale eseguire (operationName)',
    en: 'The request holds several operations: say which to run (operationName)',
  },
  'graphql.js.unknownOperation': {
    it: 'La richiesta non contiene un’operazione chiamata «{operation}»',
    en: 'The request holds no operation named "{operation}"',
  },
  'graphql.js.unknownDirective': {
    it: 'La direttiva @{directive} non esiste',
    en: 'There is no directive @{directive}',
  },
  'graphql.js.duplicateArgument': {
    it: '«{argument}» è indicato più di una volta',
    en: '"{argument}" is given more than once',
  },
  'graphql.js.duplicateVariable': {
    it: 'La variabile ${variable} è dichiarata più di una volta',
    en: 'Variable ${variable} is declared more than once',
  },
  'graphql.js.didYouMean': { it: 'Forse intendevi {names}?', en: 'Did you mean {names}?' },
  'graphql.js.variableInvalidAt': {
    it: 'La variabile ${variable} ha un valore non valido in {path} ({value}): {detail}',
    en: 'Variable ${variable} has an invalid value at {path} ({value}): {detail}',
  },
  'graphql.js.scalarInvalid': {
    it: '"{text}" non è un valore valido di tipo {type}',
    en: '"{text}" is not a valid {type}',
  },
  'graphql.js.expectedToken': {
    it: 'attendevo {expected}, ho trovato {found}',
    en: 'expected {expected}, found {found}',
  },
  'graphql.js.unexpectedToken': { it: 'non attendevo {found}', en: 'unexpected {found}' },
  'graphql.js.unterminatedString': { it: 'una stringa non è chiusa', en: 'a string is not closed' },
  'graphql.js.differentFields': {
    it: '«{first}» e «{second}» sono campi diversi: usa alias diversi per averli entrambi',
    en: '"{first}" and "{second}" are different fields: use different aliases to get both',
  },
  'graphql.js.differentArguments': {
    it: 'hanno argomenti diversi: usa alias diversi per averli entrambi',
    en: 'they have different arguments: use different aliases to get both',
  },
  'graphql.js.differentTypes': {
    it: 'restituiscono tipi in conflitto ({first} e {second})',
    en: 'they return conflicting types ({first} and {second})',
  },
  'graphql.js.tooManyTokens': {
    it: 'la richiesta supera i {limit} elementi: lettura interrotta',
    en: 'the request has more than {limit} tokens: reading stopped',
  },
} satisfies MessageTable;
