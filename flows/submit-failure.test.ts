import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../api/result';
import { resources } from '../renderer/i18n/resources';
import { reasonOfError, SUBMIT_FAILURE_REASONS, submitFailureReason } from './submit-failure';

describe('why a 确认提交 failed, as the resident is told', () => {
  it('names every KioskApi error code', () => {
    for (const code of API_ERROR_CODES) expect(SUBMIT_FAILURE_REASONS).toContain(code);
  });

  it('has plain words for every reason in zh-CN, zh-TW and en, never the bare code', () => {
    for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) {
      const texts = resources[lang].flow.confirm.submitFailed as Record<string, string>;
      expect(Object.keys(texts).sort(), lang).toEqual([...SUBMIT_FAILURE_REASONS].sort());
      for (const reason of SUBMIT_FAILURE_REASONS) {
        const text = texts[reason] ?? '';
        expect(text.length, `${lang} ${reason}`).toBeGreaterThan(10);
        // No code, no placeholder left for a code: the words are the whole message. (Some codes are English
        // words, "internal connection"; the hyphenated ones and the Chinese texts' Latin letters are checked.)
        for (const code of SUBMIT_FAILURE_REASONS.filter((c) => c.includes('-')))
          expect(text, `${lang} ${reason}`).not.toContain(code);
        expect(text, `${lang} ${reason}`).not.toContain('{{');
        if (lang !== 'en') expect(text, `${lang} ${reason}`).not.toMatch(/[A-Za-z]/);
      }
    }
  });

  it('takes the finer reason from the details, the code otherwise, and internal for anything unknown', () => {
    expect(submitFailureReason('unavailable', { reason: 'disk-full' })).toBe('disk-full');
    expect(submitFailureReason('unavailable', { reason: 'out-of-service' })).toBe('out-of-service');
    expect(submitFailureReason('unavailable', { reason: 'something-new' })).toBe('unavailable');
    expect(submitFailureReason('transport', undefined)).toBe('transport');
    expect(submitFailureReason('teapot', null)).toBe('internal');
    expect(reasonOfError(new Error('refused'))).toBe('refused');
    expect(reasonOfError(new Error('Cannot read properties of undefined'))).toBe('internal');
    expect(reasonOfError('unavailable')).toBe('internal');
  });
});
