import type { Cell } from './printable-text';

/**
 * Greedy line breaking by display width for mixed Chinese/ASCII text: CJK characters break anywhere, ASCII words
 * only at spaces (unless a word is longer than a whole line), and closing punctuation such as '，' or '。' never
 * starts a line (the character before it moves down with it), as Chinese typesetting expects.
 */

const NO_LINE_START = new Set(Array.from('，。、；：！？）》」』】〕”’…·,.;:!?)]}%'));

type Unit = { cells: Cell[]; columns: number; kind: 'space' | 'word' | 'cjk' };

function toUnits(cells: ReadonlyArray<Cell>): Unit[] {
  const units: Unit[] = [];
  let word: Cell[] = [];
  const flushWord = (): void => {
    if (word.length) units.push({ cells: word, columns: word.length, kind: 'word' });
    word = [];
  };
  for (const cell of cells) {
    if (cell.columns === 2) {
      flushWord();
      units.push({ cells: [cell], columns: 2, kind: 'cjk' });
    } else if (cell.char === ' ') {
      flushWord();
      units.push({ cells: [cell], columns: 1, kind: 'space' });
    } else {
      word.push(cell);
    }
  }
  flushWord();
  return units;
}

function trimEnd(line: Cell[]): Cell[] {
  let end = line.length;
  while (end > 0 && line[end - 1]?.char === ' ') end--;
  return line.slice(0, end);
}

const width = (line: ReadonlyArray<Cell>): number => line.reduce((n, c) => n + c.columns, 0);

/**
 * Wraps cells into lines of at most `maxColumns` columns (`nextColumns` for every line after the first, for
 * hanging indents). Always returns at least one (possibly empty) line.
 */
export function wrapCells(
  cells: ReadonlyArray<Cell>,
  firstColumns: number,
  nextColumns: number = firstColumns,
): Cell[][] {
  if (firstColumns < 2 || nextColumns < 2)
    throw new Error('a line must hold at least 2 columns (one CJK character)');
  const lines: Cell[][] = [];
  let maxColumns = firstColumns;
  let line: Cell[] = [];
  let used = 0;
  const newLine = (): void => {
    lines.push(trimEnd(line));
    line = [];
    used = 0;
    maxColumns = nextColumns;
  };

  for (const unit of toUnits(cells)) {
    if (unit.kind === 'space') {
      if (used + 1 <= maxColumns) {
        if (used > 0 || lines.length === 0) {
          line.push(...unit.cells);
          used += 1;
        }
      } else {
        newLine();
      }
      continue;
    }
    if (used + unit.columns <= maxColumns) {
      line.push(...unit.cells);
      used += unit.columns;
      continue;
    }
    if (unit.kind === 'word' && unit.columns > maxColumns) {
      // Longer than any line (a URL, a long number): split it, filling the current line first.
      for (const cell of unit.cells) {
        if (used + 1 > maxColumns) newLine();
        line.push(cell);
        used += 1;
      }
      continue;
    }
    const first = unit.cells[0];
    const carry: Cell[] = [];
    if (first && NO_LINE_START.has(first.char) && line.length > 1) {
      const last = line[line.length - 1];
      const fits = last !== undefined && last.columns + unit.columns <= maxColumns;
      if (fits && last.char !== ' ' && !NO_LINE_START.has(last.char)) carry.push(line.pop() as Cell);
    }
    newLine();
    line.push(...carry, ...unit.cells);
    used = width(line);
  }
  lines.push(trimEnd(line));
  return lines;
}
