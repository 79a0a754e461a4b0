import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from './sharp';
import { faultPoint } from '../kiosk/fault-point';
import { open as openSealed, seal } from '../security/cipher';
import { jpegFrameSize } from './jpeg-header';
import { thumbnailFromJpeg } from './thumbnail';

/**
 * Residents' document photos at rest: one file per photo in the directory the caller gives (the kiosk's
 * data dir), AES-256-GCM sealed with security/cipher.ts. Plaintext never touches the disk, not even in a
 * temporary file: bytes are sealed in memory, written to `<id>.tmp`, fsynced, renamed into place.
 *
 * Files per photo: `<id>.photo` (the sealed JPEG, aad `photo:<id>`) and `<id>.meta` (sealed JSON with the
 * session, hash and size, aad `photo-meta:<id>`), so a blob copied under another id, or swapped with its
 * metadata, fails to open.
 *
 * Lifecycle: photos are tagged with the resident's session at put time. When the session ends without a
 * submission, removeSession(sessionId) deletes them; a submitted case calls detach(photoId) after its
 * commit so the photos outlive the session until the sync worker has uploaded them and calls remove().
 * sweep() at start-up removes whatever a crash left behind.
 */

export type StoredPhoto = Readonly<{
  id: string;
  sha256: string;
  bytes: number;
  width: number;
  height: number;
}>;

export type PhotoMeta = Readonly<{ sessionId?: string; label?: string }>;

type MetaRecord = StoredPhoto &
  Readonly<{ sessionId: string | null; label: string | null; createdAt: number }>;

export class PhotoVaultError extends Error {
  override readonly name = 'PhotoVaultError';
  constructor(
    readonly code: 'not-found' | 'not-jpeg' | 'corrupt' | 'bad-id',
    message: string,
  ) {
    super(message);
  }
}

const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PHOTO_EXT = '.photo';
const META_EXT = '.meta';

function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function isNotFound(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === 'ENOENT';
}

export type PhotoVaultOptions = Readonly<{
  /** Directory holding the sealed files; created if missing. */
  dir: string;
  /** 32-byte data key (security/cipher.ts loadOrCreateKey). */
  key: Buffer;
}>;

export class PhotoVault {
  readonly #dir: string;
  readonly #key: Buffer;
  #ready: Promise<void> | null = null;
  /**
   * Metadata this vault wrote for photos still tied to a session, with the identity of the file it wrote
   * (inode, size, mtime): info() answers from here while a stat says the file is still that one. Every
   * rewrite is a new file (temp + rename: a new inode), so another writer, a detach or a deletion is seen.
   */
  readonly #written = new Map<string, { file: FileIdentity; record: MetaRecord }>();

  constructor({ dir, key }: PhotoVaultOptions) {
    this.#dir = dir;
    this.#key = key;
  }

