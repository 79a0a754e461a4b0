import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { KeyboardMode } from '../../keyboard/keyboard-mode';
import { OnScreenKeyboard } from '../../keyboard/on-screen-keyboard';
import { useAdminKeyboard } from './admin-keyboard-context';

export type AdminTextFieldProps = Readonly<{
  label: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** technical: paths, hosts, URLs, tokens; digits: numbers; pinyin: Chinese notes and names. */
  mode: KeyboardMode;
  maxLength?: number;
  /** A secret (token, key): shown as dots, here and in the keyboard's readout. */
  secret?: boolean;
  multiline?: boolean;
  wide?: boolean;
  /** Shown under the field, e.g. that the environment overrides it. */
  note?: ReactNode;
  testId?: string;
}>;

/**
 * An admin text field for a touch screen: a tap opens the on-screen keyboard docked at the bottom, with the
 * field's name and value shown above the keys (the dock may cover the field itself). The OS keyboard is kept
 * away (inputMode none); a USB keyboard a technician plugs in still types into the field as usual.
 */
export function AdminTextField(props: AdminTextFieldProps) {
  const { t } = useTranslation('admin');
  const id = useId();
  const keyboard = useAdminKeyboard();
  const typing = keyboard.active === id;
  const fieldRef = useRef<HTMLLabelElement>(null);
  const { value, onChange, secret, multiline, wide } = props;
  const className = `admin-input${wide || multiline ? ' admin-input--wide' : ''}${multiline ? ' admin-note__text' : ''}`;
  const common = {
    className,
    name: props.name,
    value,
    inputMode: 'none' as const,
    autoComplete: 'off',
    spellCheck: false,
    'data-testid': props.testId,
    'aria-expanded': typing,
    onFocus: () => keyboard.open(id),
    onClick: () => keyboard.open(id),
    ...(props.maxLength === undefined ? {} : { maxLength: props.maxLength }),
  };

  // A field that goes away (a dialog closed, a form saved) takes its keyboard with it.
  const { close } = keyboard;
  const typingRef = useRef(typing);
  typingRef.current = typing;
  useEffect(
    () => () => {
      if (typingRef.current) close();
    },
    [close],
  );
  useEffect(() => {
    if (typing) fieldRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [typing]);

  const shown = secret ? '●'.repeat([...value].length) : value;
  return (
    <>
      <label ref={fieldRef} className="admin-field" data-typing={typing || undefined}>
        {props.label}
        {multiline ? (
          <textarea {...common} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type={secret ? 'password' : 'text'} onChange={(e) => onChange(e.target.value)} />
        )}
        {props.note}
      </label>
      {typing &&
        createPortal(
          <div className="keyboard-dock admin-keyboard" data-testid="admin-keyboard">
            <div className="admin-keyboard__readout">
              <span className="admin-keyboard__label">{props.label}</span>
              <output className="admin-keyboard__value" data-testid="admin-keyboard-value">
                {shown || t('keyboard.empty')}
              </output>
            </div>
            <OnScreenKeyboard
              mode={props.mode}
              value={value}
              onChange={onChange}
              onDone={(v) => {
                onChange(v);
                keyboard.close();
              }}
              {...(props.maxLength === undefined ? {} : { maxLength: props.maxLength })}
            />
          </div>,
          document.body,
        )}
    </>
  );
}
