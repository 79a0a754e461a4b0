/** Splits the candidate list into pages that fit one row of large touch targets. */

export type CandidatePage<T> = {
  readonly items: readonly T[];
  /** Index in the whole list of items[0], to pick a candidate by its absolute position. */
  readonly offset: number;
  readonly page: number;
  readonly pageCount: number;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
};

/** Clamps `page` to the existing pages, so a stale page number after new input still shows something. */
export function clampPage(total: number, page: number, pageSize: number): number {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return Math.min(Math.max(0, Math.trunc(page)), pageCount - 1);
}

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): CandidatePage<T> {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = clampPage(items.length, page, pageSize);
  const offset = current * pageSize;
  return {
    items: items.slice(offset, offset + pageSize),
    offset,
    page: current,
    pageCount,
    hasPrevious: current > 0,
    hasNext: current < pageCount - 1,
  };
}
