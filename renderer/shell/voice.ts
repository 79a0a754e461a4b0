import type { Language } from '../../api/contract';

/**
 * Voice guidance through the browser's speech synthesis (Chromium and Electron both have it; a kiosk without
 * voices stays silent rather than failing). Each new instruction cancels the one still being read.
 */
export function speak(text: string, language: Language): void {
  if (typeof speechSynthesis === 'undefined' || text.trim() === '') return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language;
  utterance.rate = 0.9; // a little slower than default: many residents are elderly
  speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
