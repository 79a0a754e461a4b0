#!/usr/bin/env bash
# Installs what the kiosk needs on a fresh Debian machine: the apt packages (Chromium for the browser host and
# end-to-end tests, CJK fonts, socat for virtual serial ports, libusb/udev for device libraries, ffmpeg for
# camera fixtures) and the npm dependencies. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium fonts-noto-cjk socat libusb-1.0-0 udev ffmpeg)
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
  echo "installing npm dependencies (better-sqlite3 compiles from source: about a minute)"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