  /** Seals and stores a JPEG; returns its id and the SHA-256 of the JPEG bytes (what gets uploaded). */
  async put(jpeg: Buffer, meta: PhotoMeta = {}): Promise<StoredPhoto> {
    const size = await jpegSize(jpeg);
    const id = randomUUID();
    const record: MetaRecord = {
      id,
      sha256: sha256Hex(jpeg),
      bytes: jpeg.length,
      width: size.width,
      height: size.height,
      sessionId: meta.sessionId ?? null,
      label: meta.label ?? null,
      createdAt: Date.now(),
    };
    await this.#ensureDir();
    // The photo is renamed into place first: a meta file without its photo would list an unreadable photo.
    await this.#writeSealed([
      [id + PHOTO_EXT, seal(this.#key, jpeg, `photo:${id}`)],
      [id + META_EXT, this.#sealMeta(record)],
    ]);
    this.#written.set(id, {
      file: identityOf(await stat(this.#path(id + META_EXT), { bigint: true })),
      record,
    });
    return { id, sha256: record.sha256, bytes: record.bytes, width: record.width, height: record.height };
  }

  /** The JPEG bytes, authenticated (tampered, swapped or truncated files are refused). */
  async readJpeg(photoId: string): Promise<Buffer> {
    const meta = await this.#readMeta(photoId);
    let sealed: Buffer;
    try {
      sealed = await readFile(this.#path(photoId + PHOTO_EXT));
    } catch (e) {
      if (isNotFound(e)) throw new PhotoVaultError('not-found', `photo ${photoId} not found`);
      throw e;
    }
    let jpeg: Buffer;
    try {
      jpeg = openSealed(this.#key, sealed, `photo:${photoId}`);
    } catch {
      throw new PhotoVaultError('corrupt', `photo ${photoId} failed authentication`);
    }
    if (sha256Hex(jpeg) !== meta.sha256)
      throw new PhotoVaultError('corrupt', `photo ${photoId} does not match its hash`);
    return jpeg;
  }

  /**
   * Size and hash without decrypting the photo itself. This sits on the 确认提交 path once per page, so it
   * costs one synchronous stat when the metadata file is still the one this vault wrote (#written), else a
   * synchronous read and open of it (a few hundred bytes): an asynchronous read is four hops through libuv's
   * thread pool (open, stat, read, close), each a wait for a core on a busy 2-core kiosk
   * (bench/commit.bench.ts), for a read the page cache answers in microseconds.
   */
  async info(
    photoId: string,
  ): Promise<StoredPhoto & Readonly<{ sessionId: string | null; label: string | null }>> {
    const m = this.#writtenMeta(photoId) ?? this.#readMetaNow(photoId);
    return {
      id: m.id,
      sha256: m.sha256,
      bytes: m.bytes,
      width: m.width,
      height: m.height,
      sessionId: m.sessionId,
      label: m.label,
    };
  }

  /** A 320-px-wide JPEG of the stored photo, made on demand (never stored). */
  async thumbnail(photoId: string): Promise<Buffer> {
    return thumbnailFromJpeg(await this.readJpeg(photoId));
  }

  /** Deletes a photo; deleting one that is already gone is not an error (the sync worker may retry). */
  async remove(photoId: string): Promise<void> {
    assertId(photoId);
    this.#written.delete(photoId);
    // Meta last, so a crash in between leaves a listable orphan for sweep() rather than a hidden one.
    await unlinkIfPresent(this.#path(photoId + PHOTO_EXT));
    await unlinkIfPresent(this.#path(photoId + META_EXT));
  }

  /** Unties a photo from its session (its case was committed): removeSession and sweep leave it alone. */
  async detach(photoId: string): Promise<void> {
    // No longer a session's photo: no 确认提交 asks about it again, so it is not kept (#written stays small).
    this.#written.delete(photoId);
    const m = await this.#readMeta(photoId);
    if (m.sessionId !== null) await this.#writeMeta({ ...m, sessionId: null });
  }

  /**
   * Deletes every photo still tagged with the session; returns the ids removed. `isReferenced` keeps the
   * photos a committed case uses even if their detach() did not happen (it failed on a full disk).
   */
  async removeSession(
    sessionId: string,
    options: { isReferenced?: (photoId: string) => boolean } = {},
  ): Promise<string[]> {
    const removed: string[] = [];
    for (const m of await this.#listMeta()) {
      if (m.sessionId === sessionId && !(options.isReferenced?.(m.id) ?? false)) {
        await this.remove(m.id);
        removed.push(m.id);
      }
    }
    return removed;
  }

  /**
   * Removes photos left behind by abandoned sessions: tagged with a session that is not live, unless
   * `isReferenced` says a case uses it (belt and braces for a crash between a case commit and detach()).
   * Also removes unreadable metadata, photos without metadata, and stray temporary files.
   */
  async sweep(options: {
    liveSessionIds: ReadonlySet<string>;
    isReferenced?: (photoId: string) => boolean;
  }): Promise<string[]> {
    await this.#ensureDir();
    const removed: string[] = [];
    const names = await readdir(this.#dir);
    const withMeta = new Set<string>();
    for (const name of names) {
      if (name.endsWith('.tmp')) {
        await unlinkIfPresent(this.#path(name));
        continue;
      }
      if (!name.endsWith(META_EXT)) continue;
      const id = name.slice(0, -META_EXT.length);
      if (!ID_PATTERN.test(id)) continue;
      let m: MetaRecord | null = null;
      try {
        m = await this.#readMeta(id);
      } catch {
        m = null;
      }
      const orphan =
        m === null ||
        (m.sessionId !== null &&
          !options.liveSessionIds.has(m.sessionId) &&
          !(options.isReferenced?.(id) ?? false));
      if (orphan) {
        await this.remove(id);
        removed.push(id);
      } else {
        withMeta.add(id);
      }
    }
    for (const name of names) {
      if (!name.endsWith(PHOTO_EXT)) continue;
      const id = name.slice(0, -PHOTO_EXT.length);
      if (ID_PATTERN.test(id) && !withMeta.has(id) && !removed.includes(id)) {
        await unlinkIfPresent(this.#path(name));
        removed.push(id);
      }
    }
    return removed;
  }

  /** Ids of all stored photos (for diagnostics and tests). */
  async list(): Promise<string[]> {
    return (await this.#listMeta()).map((m) => m.id);
  }

  #path(name: string): string {
    return join(this.#dir, name);
  }

  #ensureDir(): Promise<void> {
    this.#ready ??= mkdir(this.#dir, { recursive: true, mode: 0o700 }).then(() => undefined);
    return this.#ready;
  }

  #sealMeta(record: MetaRecord): Buffer {
    return seal(this.#key, Buffer.from(JSON.stringify(record), 'utf8'), `photo-meta:${record.id}`);
  }

  async #writeMeta(record: MetaRecord): Promise<void> {
    await this.#writeSealed([[record.id + META_EXT, this.#sealMeta(record)]]);
  }

  /**
   * Writes already-sealed files durably: each to a temp file and fsynced (in parallel), then renamed in
   * the given order, then one fsync of the directory.
   */
  async #writeSealed(files: ReadonlyArray<readonly [name: string, sealed: Buffer]>): Promise<void> {
    const temps = files.map(
      ([name]) => [this.#path(`${name}.${randomUUID()}.tmp`), this.#path(name)] as const,
    );
    try {
      await Promise.all(
        files.map(async ([, sealed], i) => {
          const fh = await open(temps[i]?.[0] ?? '', 'wx', 0o600);
          try {
            await fh.writeFile(sealed);
            await fh.sync();
          } finally {
            await fh.close();
          }
        }),
      );
    } catch (error) {
      // A full disk (ENOSPC) fails here: no temporary file may stay behind, half-written or not.
      await Promise.all(temps.map(([tmp]) => unlinkIfPresent(tmp).catch(() => undefined)));
      throw error;
    }
    for (const [tmp, target] of temps) {
      await rename(tmp, target);
      faultPoint('photo-write');
    }
    const dh = await open(this.#dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  }

  async #readMeta(photoId: string): Promise<MetaRecord> {
    assertId(photoId);
    let sealed: Buffer;
    try {
      sealed = await readFile(this.#path(photoId + META_EXT));
    } catch (e) {
      if (isNotFound(e)) throw new PhotoVaultError('not-found', `photo ${photoId} not found`);
      throw e;
    }
    return this.#openMeta(photoId, sealed);
  }

  /** The record this vault wrote, if the metadata file is still that very file (see #written). */
  #writtenMeta(photoId: string): MetaRecord | null {
    const w = this.#written.get(photoId);
    if (!w) return null;
    let now: BigIntStats;
    try {
      now = statSync(this.#path(photoId + META_EXT), { bigint: true });
    } catch (e) {
      if (!isNotFound(e)) throw e;
      this.#written.delete(photoId);
      throw new PhotoVaultError('not-found', `photo ${photoId} not found`);
    }
    if (sameFile(identityOf(now), w.file)) return w.record;
    this.#written.delete(photoId);
    return null;
  }

  /** #readMeta without the thread pool (see info()). */
  #readMetaNow(photoId: string): MetaRecord {
    assertId(photoId);
    let sealed: Buffer;
    try {
      sealed = readFileSync(this.#path(photoId + META_EXT));
    } catch (e) {
      if (isNotFound(e)) throw new PhotoVaultError('not-found', `photo ${photoId} not found`);
      throw e;
    }
    return this.#openMeta(photoId, sealed);
  }

  #openMeta(photoId: string, sealed: Buffer): MetaRecord {
    try {
      const record = JSON.parse(
        openSealed(this.#key, sealed, `photo-meta:${photoId}`).toString('utf8'),
      ) as MetaRecord;
      if (record.id !== photoId) throw new Error('id mismatch');
      return record;
    } catch {
      throw new PhotoVaultError('corrupt', `metadata of photo ${photoId} failed authentication`);
    }
  }

  async #listMeta(): Promise<MetaRecord[]> {
    await this.#ensureDir();
    const out: MetaRecord[] = [];
    for (const name of await readdir(this.#dir)) {
      if (!name.endsWith(META_EXT)) continue;
      const id = name.slice(0, -META_EXT.length);
      if (!ID_PATTERN.test(id)) continue;
      try {
        out.push(await this.#readMeta(id));
      } catch (e) {
        // A corrupt or vanished entry is sweep()'s business, not a reason to fail a listing.
        if (!(e instanceof PhotoVaultError)) throw e;
      }
    }
    return out;
  }
}

type FileIdentity = Readonly<{ dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint }>;

function identityOf(st: BigIntStats): FileIdentity {
  return { dev: st.dev, ino: st.ino, size: st.size, mtimeNs: st.mtimeNs };
}

function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

function assertId(photoId: string): void {
  // Ids become file names: anything but a UUID could walk out of the directory.
  if (!ID_PATTERN.test(photoId)) throw new PhotoVaultError('bad-id', 'not a photo id');
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

/** Width and height (upright) from the JPEG header; refuses anything that is not a JPEG. */
async function jpegSize(jpeg: Buffer): Promise<{ width: number; height: number }> {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8)
    throw new PhotoVaultError('not-jpeg', 'not a JPEG');
  const framed = jpegFrameSize(jpeg);
  if (framed) return framed;
  try {
    const meta = await sharp(jpeg).metadata();
    if (meta.format !== 'jpeg') throw new Error(String(meta.format));
    return { width: meta.autoOrient.width, height: meta.autoOrient.height };
  } catch {
    throw new PhotoVaultError('not-jpeg', 'not a readable JPEG');
  }
}
