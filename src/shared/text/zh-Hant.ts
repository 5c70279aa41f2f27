import type { SharedContent } from '../text-types.js';

/**
 * Traditional Chinese (`zh-Hant`) strings every element shares: plain written Chinese, neutral
 * between Taiwan, Hong Kong and US Chinese communities, addressing the reader as 您. Dates read
 * "2026年12月3日" (`months` are "1月" to "12月", and `date` puts the year first). Where Taiwan and
 * Hong Kong say it differently, the more widely understood word is used: 列印 (Hong Kong also
 * says 打印), 儲存, 複製; "show full screen" is 放大顯示 to avoid 螢幕 (Taiwan) versus 屏幕 (Hong
 * Kong). No Latin letters are shown, except the library's own name in the summary's footer (a
 * proper name, as in Spanish, so that a doctor or nurse can tell which tool and version made it).
 */
export const zhHant: SharedContent = {
  notDiagnosis: '這裡是一般的健康資訊，不是診斷。只有醫生或護士才能告訴您是什麼問題。',
  aboutHeading: '關於這些資訊',
  sourcesLabel: '資料來源',
  lastReviewedLabel: '上次審閱日期',
  nextReviewLabel: '下次審閱日期',
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  date: ({ day, month, year }) => `${year}年${month}${day}日`,
  callNumber: ({ number }) => `撥打${number}`,
  callClinic: ({ clinic, phone }) => `打電話給${clinic}：${phone}`,
  bookAppointment: ({ clinic }) => `向${clinic}預約看診`,
  yourClinic: '您的診所',
  contactLabel: '聯絡方式',
  answers: { yes: '是', no: '否', unsure: '不確定' },
  startAgain: '重新開始',
  summary: {
    heading: '帶著這份資料去看診',
    intro: '您可以列印、儲存或複製，拿給醫生或護士看。這份資料是在您的手機或電腦上做出來的，不會傳送到任何地方。',
    print: '列印',
    save: '儲存',
    copy: '複製',
    show: '放大顯示',
    close: '關閉',
    copied: '已經複製好了。您可以把它貼到筆記或訊息裡。',
    copyFailed: '這個瀏覽器不讓網頁複製。請改用「儲存」或「列印」。',
    saving: '您的瀏覽器正在儲存檔案。',
    made: ({ date }) => `日期：${date}`,
    answersHeading: '您的回答',
    questionColumn: '問題',
    answerColumn: '您的回答',
    clinic: ({ clinic, phone }) => `您的診所：${[clinic, phone].filter(Boolean).join('，')}`,
    list: ({ items }) => items.join('；'),
    askHeading: '您可能想問的問題',
    notesHeading: '備註',
    madeBy: ({ version, reviewed }) => `本資料由 leg-health-widgets ${version} 版製作。內容上次審閱日期：${reviewed}。`,
    englishCopy: '英文版，給醫生或護士看',
  },
};
