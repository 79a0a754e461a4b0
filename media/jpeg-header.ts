/**
 * The frame size from a JPEG's SOF segment, read in place: the vault learns the size of every photo it stores,
 * and the kiosk's own encoder output (no EXIF, a baseline SOF right after the tables) needs no trip through
 * libvips on a worker thread for that. Returns null when the markers do not parse or an APP1 (EXIF) segment
 * could rotate the image: the caller then asks libvips, which applies the orientation.
 */
export function jpegFrameSize(jpeg: Uint8Array): { width: number; height: number } | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null;
  let i = 2;
  while (i + 4 <= jpeg.length) {
    if (jpeg[i] !== 0xff) return null;
    const marker = jpeg[i + 1] ?? 0;
    // Fill bytes (0xFF padding) before a marker.
    if (marker === 0xff) {
      i++;
      continue;
    }
    // Markers without a length: TEM, RSTn. Anything else carries a 16-bit big-endian segment length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    // EOI or SOS before a frame header: not a usable JPEG.
    if (marker === 0xd9 || marker === 0xda) return null;
    const length = ((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > jpeg.length) return null;
    if (marker === 0xe1) return null;
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (length < 8) return null;
      const height = ((jpeg[i + 5] ?? 0) << 8) | (jpeg[i + 6] ?? 0);
      const width = ((jpeg[i + 7] ?? 0) << 8) | (jpeg[i + 8] ?? 0);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    i += 2 + length;
  }
  return null;
}
