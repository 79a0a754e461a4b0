/** The kiosk's languages; zh-CN is the source locale. Kept free of zod so the renderer's boot path stays small. */
export const LANGUAGES = ['zh-CN', 'zh-TW', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
