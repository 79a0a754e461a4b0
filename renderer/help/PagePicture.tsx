/** A page laid flat in the marked frame under the camera, text side up, nothing covering it. */
export function PagePicture() {
  return (
    <svg
      viewBox="0 0 200 150"
      className="help-picture"
      aria-hidden="true"
      focusable="false"
      data-picture="page"
    >
      <path d="M170 135 v-110 h-60" fill="none" stroke="#3d4657" strokeWidth="5" />
      <circle cx="105" cy="25" r="9" fill="#1a1f2b" />
      <path d="M105 36 L60 105 M105 36 L150 105" stroke="#f2b600" strokeWidth="2" strokeDasharray="5 4" />
      <rect x="20" y="105" width="170" height="30" rx="4" fill="#dfe7f2" stroke="#9aa7ba" strokeWidth="2" />
      <rect
        x="45"
        y="95"
        width="120"
        height="22"
        fill="none"
        stroke="#f2b600"
        strokeWidth="3"
        strokeDasharray="6 4"
      />
      <polygon points="60,112 150,112 158,100 68,100" fill="#ffffff" stroke="#3d4657" strokeWidth="2" />
    </svg>
  );
}
