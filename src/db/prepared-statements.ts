import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** At most this many statements are kept prepared on one connection; past it, statements go unnamed as before. */
export const MAX_PREPARED_PER_CONNECTION = 200;
/** How many recently sent texts are remembered while they wait for their second sending. */
export const REMEMBERED_TEXTS = 1000;

/**
 * Which texts are worth preparing, for the whole process: a text sent before (among the last REMEMBERED_TEXTS seen
 * once) gets a name derived from the text, so every connection names the same statement alike and two texts never
 * share a name.
 */
export class StatementNames {
  private readonly seenOnce = new Map<string, true>();
  private readonly names = new Map<string, string>();

  constructor(private readonly rememberedTexts = REMEMBERED_TEXTS) {}

  /**
   * The name to prepare `text` under from its second sending on, or null the first time: a one-off (a statement
   * built around its values) is not worth a statement kept on the server.
   */
  nameFor(text: string): string | null {
    const known = this.names.get(text);
    if (known) return known;
    if (!this.seenOnce.delete(text)) {
      this.remember(this.seenOnce, text, true);
      return null;
    }
    const name = `ponte_${createHash('sha256').update(text).digest('base64url').slice(0, 40)}`;
    this.remember(this.names, text, name);
    return name;
  }

  /** Both maps are bounded: the oldest entry goes first (a text forgotten is only prepared again later). */
  private remember<V>(map: Map<string, V>, text: string, value: V): void {
    if (map.size >= this.rememberedTexts) map.delete(map.keys().next().value!);
    map.set(text, value);
  }

  get size(): number {
    return this.seenOnce.size + this.names.size;
  }
}

/** One SELECT, with nothing after it: `;` would start another command (a literal holding one is simply not prepared). */
const ONE_SELECT = /^\s*SELECT\b[^;]*$/i;

function preparable(text: string, values: unknown): boolean {
  return Array.isArray(values) && (values.length > 0 || ONE_SELECT.test(text));
}

/**
 * A pg client that sends repeated parameterised statements as named (prepared) statements. PostgreSQL then parses
 * each once per connection, and after a few runs may keep a generic plan instead of planning at every run: parsing
 * and planning were a quarter of PostgreSQL's time in the load test (lock waits aside), most statements being short
 * and sent thousands of times, and 11 ms of the 37 a ranking spent in PostgreSQL. pg sends the Parse itself whenever
 * its connection has not prepared the name yet (a new connection, a Parse that failed), so a name is only ever an
 * optimisation. A statement without parameters is prepared only if it is one SELECT (a list's page without filters
 * is planned once instead of at every run); other texts without them (several commands in one text, transaction
 * control, settings) keep the simple protocol. A connection never drops a statement it prepared: past its limit it sends new texts unnamed, the
 * everyday statements being the first to repeat and the pool closing connections left idle.
 */
export function preparingClient(names: StatementNames, maxPerConnection = MAX_PREPARED_PER_CONNECTION): typeof Client {
  return class PreparingClient extends Client {
    private readonly prepared = new Set<string>();

    override query(config: any, values?: any, callback?: any): any {
      if (typeof config === 'string' && preparable(config, values)) {
        const name = this.nameFor(config);
        if (name) return super.query({ name, text: config, values }, callback);
      }
      return (super.query as (...args: unknown[]) => unknown)(config, values, callback);
    }

    private nameFor(text: string): string | null {
      const name = names.nameFor(text);
      if (!name || this.prepared.has(name)) return name;
      if (this.prepared.size >= maxPerConnection) return null;
      this.prepared.add(name);
      return name;
    }
  } as unknown as typeof Client;
}
