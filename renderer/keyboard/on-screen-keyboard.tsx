/**
 * On-screen keyboard for the touch-only kiosk (no physical keyboard, no OS input method). Controlled: the form
 * owns `value`; the keyboard appends and deletes at the end and reports every change through `onChange`.
 * All behaviour lives in keyboard-state.ts; this component only draws keys and forwards presses.
 */
import { useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_NAMESPACE, type KeyboardLabelKey } from './keyboard.i18n';
import type { KeyboardMode, KeyRejection } from './keyboard-mode';
import {
  INITIAL_KEYBOARD_STATE,
  canType,
  candidatePage,
  reduceKeyboard,
  type KeyboardAction,
  type KeyboardContext,
  type KeyboardState,
} from './keyboard-state';
import { layoutFor, type KeyAction, type KeySpec } from './layouts';
import { HandwritingPane } from './handwriting-pane';
import { useHandwritingAvailable } from './use-handwriting';
import { usePinyinDictionary } from './use-pinyin-dictionary';
import './keyboard.css';

export type OnScreenKeyboardProps = {
  readonly mode: KeyboardMode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** 完成 pressed; gets the final value (pending pinyin converted), which `value` may not show yet. */
  readonly onDone: (value: string) => void;
  /** In characters; idNumber mode is capped at 18 regardless. */
  readonly maxLength?: number;
  /** Overrides of the translated labels, e.g. `{ done: t('next') }` for a field that moves on. */
  readonly labels?: Partial<Record<KeyboardLabelKey, string>>;
  /** Pinyin candidates per page; each is a ≥60 px touch target. */
  readonly candidatesPerPage?: number;
  /** A key press that changed nothing (field full, X before the 18th digit …), for sound or voice feedback. */
  readonly onReject?: (reason: KeyRejection) => void;
};

const ACTION_LABEL: Readonly<Record<Exclude<KeyAction, 'toggle-latin'>, KeyboardLabelKey>> = {
  backspace: 'backspace',
  clear: 'clear',
  space: 'space',
  done: 'done',
};

const REFUSAL_LABEL: Readonly<Record<KeyRejection, KeyboardLabelKey>> = {
  'max-length': 'refusedMaxLength',
  'not-allowed': 'refusedNotAllowed',
  'x-not-last': 'refusedXNotLast',
  'pinyin-too-long': 'refusedPinyinTooLong',
};

/** Keeps focus (and the caret) in the form field: pressing a key must not blur the input it types into. */
function keepFocus(event: PointerEvent): void {
  event.preventDefault();
}

