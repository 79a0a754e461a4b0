import { join } from 'node:path';
import { KioskApiError } from '../../api/result';
import type { Settings } from '../../config/settings-schema';
import { acceptPhoto } from '../../media/accept-photo';
import { DEFAULT_ENCODE_OPTIONS, encodeDocument } from '../../media/encode-document';
import { PhotoVault } from '../../media/photo-vault';
import { jpegDataUrl, thumbnailFromJpeg } from '../../media/thumbnail';
import type { SessionRegistry } from '../session-registry';

export type PhotoAcceptResult =
  | {
      ok: true;
      page: { photoId: string; sha256: string; thumbnail: string };
      width: number;
      height: number;
      bytes: number;
    }
  | { ok: false; problem: 'too-dark' | 'overexposed' | 'blurred' | 'blank' | 'unreadable' };

/**
 * Pages of the camera step: checked, compressed, sealed in the vault under the session. A session's photos are
 * removed when it ends unless a committed case took them (detach), and start-up sweeps what a crash left.
 */
export class PhotoService {
  readonly vault: PhotoVault;
  readonly #settings: Settings;
  readonly #isReferenced: (photoId: string) => boolean;

  /** `isReferenced`: whether a committed case uses the photo (kept at session end even if not detached). */
  constructor(
    settings: Settings,
    key: Buffer,
    sessions: SessionRegistry,
    isReferenced?: (photoId: string) => boolean,
  ) {
    this.#settings = settings;
    this.#isReferenced = isReferenced ?? (() => false);
    this.vault = new PhotoVault({ dir: join(settings.dataDir, 'photos'), key });
    sessions.onEnd(async (sessionId) => {
      await this.vault.removeSession(sessionId, isReferenced ? { isReferenced } : {});
    });
  }

  async accept(
    sessionId: string,
    imageBase64: string,
    kind: 'camera' | 'promise',
  ): Promise<PhotoAcceptResult> {
    const bytes = Buffer.from(imageBase64, 'base64');
    if (kind === 'promise') {
      // Rendered by the kiosk itself (a white page with text and a signature): no camera checks apply.
      // The thumbnail is made from the page as sent while the page is encoded (the same picture, uncropped),
      // so only the vault's sealed write follows the encode.
      const thumbJpeg = thumbnailFromJpeg(bytes);
      thumbJpeg.catch(() => undefined); // awaited below; a page that is no image is refused first
      const encoded = await encodeDocument({ kind: 'encoded', bytes }, null, DEFAULT_ENCODE_OPTIONS).catch(
        () => {
          throw new KioskApiError('bad-request', 'promise page is not an image');
        },
      );
      const [photo, thumb] = await Promise.all([
        this.vault.put(encoded.jpeg, { sessionId, label: 'promise' }),
        thumbJpeg.catch(() => {
          throw new KioskApiError('bad-request', 'promise page is not an image');
        }),
      ]);
      const thumbnail = jpegDataUrl(thumb);
      return {
        ok: true,
        page: { photoId: photo.id, sha256: photo.sha256, thumbnail },
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes,
      };
    }
    const result = await acceptPhoto(this.vault, bytes, {
      sessionId,
      thresholds: this.#settings.devices.camera.quality,
    });
    if (!result.ok) return { ok: false, problem: result.problem };
    const { photo } = result;
    return {
      ok: true,
      page: { photoId: photo.id, sha256: photo.sha256, thumbnail: result.thumbnail },
      width: photo.width,
      height: photo.height,
      bytes: photo.bytes,
    };
  }

  /**
   * Only a photo of this session may be discarded; anything else is refused without saying why. A page a
   * committed case took is the case's, even while its detach is still being written.
   */
  async discard(sessionId: string, photoId: string): Promise<void> {
    const info = await this.vault.info(photoId).catch(() => null);
    if (!info || info.sessionId !== sessionId || this.#isReferenced(photoId))
      throw new KioskApiError('not-found', 'no such photo in this session');
    await this.vault.remove(photoId);
  }
}
