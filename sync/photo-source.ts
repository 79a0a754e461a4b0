/**
 * Where the sync worker gets the JPEG bytes of a photographed page, and how retention removes them.
 * Production: encrypted files on disk (implemented elsewhere). Tests: MemoryPhotoSource.
 */
export type PhotoSource = {
  /** The JPEG bytes; rejects when the photo does not exist (any more). */
  readJpeg(photoId: string): Promise<Buffer>;
  /** Removes the photo; resolves also when it was already gone. */
  remove(photoId: string): Promise<void>;
};

/** In-memory PhotoSource for tests and benchmarks. */
export class MemoryPhotoSource implements PhotoSource {
  readonly photos = new Map<string, Buffer>();

  put(photoId: string, jpeg: Buffer): void {
    this.photos.set(photoId, jpeg);
  }

  async readJpeg(photoId: string): Promise<Buffer> {
    const p = this.photos.get(photoId);
    if (!p) throw new Error(`no photo ${photoId}`);
    return p;
  }

  async remove(photoId: string): Promise<void> {
    this.photos.delete(photoId);
  }
}
