/**
 * After a 下一步 / 确认提交 that did not go through: brings what stopped it (the error summary, the unticked
 * box) into view and focus, and returns what to read aloud. Steps mark that element with data-attention
 * (its value, when set, is the sentence to speak; otherwise its text is). An alert is not returned: the voice
 * reads every alert as it appears, with the field problems after it (renderer/voice/use-spoken-screen.ts), and
 * saying it again here would cut those off.
 */
export function revealProblem(root: ParentNode = document): string | null {
  const target = root.querySelector<HTMLElement>('.session__body [data-attention]');
  if (!target) return null;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  if (target.getAttribute('role') === 'alert') return null;
  const said = target.dataset.attention || target.textContent || '';
  return said.trim() === '' ? null : said;
}
