import { maskIdNumber, maskName } from '../domain/id-number';

/**
 * Redaction for everything that leaves the kiosk's protected stores in readable form: the log files and the
 * audit log's before/after. Secrets become '[secret]' (never shown, not even in part); personal data is
 * masked the way the ledger masks it. Keys are recognised by name, and free text is scanned too, because a
 * province error message or an exception can quote an ID number or a phone number.
 */
const SECRET_KEY =
  /pin|password|passwd|secret|token|privatekey|private_key|paastoken|sm2key|apikey|credential/i;
const ID_KEY = /^(certno|idnumber|id_number|idno|psn_cert_no|cert_no|cardno)$/i;
const NAME_KEY = /^(name|psn_name|personname|fullname|agnter_name|agent_name|contact_name)$/i;
const PHONE_KEY = /(phone|tel|mobile|mob)$/i;
const ADDRESS_KEY = /(address|addr)$/i;

/** 18-character resident ID numbers (and 15-digit old ones) anywhere in text. */
const ID_IN_TEXT = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;
/** Mainland mobile numbers anywhere in text. */
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d{9})(?!\d)/g;

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? '***' : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Free text with ID numbers and mobile numbers masked. */
export function redactText(text: string): string {
  return text.replace(ID_IN_TEXT, (m) => maskIdNumber(m)).replace(MOBILE_IN_TEXT, (m) => maskPhone(m));
}

/** A deep copy of `value` with secrets removed and personal data masked; depth-limited for safety. */
export function redact(value: unknown, key = '', depth = 0): unknown {
  if (depth > 8) return '[deep]';
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') {
    if (SECRET_KEY.test(key)) return '[secret]';
    if (ID_KEY.test(key)) return maskIdNumber(value);
    if (NAME_KEY.test(key)) return maskName(value);
    if (PHONE_KEY.test(key)) return maskPhone(value);
    if (ADDRESS_KEY.test(key))
      return value.length > 0 ? `${Array.from(value).slice(0, 3).join('')}***` : value;
    return redactText(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean')
    return SECRET_KEY.test(key) ? '[secret]' : value;
  if (Array.isArray(value)) return value.map((v) => redact(v, key, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      out[k] =
        SECRET_KEY.test(k) && v !== null && typeof v !== 'object' ? '[secret]' : redact(v, k, depth + 1);
    }
    return out;
  }
  return typeof value; // a function or symbol: nothing worth keeping
}
