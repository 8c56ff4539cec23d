import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the password it hashed and rejects another', async () => {
    const stored = await hashPassword('a long passphrase');
    expect(await verifyPassword('a long passphrase', stored)).toBe(true);
    expect(await verifyPassword('a long passphrasE', stored)).toBe(false);
  });

  it('salts every hash, so the same password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same'), hashPassword('same')]);
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$')).toBe(true);
  });

  it.each(['', 'plain', 'scrypt$1$2$3$abc', 'bcrypt$a$b$c$d$e'])(
    'rejects a malformed stored hash %j',
    async (stored) => {
      expect(await verifyPassword('x', stored)).toBe(false);
    },
  );
});
