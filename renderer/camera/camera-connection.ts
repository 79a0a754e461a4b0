export type CameraState = 'starting' | 'live' | 'no-camera' | 'denied' | 'lost';

/** The part of navigator.mediaDevices the camera needs (a scripted one in the reliability tests). */
export type CameraDevices = Pick<
  MediaDevices,
  'enumerateDevices' | 'getUserMedia' | 'addEventListener' | 'removeEventListener'
>;

export type CameraConnectionOptions = Readonly<{
  /** undefined where the browser offers no media devices at all (then: 'no-camera', nothing to retry). */
  devices: CameraDevices | undefined;
  /** The configured camera label: the first camera whose label contains it; the first camera when empty. */
  label: string;
  onState: (state: CameraState) => void;
  /** A live stream to show; the connection stops it when it closes. */
  onStream: (stream: MediaStream) => Promise<void> | void;
  retryMs?: number;
  /** How the last stream is released on close (default: at once); the screen defers it past its next paint. */
  release?: (stream: MediaStream) => void;
}>;

export const CAMERA_RETRY_MS = 2_000;

/**
 * Keeps the document camera (高拍仪) open for as long as a screen needs it. Recovers by itself: when the camera
 * is absent at first, refuses to open, or is unplugged mid-preview, it tries again every `retryMs` and on every
 * device change, without a restart. Returns the function that closes it.
 */
export function connectDocumentCamera(options: CameraConnectionOptions): () => void {
  const { devices, label, onState, onStream } = options;
  const retryMs = options.retryMs ?? CAMERA_RETRY_MS;
  let stream: MediaStream | null = null;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    clearTimeout(retry);
    if (!stopped) retry = setTimeout(() => void open(), retryMs);
  };

  async function open(): Promise<void> {
    if (stopped || stream || !devices) return;
    try {
      const cameras = (await devices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
      const wanted = label ? cameras.find((d) => d.label.includes(label)) : undefined;
      if (cameras.length === 0 || (label && cameras.some((d) => d.label) && !wanted)) {
        onState('no-camera');
        return schedule();
      }
      const s = await devices.getUserMedia({
        audio: false,
        video: {
          ...(wanted ? { deviceId: { exact: wanted.deviceId } } : {}),
          width: { ideal: 4096 },
          height: { ideal: 3072 },
        },
      });
      if (stopped || stream) return s.getTracks().forEach((t) => t.stop());
      stream = s;
      for (const track of s.getVideoTracks()) {
        track.addEventListener('ended', () => {
          if (stream !== s) return;
          stream = null;
          onState('lost');
          schedule();
        });
      }
      await onStream(s);
      if (!stopped && stream === s) onState('live');
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      onState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'no-camera');
      schedule();
    }
  }

  const onDeviceChange = () => void open();
  devices?.addEventListener('devicechange', onDeviceChange);
  if (devices) void open();
  else onState('no-camera');
  return () => {
    stopped = true;
    clearTimeout(retry);
    devices?.removeEventListener('devicechange', onDeviceChange);
    const released = stream;
    stream = null;
    if (released) (options.release ?? stopTracks)(released);
  };
}

function stopTracks(stream: MediaStream): void {
  stream.getTracks().forEach((t) => t.stop());
}
