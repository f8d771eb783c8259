import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, openExternalPage } from '../../src/main/core/external-links';

describe('opening web pages', () => {
  it.each([
    ['https://dent.giga.store/#/api', true],
    ['https://docs.giga.store/api/api-authentification', true],
    ['http://dent.giga.store/', false],
    ['https://dent.giga.store.evil.example/', false],
    ['https://user:pass@dent.giga.store/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });

  it('opens a page by its name, never a URL from the renderer', async () => {
    const opened: string[] = [];
    await openExternalPage('gigastore-portal', async (url) => void opened.push(url));
    expect(opened).toEqual(['https://dent.giga.store/#/api']);
    await expect(openExternalPage('gigastore-docs', undefined)).rejects.toThrow(
      'Opening web pages is not available here.',
    );
  });
});
