import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Cursors are sealed (AES-256-GCM) so that a client sees an opaque token: the sort values inside one (a person's
 * family name, a company's name, a date) never reach URLs, browser history or proxy logs, and a cursor cannot be
 * edited to jump elsewhere in a list. The key is derived from the secret that signs the session tokens, so every
 * process of a deployment reads every other's cursors, and a new secret simply ends the old cursors.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintexts are padded to a multiple of this, so a cursor's length does not tell how long a name is. */
const PADDING_BLOCK = 64;

/** IVs drawn per batch: the system's generator is called once per this many cursors (a page seals one per row). */
const IVS_PER_DRAW = 256;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

/** A fresh random IV, taken once from a pool of random bytes that is never reused: GCM needs each IV used only once. */
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_BYTES * IVS_PER_DRAW);
    ivOffset = 0;
  }
  ivOffset += IV_BYTES;
  return ivPool.subarray(ivOffset - IV_BYTES, ivOffset);
}

const keys = new Map<string, Buffer>();

function cursorKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', secret, 'ponte', 'ponte-list-cursor-v1', 32));
    keys.set(secret, key);
  }
  return key;
}

/** A short tag of the list and order a cursor belongs to: a cursor of one order is refused by another. */
export function cursorScope(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 12);
}

export function sealCursor(secret: string, scope: string, values: unknown[]): string {
  const json = Buffer.from(JSON.stringify({ s: scope, v: values }), 'utf8');
  const padded = Buffer.alloc(Math.ceil((json.length + 1) / PADDING_BLOCK) * PADDING_BLOCK, 0x20);
  json.copy(padded);
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', cursorKey(secret), iv);
  const sealed = Buffer.concat([cipher.update(padded), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The values sealed in a cursor of this scope, or null for anything else (made up, edited, from another list). */
export function openCursor(secret: string, scope: string, cursor: string): unknown[] | null {
  if (cursor.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.length < IV_BYTES + TAG_BYTES + PADDING_BLOCK) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKey(secret), bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed = JSON.parse(plain.toString('utf8').trimEnd());
    return parsed?.s === scope && Array.isArray(parsed.v) ? parsed.v : null;
  } catch {
    return null;
  }
}
