import { createHash } from 'node:crypto';
import type { PhotoVault, StoredPhoto } from '../../media/photo-vault';

/**
 * Distinct JPEGs from one photographed page: the same image with a JPEG comment (COM segment) naming `tag`
 * right after the start-of-image marker, so every page has its own bytes and hash at the page's size
 * without encoding thousands of images.
 */
export function variantOf(page: Buffer, tag: string): Buffer {
  const text = Buffer.from(`zizhu bench page ${tag}`, 'utf8');
  const len = Buffer.alloc(2);
  len.writeUInt16BE(text.length + 2);
  return Buffer.concat([page.subarray(0, 2), Buffer.from([0xff, 0xfe]), len, text, page.subarray(2)]);
}

export type SealedPage = StoredPhoto & Readonly<{ jpeg: Buffer }>;

/** Seals `count` distinct variants of the given pages into the vault (as the camera step stores them). */
export async function sealPages(
  vault: PhotoVault,
  pages: ReadonlyArray<Buffer>,
  count: number,
): Promise<Array<SealedPage>> {
  const out: Array<SealedPage> = [];
  for (let i = 0; i < count; i++) {
    const jpeg = variantOf(pages[i % pages.length] as Buffer, String(i));
    const stored = await vault.put(jpeg);
    if (stored.sha256 !== createHash('sha256').update(jpeg).digest('hex'))
      throw new Error('bench: vault hash');
    out.push({ ...stored, jpeg });
  }
  return out;
}
