/**
 * Strings of the on-screen keyboard, i18next namespace "keyboard". The lead registers them, e.g.
 * `i18next.addResourceBundle(lng, KEYBOARD_NAMESPACE, KEYBOARD_I18N[lng])`. Every locale has the same keys.
 */
export const KEYBOARD_NAMESPACE = 'keyboard';

export type KeyboardLabelKey =
  | 'backspace'
  | 'clear'
  | 'done'
  | 'space'
  | 'inputChinese'
  | 'inputEnglish'
  | 'switchLanguage'
  | 'previousPage'
  | 'nextPage'
  | 'candidates'
  | 'pinyin'
  | 'keyboard'
  | 'loading'
  | 'noCandidates';

export type KeyboardStrings = Readonly<Record<KeyboardLabelKey, string>>;

export const KEYBOARD_I18N: Readonly<Record<'zh-CN' | 'zh-TW' | 'en', KeyboardStrings>> = {
  'zh-CN': {
    backspace: '删除',
    clear: '清空',
    done: '完成',
    space: '空格',
    inputChinese: '中',
    inputEnglish: '英',
    switchLanguage: '中文/英文切换',
    previousPage: '上一页',
    nextPage: '下一页',
    candidates: '候选字词',
    pinyin: '拼音',
    keyboard: '键盘',
    loading: '正在准备拼音输入…',
    noCandidates: '没有找到对应的字',
  },
  'zh-TW': {
    backspace: '刪除',
    clear: '清空',
    done: '完成',
    space: '空格',
    inputChinese: '中',
    inputEnglish: '英',
    switchLanguage: '中文/英文切換',
    previousPage: '上一頁',
    nextPage: '下一頁',
    candidates: '候選字詞',
    pinyin: '拼音',
    keyboard: '鍵盤',
    loading: '正在準備拼音輸入…',
    noCandidates: '沒有找到對應的字',
  },
  en: {
    backspace: 'Delete',
    clear: 'Clear',
    done: 'Done',
    space: 'Space',
    inputChinese: '中',
    inputEnglish: 'EN',
    switchLanguage: 'Switch Chinese/English',
    previousPage: 'Previous',
    nextPage: 'Next',
    candidates: 'Suggestions',
    pinyin: 'Pinyin',
    keyboard: 'Keyboard',
    loading: 'Preparing pinyin input…',
    noCandidates: 'No matching characters',
  },
};
