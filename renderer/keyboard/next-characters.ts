/**
 * 联想 after a handwritten character: the characters that follow it in the words of the pinyin table
 * (pinyin-table.data.ts, jieba frequencies), most frequent word first (广 → 州 东 告 …). Built once, on the first request,
 * from the table the pinyin keyboard already loads.
 */

export type NextCharacters = (char: string, limit?: number) => string[];

const PER_CHARACTER = 24;

export function createNextCharacters(table: Readonly<Record<string, string>>): NextCharacters {
  const scored = new Map<string, Map<string, number>>();
  for (const group of Object.values(table)) {
    for (const entry of group.split('|')) {
      for (const item of entry.slice(entry.indexOf(':') + 1).split(' ')) {
        const match = /^(\D+)(\d+)$/.exec(item);
        if (!match) continue;
        const chars = [...match[1]!];
        if (chars.length < 2) continue;
        const first = chars[0]!;
        // The character that follows, scored by the most frequent word it continues (人 → 民 from 人民).
        const rest = chars[1]!;
        const byRest = scored.get(first) ?? new Map<string, number>();
        byRest.set(rest, Math.max(byRest.get(rest) ?? 0, Number(match[2])));
        scored.set(first, byRest);
      }
    }
  }
  const ranked = new Map<string, string[]>();
  for (const [first, byRest] of scored) {
    ranked.set(
      first,
      [...byRest.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, PER_CHARACTER)
        .map(([rest]) => rest),
    );
  }
  return (char, limit = PER_CHARACTER) => (ranked.get(char) ?? []).slice(0, limit);
}
