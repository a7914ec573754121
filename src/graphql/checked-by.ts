import { registerDecorator, ValidationArguments } from 'class-validator';
import { Message, msg } from '../i18n/message';
import { validationMessage } from './validation-message';

type Check = (value: string) => { valid: true } | { valid: false; message: Message };

/**
 * Turns a pure identifier check (codice fiscale, partita IVA) into a class-validator decorator whose message is the
 * check's own explanation, so the person at the keyboard learns what is wrong, not just that something is.
 */
export function CheckedBy(check: Check): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: check.name,
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && check(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          if (typeof args?.value !== 'string') return validationMessage(msg('validation.isString'));
          const result = check(args.value);
          return result.valid ? '' : validationMessage(result.message);
        },
      },
    });
  };
}
