/**
 * Address context: right after a number residents write a unit (88号, 3栋, 502室, 12层), so those words move to the
 * front of the candidates when the field ends in a digit ("hao" then offers 号 before 好).
 */
import type { PinyinCandidate } from './pinyin-dictionary';

const UNITS: ReadonlySet<string> = new Set([
  '号',
  '栋',
  '幢',
  '座',
  '楼',
  '层',
  '室',
  '房',
  '户',
  '单元',
  '号楼',
  '号院',
  '弄',
  '巷',
  '组',
  '队',
  '期',
  '排',
  '街',
  '路',
  '村',
]);

export function endsWithDigit(value: string): boolean {
  return /[0-9０-９]$/.test(value);
}

/** Stable: units first in their original order, then everything else in its original order. */
export function preferUnitsAfterNumber(
  candidates: readonly PinyinCandidate[],
  value: string,
): readonly PinyinCandidate[] {
  if (!endsWithDigit(value)) return candidates;
  const units = candidates.filter((c) => UNITS.has(c.text));
  if (units.length === 0) return candidates;
  return [...units, ...candidates.filter((c) => !UNITS.has(c.text))];
}
