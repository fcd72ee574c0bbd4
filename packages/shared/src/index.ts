export const VERSION = '0.1.0';
export function hello(): string {
  return 'driftgate';
}
