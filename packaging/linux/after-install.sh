#!/bin/bash
# zizhu .deb post-install: electron-builder's own steps (its after-install template is replaced by this file,
# so they are repeated here), then the kiosk's system user, folders, udev rules and systemd unit.
# electron-builder expands ${executable} and ${sanitizedProductName}; no other ${...} may appear in this file.

# --- electron-builder defaults: /usr/bin link, Chromium sandbox helper ---
if type update-alternatives >/dev/null 2>&1; then
  update-alternatives --install '/usr/bin/${executable}' '${executable}' '/opt/${sanitizedProductName}/${executable}' 100 ||
    ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
else
  ln -sf '/opt/${sanitizedProductName}/${executable}' '/usr/bin/${executable}'
fi
if ! { [[ -L /proc/self/ns/user ]] && unshare --user true; }; then
  chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox' || true # SUID sandbox only without user namespaces
else
  chmod 0755 '/opt/${sanitizedProductName}/chrome-sandbox' || true
fi

RES='/opt/${sanitizedProductName}/resources/packaging'

# --- the kiosk's user: never root; serial devices via dialout, the HID scanner via its own group ---
getent group zizhu >/dev/null || groupadd --system zizhu
if ! id -u zizhu >/dev/null 2>&1; then
  useradd --system --gid zizhu --home-dir /var/lib/zizhu --no-create-home --shell /usr/sbin/nologin zizhu
fi
for group in dialout video render input; do
  getent group "$group" >/dev/null && usermod -aG "$group" zizhu
done

# --- settings in /etc/zizhu (root-owned, readable by the kiosk), data in /var/lib/zizhu (the kiosk's only) ---
install -d -m 0750 -o root -g zizhu /etc/zizhu
install -m 0640 -o root -g zizhu "$RES/settings.example.json" /etc/zizhu/settings.example.json
install -d -m 0700 -o zizhu -g zizhu /var/lib/zizhu

# --- device access ---
install -d -m 0755 /usr/lib/zizhu
install -m 0755 "$RES/zizhu-hid-usage-page" /usr/lib/zizhu/zizhu-hid-usage-page
install -m 0644 "$RES/99-zizhu-devices.rules" /etc/udev/rules.d/99-zizhu-devices.rules
if command -v udevadm >/dev/null 2>&1; then
  udevadm control --reload-rules || true
  udevadm trigger --subsystem-match=tty --subsystem-match=hidraw || true
fi

# --- the kiosk service: enabled for the next boot, not started now (it takes over tty1) ---
install -m 0644 "$RES/zizhu-kiosk.service" /lib/systemd/system/zizhu-kiosk.service
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
  systemctl enable zizhu-kiosk.service || true
fi
if [ ! -f /etc/zizhu/settings.json ]; then
  echo "zizhu: write /etc/zizhu/settings.json (see settings.example.json there) before starting zizhu-kiosk.service"
fi
exit 0
