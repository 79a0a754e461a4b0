/**
 * The KioskApi side of the handwriting pane: whether the recognizer is installed (asked once per page load),
 * recognition of a drawing, and what usually follows a character, in the language's script.
 */
import { useContext, useEffect, useState } from 'react';
import type { KioskApi } from '../../api/kiosk-api';
import type { Language } from '../../api/languages';
import { KioskApiContext } from '../api/kiosk-context';
import { createNextCharacters, type NextCharacters } from './next-characters';
import type { InkStroke } from './handwriting-strokes';

export type HandwritingCandidate = Readonly<{ text: string; simplified: string }>;

let status: Promise<boolean> | null = null;
/** The answer once it came, so a keyboard opened later starts with it (no 手写 key shown, then taken away). */
let known: boolean | null = null;

/** Asks the Node side once per page load whether the recognizer is installed (false on any failure). */
export function handwritingStatus(api: KioskApi): Promise<boolean> {
  status ??= api.call('input.handwriting', {}).then(
    (r) => (known = r.ok && r.value.available),
    () => (known = false),
  );
  return status;
}

/**
 * `offered`: there is a KioskApi to recognize with (not in a bare component test). `available`: null while
 * asking, false when the Node side has no recognizer (the keyboard then offers no 手写 at all).
 */
export function useHandwritingAvailable(): { offered: boolean; available: boolean | null } {
  const api = useContext(KioskApiContext);
  const [available, setAvailable] = useState<boolean | null>(api ? known : false);
  useEffect(() => {
    if (!api) return undefined;
    let live = true;
    handwritingStatus(api).then(
      (a) => live && setAvailable(a),
      () => live && setAvailable(false),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return { offered: api !== null, available };
}

export async function recognize(
  api: KioskApi,
  sessionId: string,
  strokes: readonly InkStroke[],
  size: { width: number; height: number },
  language: Language,
): Promise<HandwritingCandidate[] | null> {
  const result = await api.call('input.recognize', {
    sessionId,
    strokes: strokes.map((stroke) => stroke.map(([x, y]): [number, number] => [x, y])),
    width: size.width,
    height: size.height,
    language,
    limit: 10,
  });
  return result.ok ? result.value.candidates : null;
}

let next: Promise<NextCharacters> | null = null;

/** What usually follows `simplified`, converted for zh-TW by the Node side; [] when nothing is known. */
export async function followingCharacters(
  api: KioskApi,
  simplified: string,
  language: Language,
): Promise<string[]> {
  next ??= import('./pinyin-table.data').then(
    (m) => createNextCharacters(m.PINYIN_TABLE),
    (error: unknown) => {
      next = null; // a chunk that failed to load once is tried again next time
      throw error;
    },
  );
  const texts = (await next)(simplified, 10);
  if (language !== 'zh-TW' || texts.length === 0) return texts;
  const converted = await api.call('input.convertScript', { texts, language });
  return converted.ok ? converted.value.texts : texts;
}
