/**
 * Loads the pinyin table (~1.7 MB of text) on demand as its own chunk, so the first screen does not wait for it;
 * `preloadPinyinDictionary()` can warm it while the kiosk is idle.
 */
import { useEffect, useState } from 'react';
import { createPinyinDictionary, type PinyinDictionary } from './pinyin-dictionary';

let loaded: PinyinDictionary | null = null;
let loading: Promise<PinyinDictionary> | null = null;

export function preloadPinyinDictionary(): Promise<PinyinDictionary> {
  loading ??= import('./pinyin-table.data').then(
    (module) => (loaded = createPinyinDictionary(module.PINYIN_TABLE)),
    (error: unknown) => {
      // Let the next keyboard try again (e.g. a chunk read failing once); letters still collect meanwhile.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The dictionary once loaded, null before (and when `enabled` is false, nothing is loaded). */
export function usePinyinDictionary(enabled: boolean): PinyinDictionary | null {
  const [dictionary, setDictionary] = useState<PinyinDictionary | null>(loaded);
  useEffect(() => {
    if (!enabled || dictionary) return undefined;
    let live = true;
    preloadPinyinDictionary().then(
      (d) => live && setDictionary(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, dictionary]);
  return dictionary;
}
