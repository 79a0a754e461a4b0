import { describe, expect, it } from 'vitest';
import { DeviceHealth, ERRORS_KEPT } from './device-health';

describe('device health', () => {
  it('keeps the last status per device and only the most recent errors, newest first', () => {
    let clock = Date.parse('2026-12-01T08:00:00Z');
    const health = new DeviceHealth(() => new Date((clock += 1000)));
    health.observe({ type: 'device.status', device: 'printer', status: 'ok' });
    expect(health.view('printer')).toMatchObject({ status: 'ok', code: null, errors: [] });
    for (let i = 0; i < ERRORS_KEPT + 5; i++) health.recordError('idcard', 'timeout', `poll ${i}`);
    health.observe({ type: 'device.status', device: 'printer', status: 'error', code: 'paper-out' });
    const reader = health.view('idcard');
    expect(reader.errors).toHaveLength(ERRORS_KEPT);
    expect(reader.errors[0]?.detail).toBe(`poll ${ERRORS_KEPT + 4}`);
    expect(reader.errors.at(-1)?.detail).toBe('poll 5');
    expect(health.view('printer')).toMatchObject({
      status: 'error',
      code: 'paper-out',
      errors: [{ code: 'paper-out' }],
    });
    health.reset('printer');
    expect(health.view('printer')).toMatchObject({ status: 'unknown', errors: [{ code: 'paper-out' }] });
  });
});
