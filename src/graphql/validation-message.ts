import { Message } from '../i18n/message';

/**
 * class-validator carries messages as strings. A decorator's own message is therefore a catalogue message encoded
 * in a string (`validationMessage(msg(…))`), decoded and rendered in the request's language by formatError; a
 * constraint without one is rendered from the catalogue's `validation.<constraint>` text.
 */
const MARKER = '\u0001ponte-message:';

export function validationMessage(message: Message): string {
  return MARKER + JSON.stringify(message);
}

export function decodeValidationMessage(text: string): Message | null {
  if (!text.startsWith(MARKER)) return null;
  try {
    return JSON.parse(text.slice(MARKER.length)) as Message;
  } catch {
    return null;
  }
}