export function OnScreenKeyboard(props: OnScreenKeyboardProps) {
  const { mode, value, onChange, onDone, maxLength, labels, candidatesPerPage = 6, onReject } = props;
  const { t } = useTranslation(KEYBOARD_NAMESPACE);
  const label = (key: KeyboardLabelKey): string => labels?.[key] ?? t(key);

  // Buffer, page and 中/英 belong to one mode: switching fields of another kind starts afresh.
  const [stored, setStored] = useState<{ mode: KeyboardMode; state: KeyboardState }>({
    mode,
    state: INITIAL_KEYBOARD_STATE,
  });
  const state = stored.mode === mode ? stored.state : INITIAL_KEYBOARD_STATE;
  const dictionary = usePinyinDictionary(mode === 'pinyin');
  // 手写 is offered beside pinyin wherever Chinese text is typed; null while the Node side is asked.
  const [handwriting, setHandwriting] = useState(false);
  const handwritingStatus = useHandwritingAvailable();
  // Not offered where the kiosk has no recognizer (the helper or the model not installed): a 手写 key that
  // only ever says it cannot work is worse than none. Shown while the answer is still coming.
  const offerHandwriting =
    mode === 'pinyin' && handwritingStatus.offered && handwritingStatus.available !== false;
  const ctx: KeyboardContext = {
    mode,
    dictionary,
    pageSize: candidatesPerPage,
    ...(maxLength === undefined ? {} : { maxLength }),
  };

  // The last refused key press, said and shown; a new press is a new element, so the same reason is said again.
  const [refused, setRefused] = useState<{ reason: KeyRejection; press: number } | null>(null);

  const dispatch = (action: KeyboardAction): void => {
    const next = reduceKeyboard(state, value, action, ctx);
    setStored({ mode, state: next.state });
    if (next.value !== value) onChange(next.value);
    if (next.rejected) {
      setRefused({ reason: next.rejected, press: (refused?.press ?? 0) + 1 });
      onReject?.(next.rejected);
    } else if (refused) setRefused(null);
    if (action.type === 'done') onDone(next.value);
  };

  const renderKey = (key: KeySpec, index: number) => {
    const style = { flexGrow: key.grow ?? 1 };
    if (key.kind === 'char') {
      return (
        <button
          key={`c${key.char}`}
          type="button"
          className="osk-key osk-key-char"
          style={style}
          // Not `disabled`: a greyed key still answers a tap with why it cannot be typed (a disabled one is silent).
          aria-disabled={canType(state, value, key.char, ctx) ? undefined : true}
          onPointerDown={keepFocus}
          onClick={() => dispatch({ type: 'char', char: key.char })}
        >
          {key.char}
        </button>
      );
    }
    if (key.action === 'toggle-latin') {
      // Technical text has no 中/英: the same key switches between lower and upper case.
      const [off, on, name] =
        mode === 'technical'
          ? (['lowerCase', 'upperCase', 'switchCase'] as const)
          : (['inputChinese', 'inputEnglish', 'switchLanguage'] as const);
      return (
        <button
          key={`a${index}`}
          type="button"
          className="osk-key osk-key-action osk-key-toggle"
          style={style}
          // The name starts with what the key shows (中/英 or abc/ABC), as speech input and axe expect.
          aria-label={`${label(off)}/${label(on)} ${label(name)}`}
          aria-pressed={state.latin}
          onPointerDown={keepFocus}
          onClick={() => dispatch({ type: 'toggle-latin' })}
        >
          <span className={state.latin ? undefined : 'osk-active'}>{label(off)}</span>
          <span aria-hidden="true">/</span>
          <span className={state.latin ? 'osk-active' : undefined}>{label(on)}</span>
        </button>
      );
    }
    const action = key.action;
    return (
      <button
        key={`a${index}`}
        type="button"
        className={`osk-key osk-key-action osk-key-${action}`}
        style={style}
        onPointerDown={keepFocus}
        onClick={() => dispatch({ type: action })}
      >
        {label(ACTION_LABEL[action])}
      </button>
    );
  };

  if (offerHandwriting && handwriting) {
    return (
      <div
        className="osk"
        role="group"
        aria-label={label('keyboard')}
        data-mode={mode}
        data-input="handwriting"
      >
        <HandwritingPane
          value={value}
          onChange={onChange}
          onDone={onDone}
          label={label}
          available={handwritingStatus.available}
          onSwitchToPinyin={() => setHandwriting(false)}
          {...(maxLength === undefined ? {} : { maxLength })}
        />
      </div>
    );
  }

  return (
    <div className="osk" role="group" aria-label={label('keyboard')} data-mode={mode}>
      {mode === 'pinyin' && (
        <CandidateBar
          state={state}
          value={value}
          ctx={ctx}
          label={label}
          dispatch={dispatch}
          onHandwriting={offerHandwriting ? () => setHandwriting(true) : null}
        />
      )}
      {refused && (
        <p className="osk-refused" role="alert" key={refused.press} data-testid="key-refused">
          {t(REFUSAL_LABEL[refused.reason])}
        </p>
      )}
      {layoutFor(mode, state.latin).map((row, r) => (
        <div className="osk-row" key={r}>
          {row.map(renderKey)}
        </div>
      ))}
    </div>
  );
}

type CandidateBarProps = {
  readonly state: KeyboardState;
  readonly value: string;
  readonly ctx: KeyboardContext;
  readonly label: (key: KeyboardLabelKey) => string;
  readonly dispatch: (action: KeyboardAction) => void;
  /** Switches to the 手写 pad; null where handwriting is not offered. */
  readonly onHandwriting: (() => void) | null;
};

/** Typed pinyin, one page of candidates and the paging arrows; always present so the keys never jump. */
function CandidateBar({ state, value, ctx, label, dispatch, onHandwriting }: CandidateBarProps) {
  const page = candidatePage(state, value, ctx);
  const composing = state.buffer !== '';
  const hint = !composing
    ? null
    : ctx.dictionary === null
      ? label('loading')
      : page.items.length === 0
        ? label('noCandidates')
        : null;
  return (
    <div className="osk-candidates">
      {onHandwriting && (
        <button
          type="button"
          className="osk-key osk-key-action osk-method"
          data-testid="switch-handwriting"
          onPointerDown={keepFocus}
          onClick={onHandwriting}
        >
          {label('handwriting')}
        </button>
      )}
      <div className="osk-buffer" role="status" aria-label={label('pinyin')}>
        {state.buffer}
      </div>
      <button
        type="button"
        className="osk-key osk-page"
        aria-label={label('previousPage')}
        disabled={!page.hasPrevious}
        onPointerDown={keepFocus}
        onClick={() => dispatch({ type: 'page', delta: -1 })}
      >
        ‹
      </button>
      <div className="osk-candidate-list" role="listbox" aria-label={label('candidates')}>
        {hint && <span className="osk-hint">{hint}</span>}
        {page.items.map((candidate, i) => (
          <button
            key={`${page.offset + i}${candidate.text}`}
            type="button"
            role="option"
            aria-selected={false}
            className="osk-key osk-candidate"
            onPointerDown={keepFocus}
            onClick={() => dispatch({ type: 'pick', index: page.offset + i })}
          >
            {candidate.text}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="osk-key osk-page"
        aria-label={label('nextPage')}
        disabled={!page.hasNext}
        onPointerDown={keepFocus}
        onClick={() => dispatch({ type: 'page', delta: 1 })}
      >
        ›
      </button>
    </div>
  );
}
