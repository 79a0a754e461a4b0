/** What a stored admin PIN hash looks like (security/pin-hash.ts); pure, so the settings schema can use it. */
export const PIN_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]{16,}\$[A-Za-z0-9+/=]{40,}$/;
