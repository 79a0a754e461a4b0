/**
 * zh-CN is the source locale. Every other locale is typed as this shape of it, so a missing or extra key is a
 * type error; tests/renderer i18n parity test checks the same at run time.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
