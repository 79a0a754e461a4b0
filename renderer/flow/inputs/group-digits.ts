import type { FieldKind } from '../../../flows/definition';

/** Group sizes residents read numbers in: 手机号 3-4-4, 身份证号 6-8-4, a bank account in fours. */
const GROUPS: Partial<Record<FieldKind, ReadonlyArray<number>>> = {
  phone: [3, 4, 4],
  idNumber: [6, 8, 4],
};

/** `value` cut into its groups; whatever is left after the known groups goes on in fours. */
export function groupDigits(kind: FieldKind, value: string): string[] {
  const sizes = GROUPS[kind] ?? [];
  const out: string[] = [];
  let rest = value.replace(/\s/g, '');
  for (const size of sizes) {
    if (rest === '') break;
    out.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  while (rest !== '') {
    out.push(rest.slice(0, 4));
    rest = rest.slice(4);
  }
  return out;
}
