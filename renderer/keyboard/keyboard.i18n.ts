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
  | 'noCandidates'
  | 'handwriting'
  | 'writeHere'
  | 'rewrite'
  | 'handwritingUnavailable'
  // Said and shown when a greyed-out key is tapped (renderer/voice speaks keys starting with "refused").
  | 'refusedMaxLength'
  | 'refusedNotAllowed'
  | 'refusedXNotLast'
  | 'refusedPinyinTooLong'
  | 'lowerCase'
  | 'upperCase'
  | 'switchCase';

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
    handwriting: '手写',
    writeHere: '请用手指在这里写一个字',
    rewrite: '重写',
    handwritingUnavailable: '手写输入暂时不能使用，请用拼音输入',
    refusedMaxLength: '已经输满了，不能再输入。要修改，请先点“删除”。',
    refusedNotAllowed: '这一项不能输入这个字符。',
    refusedXNotLast: 'X 只能是证件号码的最后一位。',
    refusedPinyinTooLong: '拼音太长了，请先选一个字。',
    lowerCase: 'abc',
    upperCase: 'ABC',
    switchCase: '大小写切换',
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
    handwriting: '手寫',
    writeHere: '請用手指在這裡寫一個字',
    rewrite: '重寫',
    handwritingUnavailable: '手寫輸入暫時不能使用，請用拼音輸入',
    refusedMaxLength: '已經輸滿了，不能再輸入。要修改，請先點「刪除」。',
    refusedNotAllowed: '這一項不能輸入這個字元。',
    refusedXNotLast: 'X 只能是證件號碼的最後一位。',
    refusedPinyinTooLong: '拼音太長了，請先選一個字。',
    lowerCase: 'abc',
    upperCase: 'ABC',
    switchCase: '大小寫切換',
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
    handwriting: 'Write',
    writeHere: 'Write one character here with your finger',
    rewrite: 'Rewrite',
    handwritingUnavailable: 'Handwriting is not available just now; please use pinyin',
    refusedMaxLength: 'This field is full. To change it, tap Delete first.',
    refusedNotAllowed: 'This field does not take that character.',
    refusedXNotLast: 'X can only be the last character of an ID number.',
    refusedPinyinTooLong: 'The pinyin is too long; please choose a character first.',
    lowerCase: 'abc',
    upperCase: 'ABC',
    switchCase: 'Switch case',
  },
};
