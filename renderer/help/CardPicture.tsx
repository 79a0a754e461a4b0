/** The ID card laid flat on the reader, photo side up, with an arrow down onto the pad. */
export function CardPicture() {
  return (
    <svg
      viewBox="0 0 200 150"
      className="help-picture"
      aria-hidden="true"
      focusable="false"
      data-picture="card"
    >
      <rect x="20" y="95" width="160" height="40" rx="8" fill="#3d4657" />
      <rect x="45" y="100" width="110" height="28" rx="4" fill="none" stroke="#c5d3e6" strokeWidth="2" />
      <g transform="translate(50 20)">
        <rect width="100" height="62" rx="6" fill="#cfe0f5" stroke="#0a4fa3" strokeWidth="3" />
        <rect x="62" y="10" width="28" height="36" rx="2" fill="#9fc0ea" />
        <rect x="10" y="14" width="44" height="6" rx="2" fill="#0a4fa3" />
        <rect x="10" y="28" width="36" height="6" rx="2" fill="#0a4fa3" opacity="0.6" />
        <rect x="10" y="48" width="70" height="6" rx="2" fill="#0a4fa3" opacity="0.6" />
      </g>
      <path d="M100 84 v10 m-7 -7 l7 7 l7 -7" stroke="#146c2e" strokeWidth="4" fill="none" />
    </svg>
  );
}
