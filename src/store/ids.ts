/**
 * Random ids from the Web Crypto API (a global in Node 20), not `node:crypto`: importing that
 * module costs ~6 ms at start-up, and `rebound list` never makes an id.
 */

/** Lower-case letters and digits without look-alikes (no i, l, o, u), so ids are easy to type. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A short random id such as `k3f9x2qa` (8 characters: 40 bits), for interviews, lessons and answers.
 *
 * @example
 * createShortId(); // 'k3f9x2qa'
 */
export function createShortId(length = 8): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return id;
}

/** An unguessable token (256 bits, URL-safe base64) for session ids. */
export function createToken(): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
}
