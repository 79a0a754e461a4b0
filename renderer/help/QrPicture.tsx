/** A phone showing the 医保电子凭证 QR code held up to the QR window, screen facing the window. */
export function QrPicture() {
  return (
    <svg
      viewBox="0 0 200 150"
      className="help-picture"
      aria-hidden="true"
      focusable="false"
      data-picture="qr"
    >
      <rect x="120" y="30" width="60" height="90" rx="8" fill="#1a1f2b" />
      <rect x="130" y="45" width="40" height="60" rx="3" fill="#e3edf9" opacity="0.5" />
      <g transform="translate(30 25)">
        <rect width="60" height="100" rx="10" fill="#3d4657" />
        <rect x="6" y="10" width="48" height="80" rx="3" fill="#ffffff" />
        <g fill="#1a1f2b">
          <rect x="12" y="26" width="14" height="14" />
          <rect x="34" y="26" width="14" height="14" />
          <rect x="12" y="48" width="14" height="14" />
          <rect x="34" y="50" width="6" height="6" />
          <rect x="42" y="56" width="6" height="6" />
          <rect x="34" y="60" width="6" height="4" />
        </g>
      </g>
      <path d="M96 75 h18 m-7 -7 l7 7 l-7 7" stroke="#146c2e" strokeWidth="4" fill="none" />
    </svg>
  );
}
