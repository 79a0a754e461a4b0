/** A file-name-safe UTC time stamp: 20261201T112233Z. */
export function fileStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
