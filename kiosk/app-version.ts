import pkg from '../package.json';

/** The version in package.json (bundled in, so it is right in Electron's bundle as well as under tsx). */
export const APP_VERSION: string = pkg.version;
