/** What a refusal carries for the specs: its code and the fields it names (never the whole message). */
export interface Refusal {
  code: string;
  details: Readonly<Record<string, unknown>>;
}

/** Runs `decide` and returns the domain error it throws; fails the spec when it does not refuse. */
export function refusal(decide: () => unknown): Refusal {
  try {
    decide();
  } catch (error) {
    const { code, details } = error as Refusal;
    return { code, details };
  }
  throw new Error('expected a refusal');
}
