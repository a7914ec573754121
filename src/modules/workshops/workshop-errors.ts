import { ConflictError, UserInputError } from '../../graphql/errors';
import { msg } from '../../i18n/message';
import { WorkshopProblem } from './rules/problems';

/**
 * A rule's refusal as the typed GraphQL error, its sentence from the catalogue and its code kept in
 * `extensions.reason` so clients and tests need not read the sentence.
 */
export function refuse(problem: WorkshopProblem): never {
  const message = msg(`workshops.${problem.code}`, problem.params);
  const error =
    problem.kind === 'BAD_INPUT'
      ? new UserInputError(message, problem.field)
      : new ConflictError(message, problem.field);
  error.extensions.reason = problem.code;
  throw error;
}

/** Refuses when a rule found a problem. */
export function refuseIf(problem: WorkshopProblem | null): void {
  if (problem) refuse(problem);
}
