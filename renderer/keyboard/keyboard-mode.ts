/**
 * What a field accepts: digits (phone, bank account), idNumber (18-character ID numbers: digits, X only as the
 * check character), alphanumeric (passport and permit numbers, Latin names) and pinyin (Chinese free text such as
 * addresses, with digits, Latin letters and a few punctuation marks) and technical (admin mode's device paths,
 * hosts, URLs and tokens: printable ASCII, lower and upper case).
 */
export type KeyboardMode = 'digits' | 'idNumber' | 'alphanumeric' | 'pinyin' | 'technical';

/** Why a key press changed nothing; the UI may give feedback (a beep, a shake) per code. */
export type KeyRejection = 'max-length' | 'not-allowed' | 'x-not-last' | 'pinyin-too-long';
