/** 'YYYY-MM-DD HH:mm' in the kiosk's local time: unambiguous in every UI language. */
export function formatReceiptDateTime(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
