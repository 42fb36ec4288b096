import { describe, expect, it } from 'vitest';
import { aidClasses, applyAidMode, NO_AID, parseAid, safeBackPath, serializeAid } from './reading-aid.ts';

describe('safeBackPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeBackPath('/zwgk/tzgg?page=2')).toBe('/zwgk/tzgg?page=2');
    expect(safeBackPath('/')).toBe('/');
  });

  it('sends anything that could leave the site to the home page', () => {
    for (const bad of [
      'https://evil.example/',
      'http://evil.example/x',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '',
      undefined,
    ])
      expect(safeBackPath(bad)).toBe('/');
  });

  it('drops a fragment and resolves dot segments without leaving the site', () => {
    expect(safeBackPath('/a/../b#top')).toBe('/b');
    expect(safeBackPath('/../../etc')).toBe('/etc');
  });
});

describe('reading-aid state', () => {
  it('reads only well-formed cookie values', () => {
    expect(parseAid('2cs')).toEqual({ text: 2, contrast: true, spacing: true });
    expect(parseAid('1s')).toEqual({ text: 1, contrast: false, spacing: true });
    expect(parseAid('3')).toEqual(NO_AID);
    expect(parseAid('1"><script>')).toEqual(NO_AID);
  });

  it('sets the text step, toggles contrast and spacing, and resets everything', () => {
    const large = applyAidMode(NO_AID, 'large');
    expect(serializeAid(large)).toBe('1');
    const contrast = applyAidMode(large, 'contrast');
    expect(serializeAid(contrast)).toBe('1c');
    expect(serializeAid(applyAidMode(contrast, 'contrast'))).toBe('1');
    expect(serializeAid(applyAidMode(contrast, 'larger'))).toBe('2c');
    expect(serializeAid(applyAidMode(contrast, 'reset'))).toBeNull();
    expect(aidClasses({ text: 2, contrast: true, spacing: true })).toEqual([
      'aid-text-2',
      'aid-contrast',
      'aid-spacing',
    ]);
  });
});
