/** The release a CLI test compares when what it checks is not the release: service checkout, v1 against v2. */
export const CHECKOUT_V1_V2 = [
  '--service',
  'checkout',
  '--baseline-version',
  'v1',
  '--candidate-version',
  'v2',
] as const;
