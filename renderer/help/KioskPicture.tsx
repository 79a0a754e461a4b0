/**
 * The kiosk seen from the front: screen, ID-card reader, QR window, camera arm, receipt slot. The part the
 * resident needs now is highlighted (yellow ring), so "where does the card go" is answered by looking.
 */
export type KioskPart = 'reader' | 'qr' | 'camera' | 'printer';

export function KioskPicture(props: { highlight: ReadonlyArray<KioskPart>; className?: string }) {
  const on = (part: KioskPart) => props.highlight.includes(part);
  return (
    <svg
      viewBox="0 0 200 260"
      className={props.className ?? 'help-picture'}
      aria-hidden="true"
      focusable="false"
      data-picture="kiosk"
    >
      {/* body and screen */}
      <rect x="30" y="10" width="140" height="240" rx="12" fill="#dfe7f2" stroke="#3d4657" strokeWidth="3" />
      <rect x="45" y="25" width="110" height="80" rx="4" fill="#0a4fa3" />
      <rect x="55" y="38" width="60" height="8" rx="2" fill="#ffffff" opacity="0.9" />
      <rect x="55" y="54" width="90" height="18" rx="3" fill="#ffffff" opacity="0.6" />
      <rect x="55" y="78" width="40" height="16" rx="3" fill="#ffffff" opacity="0.6" />
      {/* camera arm over the document tray */}
      <path d="M150 120 h18 v-30 h-14" fill="none" stroke="#3d4657" strokeWidth="4" />
      <circle cx="152" cy="90" r="6" fill="#1a1f2b" />
      {/* ID-card reader: a flat pad with a card outline */}
      <rect x="45" y="125" width="60" height="36" rx="5" fill="#3d4657" />
      <rect x="55" y="131" width="40" height="24" rx="3" fill="none" stroke="#c5d3e6" strokeWidth="2" />
      {/* QR window */}
      <rect x="115" y="125" width="40" height="36" rx="5" fill="#1a1f2b" />
      <rect x="123" y="133" width="24" height="20" rx="2" fill="#e3edf9" opacity="0.6" />
      {/* receipt slot */}
      <rect x="60" y="190" width="80" height="10" rx="3" fill="#1a1f2b" />
      <rect x="75" y="198" width="50" height="22" fill="#ffffff" stroke="#9aa7ba" />
      {on('reader') && <Ring x={40} y={120} w={70} h={46} />}
      {on('qr') && <Ring x={110} y={120} w={50} h={46} />}
      {on('camera') && <Ring x={140} y={78} w={34} h={48} />}
      {on('printer') && <Ring x={55} y={184} w={90} h={42} />}
    </svg>
  );
}

function Ring(props: { x: number; y: number; w: number; h: number }) {
  return (
    <rect
      className="help-picture__ring"
      x={props.x}
      y={props.y}
      width={props.w}
      height={props.h}
      rx="8"
      fill="none"
      stroke="#f2b600"
      strokeWidth="5"
    />
  );
}
