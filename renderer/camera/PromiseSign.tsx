import { useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { businessDay } from '../../domain/business-date';
import { maskIdNumber } from '../../domain/id-number';
import type { PageRef } from '../../flows/wizard-types';
import { useKioskApi } from '../api/kiosk-context';
import { canvasToBase64Jpeg } from './use-document-camera';

const PAGE = { width: 1240, height: 1754, margin: 110 }; // A4 at 150 dpi

/**
 * 个人承诺书: the commitment text filled with the resident's details, signed with a finger on the screen. The
 * signed page is rendered to an image and stored like a photographed material.
 */
export function PromiseSign(props: {
  sessionId: string;
  name: string;
  idNumber: string;
  itemTitle: string;
  signed: boolean;
  onSigned: (page: PageRef) => void;
}) {
  const { t } = useTranslation('flow');
  const api = useKioskApi();
  const pad = useRef<HTMLCanvasElement | null>(null);
  const [strokes, setStrokes] = useState(0);
  const [saving, setSaving] = useState(false);
  const last = useRef<{ x: number; y: number } | null>(null);
  const today = businessDay(new Date());
  const body = t('promise.body', {
    name: props.name,
    id: maskIdNumber(props.idNumber),
    item: props.itemTitle,
  });

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * e.currentTarget.width,
      y: ((e.clientY - r.top) / r.height) * e.currentTarget.height,
    };
  };
  const draw = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    const ctx = e.currentTarget.getContext('2d');
    const p = point(e);
    if (ctx) {
      ctx.lineWidth = 5;
      ctx.lineCap = 'round';
      ctx.strokeStyle = '#111';
      ctx.beginPath();
      ctx.moveTo(last.current.x, last.current.y);
      ctx.lineTo(p.x, p.y);
      ctx.stroke();
    }
    last.current = p;
  };
  const clear = () => {
    pad.current?.getContext('2d')?.clearRect(0, 0, pad.current.width, pad.current.height);
    setStrokes(0);
  };

  async function confirm() {
    if (!pad.current || strokes === 0) return;
    setSaving(true);
    const page = renderPage(t('promise.title'), body, t('promise.date', { date: today }), pad.current);
    const image = await canvasToBase64Jpeg(page, 0.9);
    const r = await api.call('photo.accept', {
      sessionId: props.sessionId,
      mime: 'image/jpeg',
      kind: 'promise',
      image,
    });
    setSaving(false);
    if (r.ok && r.value.ok) props.onSigned(r.value.page);
  }

  return (
    <div className="promise">
      <article className="promise__text" data-testid="promise-text" data-speak="document">
        <h3>{t('promise.title')}</h3>
        <p>{body}</p>
        <p>{t('promise.date', { date: today })}</p>
      </article>
      {props.signed ? (
        <p className="alert alert--ok">{t('promise.signed')}</p>
      ) : (
        <>
          <p className="hint">{t('promise.signHere')}</p>
          <canvas
            ref={pad}
            width={900}
            height={260}
            className="promise__pad"
            data-testid="signature-pad"
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              last.current = point(e);
              setStrokes((n) => n + 1);
            }}
            onPointerMove={draw}
            onPointerUp={() => (last.current = null)}
          />
          <div className="choice-row">
            <button type="button" className="btn btn--secondary btn--large" onClick={clear}>
              {t('promise.clear')}
            </button>
            <button
              type="button"
              className="btn btn--primary btn--large"
              data-testid="sign-done"
              disabled={strokes === 0 || saving}
              onClick={() => void confirm()}
            >
              {t('promise.done')}
            </button>
          </div>
          {strokes === 0 && <p className="hint hint--warn">{t('promise.mustSign')}</p>}
        </>
      )}
    </div>
  );
}

/** The commitment as a printable page: title, wrapped text, date and the signature. */
function renderPage(
  title: string,
  body: string,
  date: string,
  signature: HTMLCanvasElement,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = PAGE.width;
  canvas.height = PAGE.height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, PAGE.width, PAGE.height);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.font = 'bold 64px "Noto Sans CJK SC", sans-serif';
  ctx.fillText(title, PAGE.width / 2, 220);
  ctx.textAlign = 'left';
  ctx.font = '40px "Noto Sans CJK SC", sans-serif';
  let y = 340;
  let line = '';
  for (const ch of Array.from(body)) {
    if (ctx.measureText(line + ch).width > PAGE.width - 2 * PAGE.margin) {
      ctx.fillText(line, PAGE.margin, y);
      y += 64;
      line = '';
    }
    line += ch;
  }
  ctx.fillText(line, PAGE.margin, y);
  ctx.fillText(date, PAGE.margin, y + 140);
  ctx.drawImage(signature, PAGE.margin, y + 200, 900, 260);
  return canvas;
}
