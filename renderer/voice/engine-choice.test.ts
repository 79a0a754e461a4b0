import { describe, expect, it } from 'vitest';
import { betterOsVoice, osVoiceFor, type OsVoice } from './engine-choice';

const espeakZh: OsVoice = { name: 'eSpeak Chinese (Mandarin)', lang: 'zh-CN', localService: true };
const huihui: OsVoice = {
  name: 'Microsoft Huihui - Chinese (Simplified, PRC)',
  lang: 'zh-CN',
  localService: true,
};
const tracy: OsVoice = {
  name: 'Microsoft Tracy - Chinese (Traditional, Hong Kong S.A.R.)',
  lang: 'zh-HK',
  localService: true,
};
const googleOnline: OsVoice = { name: 'Google 普通话（中国大陆）', lang: 'zh-CN', localService: false };
const david: OsVoice = {
  name: 'Microsoft David - English (United States)',
  lang: 'en_US',
  localService: true,
};

describe('which engine speaks', () => {
  it('with no OS voice at all (Chromium and Electron on Linux): the clips, and nothing for names', () => {
    for (const voice of ['cmn', 'yue', 'en'] as const) {
      expect(betterOsVoice([], voice)).toBeUndefined();
      expect(osVoiceFor([], voice)).toBeUndefined();
    }
  });

  it('an espeak-ng OS voice is no better than the clips, but reads what has no clip', () => {
    expect(betterOsVoice([espeakZh], 'cmn')).toBeUndefined();
    expect(osVoiceFor([espeakZh], 'cmn')).toBe(espeakZh);
  });

  it('a local voice of another engine for the language is better and reads everything', () => {
    expect(betterOsVoice([espeakZh, huihui], 'cmn')).toBe(huihui);
    expect(betterOsVoice([david], 'en')).toBe(david);
  });

  it('an online voice is not better: it goes quiet with the network', () => {
    expect(betterOsVoice([googleOnline], 'cmn')).toBeUndefined();
  });

  it('a Hong Kong voice is Cantonese, not Mandarin, and a Mandarin voice is not Cantonese', () => {
    expect(osVoiceFor([tracy], 'cmn')).toBeUndefined();
    expect(betterOsVoice([tracy, huihui], 'yue')).toBe(tracy);
    expect(osVoiceFor([huihui], 'yue')).toBeUndefined();
  });
});
