import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The packaging config, read as electron-builder reads it (js-yaml, which electron-builder itself depends on),
 * since the packages cannot be built here: targets and arches, fuses, no rebuild, unpacked native modules,
 * and every file the Linux package installs actually present.
 */
const root = join(import.meta.dirname, '..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
type Target = { target: string; arch: string[] };
type Config = {
  electronVersion: string;
  npmRebuild: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  extraMetadata?: { main?: string };
  linux: {
    target: Target[];
    executableName: string;
    extraResources: Array<{ from: string; to: string; filter: string[] }>;
  };
  deb: { afterInstall: string; afterRemove: string; depends: string[] };
  win: { target: Target[] };
  nsis: { perMachine: boolean; include: string };
};
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration: (config: unknown, log: unknown) => Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, npmRebuld: false }, new DebugLogger(false)),
    ).rejects.toThrow(/unknown property/);
  });

  it('pins Electron 45.5.0 and electron-builder', () => {
    expect(config.electronVersion).toBe('45.5.0');
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\^?26\./);
    expect(pkg.devDependencies.electron).toMatch(/45\.5/);
  });

  it('starts the entry that scripts/build-electron.ts writes', () => {
    const script = read('scripts/build-electron.ts');
    expect(script).toContain('outfile: `${outDir}/main.mjs`');
    const built = `${/const outDir = process\.argv\[2\] \?\? '([^']+)'/.exec(script)?.[1]}/main.mjs`;
    expect(built).toBe('dist/electron/main.mjs');
    expect(config.extraMetadata?.main ?? pkg.main).toBe(built);
    expect(pkg.main).toBe(built);
  });

  it('builds deb and AppImage for x64 and arm64, NSIS for Windows x64', () => {
    const byTarget = (ts: Target[]) => Object.fromEntries(ts.map((t) => [t.target, [...t.arch].sort()]));
    expect(byTarget(config.linux.target)).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'] });
    expect(byTarget(config.win.target)).toEqual({ nsis: ['x64'] });
    expect(config.nsis.perMachine).toBe(true);
  });

  it('flips the production fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('rebuilds nothing and unpacks every native module and sharp platform package from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    for (const rule of [
      '**/*.node',
      'node_modules/better-sqlite3/**',
      'node_modules/@serialport/bindings-cpp/**',
      'node_modules/node-hid/**',
      'node_modules/sharp/**',
      'node_modules/@img/**',
    ]) {
      expect(config.asarUnpack).toContain(rule);
    }
    for (const native of ['better-sqlite3', 'serialport', 'node-hid', 'sharp'])
      expect(pkg.dependencies[native]).toBeDefined();
  });

  it('the deb installs files that exist', () => {
    for (const script of [config.deb.afterInstall, config.deb.afterRemove, config.nsis.include]) {
      expect(existsSync(join(root, script)), script).toBe(true);
    }
    const [resources] = config.linux.extraResources;
    for (const file of resources?.filter ?? []) {
      expect(existsSync(join(root, resources?.from ?? '', file)), file).toBe(true);
    }
    const install = read(config.deb.afterInstall);
    for (const file of resources?.filter ?? []) expect(install).toContain(file);
    expect(config.deb.depends).toContain('cage');
  });

  it('ships the handwriting helper where the packaged kiosk looks for it, and the deb brings Zinnia and its model', () => {
    const helper = config.linux.extraResources.find((r) => r.to === 'handwriting');
    expect(helper).toEqual({ from: '.native/handwriting', to: 'handwriting', filter: ['zinnia-recognize'] });
    // The path the core is given when packaged (electron/kiosk-paths.ts) is resources/<to>/<filter>.
    expect(read('electron/kiosk-paths.ts')).toContain(
      "posix.join(resourcesPath, 'handwriting', 'zinnia-recognize')",
    );
    // setup.sh builds it there (the release machine runs setup.sh before electron-builder).
    expect(read('scripts/setup.sh')).toContain('helper_bin=.native/handwriting/zinnia-recognize');
    expect(config.deb.depends).toEqual(
      expect.arrayContaining(['libzinnia0', 'tegaki-zinnia-simplified-chinese']),
    );
    // The model path the helper is started with is where Debian's package installs it.
    expect(read('kiosk/handwriting/zinnia-recognizer.ts')).toContain(
      '/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model',
    );
  });
});

