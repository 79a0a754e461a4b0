import sharp from 'sharp';

/**
 * sharp as the kiosk uses it, configured in this one place: every media/ module imports sharp from here.
 *
 * libvips' operation cache is off. It keeps the results of recent operations (by default up to 50 MB, 100
 * operations, 20 open files) so that a pipeline repeated on the same input is free; the kiosk processes each
 * photo once, so the cache never hits and only holds native memory outside the JS heap. Measured in
 * bench/soak.bench.ts (host RSS over resident sessions, each with a photo).
 */
sharp.cache(false);

export default sharp;
export type { Metadata, Sharp } from 'sharp';
