import { UserInputError } from '../../graphql/errors';
import { msg } from '../../i18n/message';

/**
 * The ambiti Ponte serves, by their official numbers: the one list the code uses (the `ambito` table holds the same
 * rows, loaded by the reference-data migration; a test keeps the two equal).
 */
export const SERVICE_AMBITI = [1, 3] as const;

export type ServiceAmbito = (typeof SERVICE_AMBITI)[number];

export const SERVICE_AMBITI_TEXT = SERVICE_AMBITI.join(', ');

export function isServiceAmbito(value: number): value is ServiceAmbito {
  return (SERVICE_AMBITI as readonly number[]).includes(value);
}

/** Refuses a number that is not one of the service's ambiti, naming the argument at fault. */
export function checkServiceAmbito(value: number, field: string): void {
  if (!isServiceAmbito(value))
    throw new UserInputError(msg('territory.ambito', { ambiti: SERVICE_AMBITI_TEXT }), field);
}