describe('what the deb installs', () => {
  it('udev: serial devices to dialout, the 0x8C HID scanner through the helper', () => {
    const rules = read('packaging/linux/99-zizhu-devices.rules');
    expect(rules).toMatch(/SUBSYSTEM=="tty", KERNEL=="ttyUSB\[0-9\]\*", GROUP="dialout", MODE="0660"/);
    expect(rules).toMatch(/SUBSYSTEM=="tty", KERNEL=="ttyACM\[0-9\]\*", GROUP="dialout"/);
    expect(rules).toMatch(
      /SUBSYSTEM=="hidraw", PROGRAM="\/usr\/lib\/zizhu\/zizhu-hid-usage-page %S%p", RESULT=="8c"/,
    );
    expect(read(config.deb.afterInstall)).toContain('/usr/lib/zizhu/zizhu-hid-usage-page');
  });

  it('systemd: the kiosk under cage, restarted always, settings in /etc/zizhu, data in /var/lib/zizhu', () => {
    const unit = read('packaging/linux/zizhu-kiosk.service');
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/cage .*-- \/opt\/Zizhu\/zizhu\b/m);
    expect(/^ExecStart=.*$/m.exec(unit)?.[0]).not.toMatch(/ -s\b/); // no VT switching out of the kiosk
    expect(unit).toMatch(/^User=zizhu$/m);
    expect(unit).toMatch(/^Environment=KIOSK_CONFIG=\/etc\/zizhu\/settings\.json$/m);
    expect(unit).toMatch(/^Environment=KIOSK_DATA_DIR=\/var\/lib\/zizhu$/m);
    expect(config.linux.executableName).toBe('zizhu');
    const install = read(config.deb.afterInstall);
    expect(install).toMatch(/install -d .*\/etc\/zizhu/);
    expect(install).toMatch(/install -d .*\/var\/lib\/zizhu/);
  });

  it('the scripts use only the macros electron-builder defines (it throws on any other ${name})', () => {
    for (const script of [config.deb.afterInstall, config.deb.afterRemove]) {
      const macros = new Set([...read(script).matchAll(/\$\{([a-zA-Z]+)\}/g)].map((m) => m[1]));
      expect(
        [...macros].every((m) => m === 'executable' || m === 'sanitizedProductName'),
        script,
      ).toBe(true);
      expect(() => execFileSync('bash', ['-n', join(root, script)])).not.toThrow();
    }
  });
});

describe('zizhu-hid-usage-page (udev helper)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const helper = join(root, 'packaging/linux/zizhu-hid-usage-page');
  const answer = (descriptor: number[]) => {
    const dev = mkdtempSync(join(tmpdir(), 'zizhu-hidraw-'));
    dirs.push(dev);
    mkdirSync(join(dev, 'device'));
    writeFileSync(join(dev, 'device', 'report_descriptor'), Buffer.from(descriptor));
    return execFileSync('sh', [helper, dev], { encoding: 'utf8' }).trim();
  };

  it('is executable', () => expect(statSync(helper).mode & 0o111).not.toBe(0));

  it('finds usage page 0x8C (2-byte and 1-byte forms)', () => {
    // Usage Page (0x008C), Usage (0x02), Collection (Application) … End Collection
    expect(answer([0x06, 0x8c, 0x00, 0x09, 0x02, 0xa1, 0x01, 0xc0])).toBe('8c');
    expect(answer([0x05, 0x8c, 0x09, 0x02, 0xa1, 0x01, 0xc0])).toBe('8c');
  });

  it('ignores keyboards, and 0x8C appearing as data of another item', () => {
    expect(answer([0x05, 0x01, 0x09, 0x06, 0xa1, 0x01, 0x05, 0x07, 0xc0])).toBe('other'); // a keyboard
    expect(answer([0x05, 0x01, 0x09, 0x8c, 0x15, 0x00, 0x26, 0x8c, 0x00])).toBe('other'); // Usage/Logical Max 0x8C
    expect(answer([0xfe, 0x02, 0x10, 0x06, 0x8c, 0x05, 0x01])).toBe('other'); // inside a long item
  });

  it('answers "other" for a device without a descriptor', () => {
    expect(execFileSync('sh', [helper, '/nonexistent'], { encoding: 'utf8' }).trim()).toBe('other');
  });
});
