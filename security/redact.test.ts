import { describe, expect, it } from 'vitest';
import { redact, redactText } from './redact';

describe('redaction', () => {
  it('removes secrets and masks personal data by key', () => {
    const out = redact({
      paasToken: 'tok-123',
      privateKeyHex: 'abcdef',
      pinHash: 'scrypt$…',
      person: {
        certno: '440981195803150427',
        name: '陈秀英',
        phone: '13812345678',
        address: '广东省茂名市某村',
      },
      port: '/dev/ttyUSB0',
    });
    expect(out).toEqual({
      paasToken: '[secret]',
      privateKeyHex: '[secret]',
      pinHash: '[secret]',
      person: { certno: '4409**********0427', name: '陈*英', phone: '138****5678', address: '广东省***' },
      port: '/dev/ttyUSB0',
    });
  });

  it('masks ID numbers and mobile numbers inside free text', () => {
    const text = redactText('refused 440981195803150427 (tel 13812345678), case 4409022024');
    expect(text).not.toContain('440981195803150427');
    expect(text).not.toContain('13812345678');
    expect(text).toContain('4409**********0427');
    expect(text).toContain('case 4409022024');
  });
});
