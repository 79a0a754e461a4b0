/**
 * Stand-ins for 医保电子凭证 QR contents. The real payload format is UNCONFIRMED (domain.md §2: a dynamic code
 * from 国家医保服务平台 / 微信 / 支付宝, decoded only by the national 电子凭证 service; one unofficial source says 28
 * characters). The kiosk treats it as an opaque string, so these are plausible opaque strings of different
 * lengths: one fits a single HID POS report, the others need two or three.
 */
export const QR_FIXTURES = {
  /** 28 characters, the length one unofficial design document mentions. */
  short: '6C2F0A91D84E3B7750E1C9A2F4D8',
  /** 64 hex characters: two reports. */
  hex64: 'A3F19C0E7B2D48E6915C3A7F0D2B8E4C61F7093AD5E2B8C4071F9E3D6A2C5B80',
  /** Base64url-like token with a channel prefix, 120 characters: three reports. */
  long:
    'ECQR1.wx.' +
    'eyJ2IjoxLCJjaCI6IndlY2hhdCJ9.K3vN8qZpT0bYc2RfW5uHjL9mXe1AaGs4Do7Vi6Ct-Ux_Bw0Ny3Qk8Ph2Jf5Ml1Rz9Sd4Ev7Ob0Ig6Wn3Ty8Ka2Hc5',
} as const;
