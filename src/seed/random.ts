import { Faker, base, it } from '@faker-js/faker';

/**
 * Seeded randomness for the demo data. Every generator draws from its own stream (seed + stream number), so the
 * people generated for a seed stay the same whatever number of employers or openings is asked for, and the same
 * seed always gives the same rows, IDs included.
 */
export class SeededRandom {
  readonly faker: Faker;

  constructor(seed: number, stream: number) {
    this.faker = new Faker({ locale: [it, base] });
    this.faker.seed([seed, stream]);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.faker.number.float();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  weightedItem<T>(items: readonly T[], weightOf: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weightOf(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weightOf(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** Keeps each item with the given probability. */
  some<T>(items: readonly T[], probability: number): T[] {
    return items.filter(() => this.chance(probability));
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  /** A version-4-shaped UUID from the seeded stream (crypto.randomUUID would differ on every run). */
  uuid(): string {
    return this.faker.string.uuid();
  }
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: whole-day arithmetic with no time zone in the way. */
export type Day = number;

export function toDay(isoDate: string): Day {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on that day, `minuteOfDay` minutes after midnight UTC. */
export function instant(day: Day, minuteOfDay: number): string {
  return new Date(day * DAY_MS + minuteOfDay * 60_000).toISOString();
}

/** A minute within office hours in Italy (08:30–17:30 local, written as UTC in winter time). */
export function officeMinute(random: SeededRandom): number {
  return random.int(7 * 60 + 30, 16 * 60 + 30);
}

/** Lower-case ASCII letters only, for e-mail addresses and domains ("D'Angelo" → "dangelo"). */
export function asciiSlug(text: string, separator: '' | '-' = ''): string {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return words.join(separator);
}
