import { describe, expect, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { createSm4Cipher } from '../crypto/sm.ts';
import { publicBaseUrl, publicLink, publicUrlWarning } from './public-url.ts';

const deps = (PUBLIC_URL: string) => ({
  config: testConfig({ PUBLIC_URL }),
  cipher: createSm4Cipher('0123456789abcdeffedcba9876543210'),
  now: () => new Date(),
});

describe('the address official output carries', () => {
  it('is PUBLIC_URL when configured, whatever host the request named', () => {
    const ctx = { deps: deps('https://lyj.henan.gov.cn/'), origin: 'http://127.0.0.1:3000' };
    expect(publicBaseUrl(ctx)).toBe('https://lyj.henan.gov.cn');
    expect(publicLink(ctx, '/services/track')).toBe('https://lyj.henan.gov.cn/services/track');
  });

  it('is the address the request came in on when PUBLIC_URL is unset', () => {
    const ctx = { deps: deps(''), origin: 'https://192.0.2.7:8443' };
    expect(publicLink(ctx, '/certificates/verify?no=1')).toBe(
      'https://192.0.2.7:8443/certificates/verify?no=1',
    );
  });

  it('is none outside a request (a job): the path alone, never localhost', () => {
    const ctx = { deps: deps('') };
    expect(publicBaseUrl(ctx)).toBeNull();
    expect(publicLink(ctx, '/services/track')).toBe('/services/track');
  });

  it('warns at start-up only when documents made by jobs will carry no address', () => {
    expect(publicUrlWarning(testConfig({ PUBLIC_URL: '' }))).toContain('定时任务生成的邮件和文书不带网址');
    expect(publicUrlWarning(testConfig({ PUBLIC_URL: 'https://lyj.henan.gov.cn' }))).toBeNull();
  });
});
