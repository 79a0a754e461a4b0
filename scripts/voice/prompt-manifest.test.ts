import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestOf, promptCatalogue, type PromptManifest } from './prompt-catalogue';
import { COMMITTED_MANIFEST } from './render-prompts';
import { clipHash, ESPEAK_VOICE } from './voice-engine';

const committed = JSON.parse(readFileSync(COMMITTED_MANIFEST, 'utf8')) as PromptManifest;

describe('the voice prompt manifest', () => {
  it('is fresh: every spoken string as it is now in the locale files has its clip (else run `npm run voice`)', () => {
    const now = manifestOf(promptCatalogue(), committed.encoding);
    for (const voice of ['cmn', 'yue', 'en'] as const) {
      const stale = Object.keys(now.voices[voice]).filter(
        (id) => committed.voices[voice][id] !== now.voices[voice][id],
      );
      const gone = Object.keys(committed.voices[voice]).filter((id) => !(id in now.voices[voice]));
      expect(
        { voice, stale, gone },
        'renderer/voice/prompt-manifest.json is stale: run `npm run voice`',
      ).toEqual({
        voice,
        stale: [],
        gone: [],
      });
    }
  });

  it('names a clip by what decides its sound, so a changed string is a different, missing clip', () => {
    const prompt = promptCatalogue().find(
      (p) => p.voice === 'cmn' && p.id === 'flow:steps.identity.instruction',
    );
    expect(prompt && committed.voices.cmn[prompt.id]).toBe(prompt?.hash);
    expect(clipHash(ESPEAK_VOICE.cmn.text, `${prompt?.text}。`)).not.toBe(prompt?.hash);
    expect(clipHash(ESPEAK_VOICE.yue.text, prompt?.text ?? '')).not.toBe(prompt?.hash);
  });

  it('has the three voices, each with the lead-in, every digit and letter', () => {
    for (const voice of ['cmn', 'yue', 'en'] as const) {
      const clips = committed.voices[voice];
      expect(clips['flow:result.acceptNo']).toMatch(/^[0-9a-f]{16}$/);
      for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(clips[`char:${c}`]).toBeDefined();
    }
  });
});
