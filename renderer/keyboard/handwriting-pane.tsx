/**
 * 手写: the resident writes one character with a finger on a large pad; after each stroke the Node side's
 * recognizer (Zinnia, offline) offers candidates; picking one appends it to the field and offers what usually
 * follows it (联想), so a place name often needs one drawing and a few taps. 删除 takes back the last stroke,
 * or the last character when the pad is empty.
 */
import { useContext, useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/languages';
import { KioskApiContext } from '../api/kiosk-context';
import { useSessionId } from '../flow/session-id';
import { clampPoint, extendStroke, startStroke, type InkStroke } from './handwriting-strokes';
import type { KeyboardLabelKey } from './keyboard.i18n';
import { followingCharacters, recognize, type HandwritingCandidate } from './use-handwriting';

export type HandwritingPaneProps = {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onDone: (value: string) => void;
  readonly maxLength?: number;
  readonly label: (key: KeyboardLabelKey) => string;
  /** Back to the pinyin keys. */
  readonly onSwitchToPinyin: () => void;
  readonly available: boolean | null;
};

/** `failed`: the Node side could not recognize just now (the helper died); pinyin still works. */
type Offer =
  { kind: 'candidates'; items: HandwritingCandidate[]; failed?: boolean } | { kind: 'next'; items: string[] };

const INK = '#000000';
const INK_WIDTH = 10;

function keepFocus(event: PointerEvent): void {
  event.preventDefault();
}

export function HandwritingPane(props: HandwritingPaneProps) {
  const { value, onChange, onDone, maxLength, label, onSwitchToPinyin, available } = props;
  const api = useContext(KioskApiContext);
  const sessionId = useSessionId();
  const { i18n } = useTranslation();
  const language = i18n.language as Language;
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [strokes, setDrawn] = useState<InkStroke[]>([]);
  // The pointer handlers need the drawing as it is now, between renders.
  const current = useRef<InkStroke[]>([]);
  const setStrokes = (next: InkStroke[]) => {
    current.current = next;
    setDrawn(next);
  };
  const [offer, setOffer] = useState<Offer>({ kind: 'next', items: [] });
  const drawing = useRef(false);
  // Answers can come back out of order; only the latest drawing's candidates are shown.
  const request = useRef(0);

  useEffect(() => {
    paint(canvasRef.current, strokes);
  }, [strokes]);

  const size = () => {
    const rect = canvasRef.current?.getBoundingClientRect();
    return {
      width: Math.max(16, Math.round(rect?.width ?? 16)),
      height: Math.max(16, Math.round(rect?.height ?? 16)),
    };
  };
  const pointOf = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const { width, height } = size();
    return clampPoint(event.clientX - rect.left, event.clientY - rect.top, width, height);
  };

  const ask = (drawn: InkStroke[]) => {
    const id = ++request.current;
    if (!api || drawn.length === 0) {
      setOffer({ kind: 'candidates', items: [] });
      return;
    }
    void recognize(api, sessionId, drawn, size(), language).then((items) => {
      if (id === request.current)
        setOffer({ kind: 'candidates', items: items ?? [], failed: items === null });
    });
  };

  const pick = (text: string, simplified: string) => {
    if (maxLength !== undefined && [...value].length + [...text].length > maxLength) return;
    onChange(value + text);
    setStrokes([]);
    const id = ++request.current;
    setOffer({ kind: 'next', items: [] });
    if (!api) return;
    const last = [...simplified].pop() ?? simplified;
    void followingCharacters(api, last, language).then((items) => {
      if (id === request.current) setOffer({ kind: 'next', items });
    });
  };

  const backspace = () => {
    if (strokes.length > 0) {
      const fewer = strokes.slice(0, -1);
      setStrokes(fewer);
      ask(fewer);
      return;
    }
    request.current++;
    setOffer({ kind: 'next', items: [] });
    onChange([...value].slice(0, -1).join(''));
  };

  const rewrite = () => {
    request.current++;
    setStrokes([]);
    setOffer({ kind: 'next', items: [] });
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    setStrokes(startStroke(current.current, pointOf(event)));
  };
  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    setStrokes(extendStroke(current.current, pointOf(event)));
  };
  const onPointerUp = () => {
    if (!drawing.current) return;
    drawing.current = false;
    ask(current.current);
  };

  const unavailable = available === false;
  return (
    <div className="osk-handwriting" data-testid="handwriting-pane">
      <div className="osk-candidates">
        <button
          type="button"
          className="osk-key osk-key-action osk-method"
          onPointerDown={keepFocus}
          onClick={onSwitchToPinyin}
        >
          {label('pinyin')}
        </button>
        {/* What the field holds so far: the docked keyboard may cover the field itself. */}
        <div className="osk-buffer osk-handwriting-value" data-testid="handwriting-value" aria-live="polite">
          {value}
        </div>
        <div
          className="osk-candidate-list"
          role="listbox"
          aria-label={label('candidates')}
          data-testid="handwriting-candidates"
        >
          {offer.kind === 'candidates' && offer.items.length === 0 && strokes.length > 0 && (
            <span className="osk-hint" role="status">
              {label(offer.failed ? 'handwritingUnavailable' : 'noCandidates')}
            </span>
          )}
          {offer.kind === 'candidates'
            ? offer.items.slice(0, 8).map((c, i) => (
                <button
                  key={`${i}${c.text}`}
                  type="button"
                  role="option"
                  aria-selected={false}
                  className="osk-key osk-candidate"
                  onPointerDown={keepFocus}
                  onClick={() => pick(c.text, c.simplified)}
                >
                  {c.text}
                </button>
              ))
            : offer.items.slice(0, 8).map((text, i) => (
                <button
                  key={`n${i}${text}`}
                  type="button"
                  role="option"
                  aria-selected={false}
                  className="osk-key osk-candidate osk-candidate-next"
                  onPointerDown={keepFocus}
                  onClick={() => pick(text, text)}
                >
                  {text}
                </button>
              ))}
        </div>
      </div>
      <div className="osk-handwriting-body">
        {unavailable ? (
          <p className="osk-handwriting-unavailable" role="status">
            {label('handwritingUnavailable')}
          </p>
        ) : (
          <div className="osk-handwriting-pad">
            <canvas
              ref={canvasRef}
              className="osk-handwriting-canvas"
              data-testid="handwriting-canvas"
              aria-label={label('writeHere')}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
            />
            {strokes.length === 0 && (
              <span className="osk-handwriting-hint" aria-hidden="true">
                {label('writeHere')}
              </span>
            )}
          </div>
        )}
        <div className="osk-handwriting-actions">
          <button
            type="button"
            className="osk-key osk-key-action"
            onPointerDown={keepFocus}
            onClick={rewrite}
          >
            {label('rewrite')}
          </button>
          <button
            type="button"
            className="osk-key osk-key-action osk-key-backspace"
            onPointerDown={keepFocus}
            onClick={backspace}
          >
            {label('backspace')}
          </button>
          <button
            type="button"
            className="osk-key osk-key-action osk-key-done"
            onPointerDown={keepFocus}
            onClick={() => onDone(value)}
          >
            {label('done')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Redraws the ink at the canvas's device-pixel size (the backing store follows the laid-out size). */
function paint(canvas: HTMLCanvasElement | null, strokes: readonly InkStroke[]): void {
  if (!canvas) return;
  const rect = canvas.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(rect.width * ratio);
  const h = Math.round(rect.height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, rect.width, rect.height);
  ctx.strokeStyle = INK;
  ctx.lineWidth = INK_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    ctx.beginPath();
    ctx.moveTo(first[0], first[1]);
    if (rest.length === 0) ctx.lineTo(first[0] + 0.1, first[1]);
    for (const [x, y] of rest) ctx.lineTo(x, y);
    ctx.stroke();
  }
}
