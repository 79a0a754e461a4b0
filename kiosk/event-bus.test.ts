import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../api/events';
import { EventBus, type EventAudience } from './event-bus';
import { IdentityFocus } from './identity-focus';

const card: KioskEvent = {
  type: 'identity.card',
  person: {
    source: 'idcard',
    name: '陈秀英',
    gender: 'female',
    birthDate: '1958-03-15',
    idNumber: '440981195803150427',
    docKind: 'resident',
    validUntil: 'long-term',
  },
};

describe('EventBus routing', () => {
  it('sends device status to everyone and personal events to the focused session only', () => {
    const focus = new IdentityFocus();
    const bus = new EventBus(() => focus.current);
    const got: Array<[string, EventAudience]> = [];
    bus.subscribe((e, a) => got.push([e.type, a]));

    bus.emit(card); // nobody at 身份认证: a card read goes nowhere
    bus.emit({ type: 'device.status', device: 'idcard', status: 'ok' });
    focus.claim('s1');
    bus.emit(card);
    focus.release('other'); // another session's stop does not end s1's focus
    bus.emit({ type: 'scanner.scan', text: 'YBEC01.1.2.x' });
    focus.release('s1');
    bus.emit(card);

    expect(got).toEqual([
      ['device.status', { kind: 'everyone' }],
      ['identity.card', { kind: 'session', sessionId: 's1' }],
      ['scanner.scan', { kind: 'session', sessionId: 's1' }],
    ]);
  });
});
