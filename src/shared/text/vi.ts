import type { SharedContent } from '../text-types.js';

/**
 * Vietnamese strings every element shares: the same meaning as `./en.ts`, in plain standard
 * written Vietnamese for the US Vietnamese community (full diacritics, Unicode NFC).
 *
 * The reader is addressed as "quý vị" throughout, in every Vietnamese file: it is the polite form
 * that US clinics, health departments and public notices use, and it reads as respectful to an
 * older patient, where "bạn" can sound too familiar. The visitor speaks as "tôi".
 *
 * No English word is shown, except the library's own name in `madeBy` (a proper name, as in
 * Spanish, so that a doctor or nurse can tell which tool and version made a summary). Dates read
 * the Vietnamese way:
 * "ngày 3 tháng 12 năm 2026".
 */
export const vi: SharedContent = {
  notDiagnosis:
    'Đây là thông tin sức khỏe chung, không phải là chẩn đoán bệnh. Chỉ bác sĩ hoặc y tá mới có thể cho quý vị biết mình bị gì.',
  aboutHeading: 'Về thông tin này',
  sourcesLabel: 'Nguồn',
  lastReviewedLabel: 'Xem lại lần cuối',
  nextReviewLabel: 'Lần xem lại tới',
  months: ['tháng 1', 'tháng 2', 'tháng 3', 'tháng 4', 'tháng 5', 'tháng 6', 'tháng 7', 'tháng 8', 'tháng 9', 'tháng 10', 'tháng 11', 'tháng 12'],
  date: ({ day, month, year }) => `ngày ${day} ${month} năm ${year}`,
  callNumber: ({ number }) => `Gọi số ${number}`,
  callClinic: ({ clinic, phone }) => `Gọi ${clinic} theo số ${phone}`,
  bookAppointment: ({ clinic }) => `Đặt hẹn với ${clinic}`,
  yourClinic: 'phòng khám của quý vị',
  contactLabel: 'Liên lạc',
  answers: { yes: 'Có', no: 'Không', unsure: 'Không chắc' },
  startAgain: 'Làm lại từ đầu',
  summary: {
    heading: 'Mang trang này theo khi đi khám',
    intro:
      'Quý vị có thể in, lưu hay chép trang này để đưa bác sĩ hoặc y tá xem. Trang này được làm ngay trên máy của quý vị và không được gửi đi đâu cả.',
    print: 'In',
    save: 'Lưu',
    copy: 'Chép',
    show: 'Xem toàn màn hình',
    close: 'Đóng',
    copied: 'Đã chép xong. Quý vị có thể dán vào một ghi chú hay một tin nhắn.',
    copyFailed: 'Trình duyệt này không cho trang chép. Xin bấm Lưu hoặc In.',
    saving: 'Trình duyệt của quý vị đang lưu tập tin.',
    made: ({ date }) => `Ngày giờ: ${date}`,
    answersHeading: 'Câu trả lời của quý vị',
    questionColumn: 'Câu hỏi',
    answerColumn: 'Quý vị trả lời',
    clinic: ({ clinic, phone }) => `Phòng khám của quý vị: ${[clinic, phone].filter(Boolean).join(', ')}`,
    list: ({ items }) => items.join('; '),
    askHeading: 'Những câu quý vị có thể muốn hỏi',
    notesHeading: 'Ghi chú',
    madeBy: ({ version, reviewed }) =>
      `Làm bằng leg-health-widgets ${version}. Nội dung xem lại lần cuối: ${reviewed}.`,
    englishCopy: 'Bản tiếng Anh, dành cho bác sĩ hoặc y tá',
  },
};
