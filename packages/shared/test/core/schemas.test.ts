import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../../src/core/schemas/schema-registry.js';

describe('published JSON Schemas', () => {
  it.each(Object.keys(SCHEMAS))(
    'schemas/%s.schema.json matches its source of truth (run `npm run schemas`)',
    (name) => {
      const published = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
      expect(published).toEqual(JSON.parse(JSON.stringify(SCHEMAS[name])));
    },
  );
});
