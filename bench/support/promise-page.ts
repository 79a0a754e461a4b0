import sharp from 'sharp';

/**
 * A stand-in for the 承诺书 page the renderer draws and sends (renderer/camera/PromiseSign.tsx: a white A4 page
 * at 150 dpi, 1240×1754, with the promise text and the resident's signature, as a JPEG at quality 0.9).
 */
export async function renderPromisePage(): Promise<Buffer> {
  const lines = Array.from(
    { length: 14 },
    (_, i) =>
      `<text x="110" y="${260 + i * 52}" font-size="30" fill="#111">本人承诺所提交的材料真实、准确、完整，第 ${i + 1} 条。</text>`,
  ).join('');
  const signature =
    '<path d="M700 1500 C 760 1420, 820 1580, 880 1490 S 1000 1450, 1060 1530" stroke="#000" stroke-width="6" fill="none"/>';
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754">' +
    '<rect width="1240" height="1754" fill="#fff"/>' +
    '<text x="620" y="170" font-size="48" font-weight="700" text-anchor="middle" fill="#111">承诺书</text>' +
    `${lines}${signature}</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}
