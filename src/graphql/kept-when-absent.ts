import { IsDefined, ValidateIf } from 'class-validator';

/**
 * For an update field whose column is required: absent keeps the value, while null is refused here with the field
 * named (the validator otherwise skips nulls, and the database would reject them as an internal error).
 */
export function KeptWhenAbsent(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_, value) => value !== undefined)(target, property as string);
    IsDefined({ message: '$property cannot be removed: leave it out to keep the current value' })(
      target,
      property as string,
    );
  };
}
