import { Message, render } from '../i18n/message';
import { LocalizedError, UserInputError } from './errors';

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
  private readonly problems: Array<{ field: string; messages: Message[] }> = [];

  add(field: string, message: Message): void {
    const known = this.problems.find((problem) => problem.field === field);
    if (known) known.messages.push(message);
    else this.problems.push({ field, messages: [message] });
  }

  /** Runs a check that throws a UserInputError and keeps its problem instead; other errors pass. */
  async collect(check: () => Promise<void> | void): Promise<void> {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof UserInputError) || error.extensions.fields) throw error;
      this.add(String(error.extensions.field), (error as LocalizedError).localized);
    }
  }

  throwIfAny(): void {
    const [first] = this.problems;
    if (!first) return;
    const error = new UserInputError(first.messages[0], first.field);
    // Rendered here, in the request's language, as formatError renders class-validator's.
    const fields: FieldProblem[] = this.problems.map(({ field, messages }) => ({
      field,
      messages: messages.map((message) => render(message)),
    }));
    Object.assign(error.extensions, { fields });
    throw error;
  }
}
