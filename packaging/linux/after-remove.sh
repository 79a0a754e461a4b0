#!/bin/bash
# zizhu .deb post-remove. On upgrade nothing is touched. On remove/purge the service, udev rules and helper
# go; /var/lib/zizhu and /etc/zizhu stay even on purge: the data folder may hold cases not yet delivered to
# the province, and deleting residents' records is a decision for the operator, not the package manager.
# electron-builder expands ${executable} and ${sanitizedProductName}; no other ${...} may appear in this file.
case "$1" in
  remove | purge | 0) ;;
  *) exit 0 ;;
esac

if type update-alternatives >/dev/null 2>&1; then
  update-alternatives --remove '${executable}' '/opt/${sanitizedProductName}/${executable}' || true
else
  rm -f '/usr/bin/${executable}'
fi

if [ -d /run/systemd/system ]; then
  systemctl disable --now zizhu-kiosk.service >/dev/null 2>&1 || true
fi
rm -f /lib/systemd/system/zizhu-kiosk.service /etc/udev/rules.d/99-zizhu-devices.rules
rm -rf /usr/lib/zizhu
if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi
if command -v udevadm >/dev/null 2>&1; then udevadm control --reload-rules || true; fi
echo "zizhu: kept /var/lib/zizhu (kiosk data, possibly undelivered cases) and /etc/zizhu (settings)"
exit 0
