import { registerDecorator, ValidationArguments } from 'class-validator';

type Check = (value: string) => { valid: true } | { valid: false; message: string };

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
          if (typeof args?.value !== 'string') return `${args?.property} must be a string`;
          const result = check(args.value);
          return result.valid ? '' : result.message;
        },
      },
    });
  };
}
