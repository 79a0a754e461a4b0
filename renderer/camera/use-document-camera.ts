import { useEffect, useRef, useState } from 'react';
import { afterPaint } from '../shell/after-paint';

export type CameraState = 'starting' | 'live' | 'no-camera' | 'denied' | 'lost';

const RETRY_MS = 2_000;

/**
 * The document camera (高拍仪) as a live stream: chosen by the configured label (the first camera when empty),
 * asked for its full resolution. Recovers by itself: when the camera is unplugged mid-preview or absent at
 * first, it tries again every two seconds and on every device change, without a restart.
 */
export function useDocumentCamera(label: string): {
  state: CameraState;
  videoRef: React.RefObject<HTMLVideoElement | null>;
} {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>('starting');

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const schedule = () => {
      clearTimeout(retry);
      if (!stopped) retry = setTimeout(() => void open(), RETRY_MS);
    };

    async function open() {
      if (stopped || stream) return;
      try {
        const devices = (await navigator.mediaDevices.enumerateDevices()).filter(
          (d) => d.kind === 'videoinput',
        );
        const wanted = label ? devices.find((d) => d.label.includes(label)) : undefined;
        if (devices.length === 0 || (label && devices.some((d) => d.label) && !wanted)) {
          setState('no-camera');
          return schedule();
        }
        const s = await navigator.mediaDevices.getUserMedia({
          audio: false,
          video: {
            ...(wanted ? { deviceId: { exact: wanted.deviceId } } : {}),
            width: { ideal: 4096 },
            height: { ideal: 3072 },
          },
        });
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        for (const track of s.getVideoTracks()) {
          track.addEventListener('ended', () => {
            stream = null;
            setState('lost');
            schedule();
          });
        }
        if (videoRef.current) {
          videoRef.current.srcObject = s;
          await videoRef.current.play().catch(() => undefined);
        }
        setState('live');
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'no-camera');
        schedule();
      }
    }

    const onDeviceChange = () => void open();
    navigator.mediaDevices?.addEventListener('devicechange', onDeviceChange);
    if (navigator.mediaDevices) void open();
    else setState('no-camera');
    return () => {
      stopped = true;
      clearTimeout(retry);
      navigator.mediaDevices?.removeEventListener('devicechange', onDeviceChange);
      // Stopping a full-resolution stream is slow: the camera is released once the next screen is painted
      // (the preview is already gone with this component, so the resident sees nothing of the wait).
      const released = stream;
      stream = null;
      if (released) void afterPaint().then(() => released.getTracks().forEach((t) => t.stop()));
    };
  }, [label]);

  return { state, videoRef };
}

/** The current video frame at the stream's full resolution, as a JPEG (base64, no data: prefix). */
export async function captureFrame(video: HTMLVideoElement): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0) throw new Error('no frame');
  ctx.drawImage(video, 0, 0);
  return canvasToBase64Jpeg(canvas, 0.92);
}

export async function canvasToBase64Jpeg(canvas: HTMLCanvasElement, quality: number): Promise<string> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new Error('encode failed');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
