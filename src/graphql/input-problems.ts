import { UserInputError } from './errors';

/** One field at fault and what is wrong with it, as `extensions.fields` lists them. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * Collects every problem of a form before answering, so that one round trip tells the operator all that needs
 * fixing: the error names the first field (`extensions.field`, as every input error does) and lists them all in
 * `extensions.fields`, in the shape formatError gives class-validator's failures.
 */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    const known = this.problems.find((problem) => problem.field === field);
    if (known) known.messages.push(message);
    else this.problems.push({ field, messages: [message] });
  }

  /** Runs a check that throws a UserInputError and keeps its problem instead; other errors pass. */
  async collect(check: () => Promise<void> | void): Promise<void> {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      const fields = (error.extensions.fields as FieldProblem[] | undefined) ?? [
        { field: String(error.extensions.field), messages: [error.message] },
      ];
      for (const problem of fields) for (const message of problem.messages) this.add(problem.field, message);
    }
  }

  throwIfAny(): void {
    const [first] = this.problems;
    if (!first) return;
    const error = new UserInputError(first.messages[0], first.field);
    Object.assign(error.extensions, { fields: this.problems });
    throw error;
  }
}
