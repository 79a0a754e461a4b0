import { useEffect, useRef } from 'react';

/**
 * A page's thumbnail (the JPEG data: URL the Node side returns) drawn on a canvas from a decoded ImageBitmap
 * rather than shown as an <img>. Why: every page is a new image, and Chromium's compositor keeps the decode of
 * each image it has drawn (0.3–0.6 MB for a 320-px thumbnail) in its image decode cache after the <img> is
 * gone, up to a limit of hundreds of images, so a kiosk grew with every photo taken (bench/soak.bench.ts). An
 * ImageBitmap handed to a 'bitmaprenderer' canvas belongs to that canvas and is freed with it.
 */
export function PhotoThumbnail(props: { src: string; alt: string; testId?: string }) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const { src } = props;

  useEffect(() => {
    let cancelled = false;
    const comma = src.indexOf(',');
    const binary = atob(src.slice(comma + 1));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const type = /^data:([^;,]+)/.exec(src)?.[1] ?? 'image/jpeg';
    createImageBitmap(new Blob([bytes], { type })).then(
      (bitmap) => {
        const canvas = canvasRef.current;
        const ctx = canvas?.getContext('bitmaprenderer');
        if (cancelled || !canvas || !ctx) return bitmap.close();
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        ctx.transferFromImageBitmap(bitmap);
      },
      () => undefined, // an undecodable thumbnail stays an empty frame; the page itself is in the vault
    );
    return () => {
      cancelled = true;
    };
  }, [src]);

  return (
    <canvas
      ref={canvasRef}
      className="photo-thumb"
      role="img"
      aria-label={props.alt}
      width={0}
      height={0}
      data-testid={props.testId}
    />
  );
}
