import { getMetadataStorage, ValidationError } from 'class-validator';
import { msg, render } from '../i18n/message';
import { CATALOGUE, MessageKey } from '../i18n/messages';
import { decodeValidationMessage } from './validation-message';

/** The arguments a decorator was declared with (`@MaxLength(200)` → [200]), read back from class-validator. */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && (m.name ?? m.type) === constraint);
  return declared?.constraints ?? [];
}

/**
 * One failed constraint in the request's language: the decorator's own catalogue message when it has one,
 * otherwise the catalogue's text for the constraint (`validation.maxLength`, with the declared limit), otherwise a
 * plain "not valid". class-validator's English sentence is never shown.
 */
export function validationProblem(error: ValidationError, constraint: string, text: string, field: string): string {
  const own = decodeValidationMessage(text);
  if (own) return render(msg(own.key, { property: field, ...own.params }));
  const key = `validation.${constraint}`;
  const args = constraintArguments(error, constraint);
  const limit = args[0];
  const params = { property: field, limit: typeof limit === 'number' ? limit : String(limit ?? '') };
  return key in CATALOGUE ? render(msg(key as MessageKey, params)) : render(msg('validation.invalid', params));
}
