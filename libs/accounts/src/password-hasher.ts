import * as argon2 from 'argon2';

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane): about 25 ms a hash here, slow
 * enough to make guessing expensive, fast enough for sign-in and seeding dozens of accounts. The PHC
 * string records the parameters, so raising them later still verifies old hashes.
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

/** False for a wrong password and for a hash that cannot be read (never throws on bad input). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(passwordHash, password);
  } catch {
    return false;
  }
}

let timingHash: Promise<string> | undefined;

/**
 * Spends the time of one verification when the username is unknown, so the answer's timing does not
 * tell which usernames exist.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  timingHash ??= hashPassword('dti-hue: no such account, equal timing');
  await verifyPassword(await timingHash, password);
  return false;
}
