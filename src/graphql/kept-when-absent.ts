import { IsDefined, ValidateIf } from 'class-validator';
import { msg } from '../i18n/message';
import { validationMessage } from './validation-message';

/**
 * For an update field whose column is required: absent keeps the value, while null is refused here with the field
 * named (the validator otherwise skips nulls, and the database would reject them as an internal error).
 */
export function KeptWhenAbsent(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_, value) => value !== undefined)(target, property as string);
    IsDefined({ message: validationMessage(msg('validation.keptWhenAbsent')) })(target, property as string);
  };
}
