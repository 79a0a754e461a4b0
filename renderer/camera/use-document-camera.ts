import { useEffect, useRef, useState } from 'react';
import { afterPaint } from '../shell/after-paint';
import { connectDocumentCamera, type CameraState } from './camera-connection';

export type { CameraState } from './camera-connection';

/**
 * The document camera (高拍仪) as a live stream in a <video>: chosen by the configured label (the first camera
 * when empty), asked for its full resolution, and reconnected by itself (camera-connection.ts) when it is
 * absent at first or unplugged mid-preview, without a restart.
 */
export function useDocumentCamera(label: string): {
  state: CameraState;
  videoRef: React.RefObject<HTMLVideoElement | null>;
} {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>('starting');

  useEffect(() => {
    let close: (() => void) | null = null;
    let left = false;
    // The camera opens once this screen is painted: starting a full-resolution stream (device enumeration,
    // the capture device, the first frames into the <video>) competes with the frame that shows the new
    // screen's heading, and the preview says '…' for the few ms it waits anyway.
    void afterPaint().then(() => {
      if (left) return;
      close = connectDocumentCamera({
        // Undefined outside a secure context, whatever lib.dom says: the connection then reports 'no-camera'.
        devices: navigator.mediaDevices,
        label,
        onState: setState,
        onStream: async (stream) => {
          if (videoRef.current) {
            videoRef.current.srcObject = stream;
            await videoRef.current.play().catch(() => undefined);
          }
        },
        // Stopping a full-resolution stream is slow: the camera is released once the next screen is painted
        // (the preview is already gone with this component, so the resident sees nothing of the wait).
        release: (stream) => void afterPaint().then(() => stream.getTracks().forEach((t) => t.stop())),
      });
    });
    return () => {
      left = true;
      close?.();
    };
  }, [label]);

  return { state, videoRef };
}

/**
 * The current video frame at the stream's full resolution, as a JPEG (base64, no data: prefix).
 *
 * Why not `drawImage(video)`: Chromium draws a video onto a 2D canvas as a lazily decoded image with a new id
 * per frame, and its canvas image decode cache keeps every such decode (one full frame, 4.9 MB at 1280×960,
 * 50 MB at 12 MP) as discardable memory long after the canvas is gone; createImageBitmap(video) does the same.
 * Over a soak that was the renderer's +385 MB (bench/soak.bench.ts). Copying the frame's pixels out
 * (WebCodecs VideoFrame.copyTo, converted to RGBA) and putting them on the canvas goes through no such cache.
 */
export async function captureFrame(video: HTMLVideoElement): Promise<string> {
  if (video.videoWidth === 0) throw new Error('no frame');
  const frame = new VideoFrame(video);
  let pixels: ImageData;
  try {
    const rect = frame.visibleRect;
    if (!rect || rect.width === 0) throw new Error('no frame');
    const rgba = new Uint8ClampedArray(rect.width * rect.height * 4);
    await frame.copyTo(rgba, { format: 'RGBA', colorSpace: 'srgb' });
    pixels = new ImageData(rgba, rect.width, rect.height);
  } finally {
    frame.close();
  }
  const canvas = document.createElement('canvas');
  canvas.width = pixels.width;
  canvas.height = pixels.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no frame');
  ctx.putImageData(pixels, 0, 0);
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
