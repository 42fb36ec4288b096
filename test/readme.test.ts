// The README's settings table is generated from src/config.ts; this keeps the two in step.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config.ts';

describe('README', () => {
  const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  it('documents every setting', () => {
    const missing = Object.keys(ConfigSchema.properties).filter((k) => !readme.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });
  it('keeps the two-command quick start', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
