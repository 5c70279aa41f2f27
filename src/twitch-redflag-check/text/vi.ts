import type { TwitchContent } from '../twitch-content.js';

/**
 * Vietnamese text for `<twitch-redflag-check>`: the same facts, rules, sources and review dates as
 * `./en.ts`, written anew in plain standard Vietnamese for the US Vietnamese community (full
 * diacritics, Unicode NFC), and kept as short as the English. Every fact rests on the clinical
 * brief (version 2, section B). "Not sure" still counts as "Yes" for every warning sign.
 *
 * The reader is "quý vị" throughout: the polite form US clinics and public notices use, which an
 * older patient reads as respectful, where "bạn" can sound too familiar.
 *
 * A twitch is "giật cơ" (a small jump of part of a muscle), never "co giật" alone, which most
 * readers take for a seizure; the about section says plainly that it is not a seizure, and the
 * emergency sign for a seizure is "lên cơn co giật". The medical word, "rung giật bó cơ", is given
 * once, as the English gives "fasciculation". Other choices: statin = "thuốc hạ mỡ máu" (the
 * cholesterol medicine, as Vietnamese patients call it); diuretic = "thuốc lợi tiểu"; estrogen =
 * "nội tiết tố nữ"; ALS = "bệnh xơ cứng teo cơ một bên" (no acronym); an urgent care center =
 * "phòng khám khẩn cấp không cần hẹn", an emergency room = "phòng cấp cứu". Cola is written the
 * Vietnamese way, "cô-ca". Southern everyday words that all readers know are used where they are
 * the plainer ones ("đi cầu", "phỏng", "dơ").
 */
export const vi: TwitchContent = {
  title: 'Giật cơ ở chân: kiểm tra dấu hiệu',
  safetyNote: 'Phần kiểm tra này không phải là chẩn đoán bệnh. Khi cấp cứu, hãy bỏ qua phần này.',
  appointmentSummary: {
    fileName: 'tom-tat-giat-co-chan',
    ask: [
      'Những dấu hiệu báo động nào có nghĩa là tôi cần được giúp ngay?',
      'Điều gì có thể gây ra giật cơ cho tôi? Tôi có cần làm xét nghiệm nào không?',
      'Có thể nào một loại thuốc tôi đang uống là nguyên nhân không?',
    ],
  },
  about: {
    heading: 'Về chứng giật cơ ở chân',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          'Giật cơ (bác sĩ gọi là rung giật bó cơ) là khi một phần nhỏ của cơ tự giật nhẹ, mà quý vị không điều khiển được. ' +
          'Đây không phải là lên cơn co giật. Hầu như ai cũng từng bị. ' +
          'Loại vô hại thường ở mí mắt, bắp chân hay ngón tay cái, và hết sau vài ngày.',
      },
      {
        paragraph:
          'Giật cơ hay do căng thẳng, lo lắng, ngủ không đủ, tập thể dục nặng, cafein và các chất kích thích khác. ' +
          'Một số thuốc cũng có thể gây ra, như thuốc lợi tiểu (làm đi tiểu nhiều), thuốc steroid hay thuốc có nội tiết tố nữ.',
      },
      {
        paragraph:
          'Giật cơ ít khi là chuyện cấp cứu, nhưng có thể do một bệnh nặng gây ra. ' +
          'Hãy lo hơn nếu nó bắt đầu khá đột ngột, kèm theo cơ bị yếu, nhão hay teo nhỏ lại. ' +
          'Hãy gặp bác sĩ hoặc y tá nếu giật cơ kéo dài hay cứ trở lại. Giật cơ kéo dài có thể do:',
      },
      {
        terms: [
          { term: 'Hội chứng giật cơ lành tính', text: 'giật cơ vô hại nhưng cứ trở lại nhiều lần' },
          { term: 'Loạn trương lực cơ', text: 'cơ tự siết lại hay tự cử động' },
          {
            term: 'Bệnh xơ cứng teo cơ một bên (bệnh Lou Gehrig)',
            text: 'một loại bệnh hiếm của tế bào thần kinh vận động, làm hại các dây thần kinh điều khiển cơ',
          },
        ],
      },
    ],
  },
  check: {
    heading: 'Kiểm tra chứng giật cơ của quý vị',
    sources: [
      'nhs-stroke',
      'nhs-tia',
      'nhs-dvt',
      'nhs-gbs',
      'cauda-equina-leaflets',
      'nhs-tetanus',
      'nhs-statins',
      'mayo-rhabdomyolysis',
      'nhs-mnd',
      'nhs-twitching',
      'medlineplus-fasciculations',
      'houston-methodist-twitching',
    ],
    stepCount: ({ step, total }) => `Bước ${step} trên ${total}`,
    back: 'Quay lại',
    next: 'Tiếp theo',
    showResult: 'Xem kết quả của tôi',
    // Vietnamese nouns have no plural form: one sentence fits every count.
    unanswered: ({ count }) => `Còn ${count} câu hỏi chưa trả lời.`,
  },
  emergencyScreen: {
    legend: 'Quý vị có dấu hiệu nào dưới đây ngay bây giờ, hay đã có trong 24 giờ qua, dù bây giờ đã hết không?',
    summaryLabel: 'Dấu hiệu cấp cứu, ngay bây giờ hay trong 24 giờ qua',
    hint: 'Chọn tất cả những gì đúng với quý vị.',
    signs: {
      breathingTrouble: {
        label: 'Khó thở',
        hint: 'Thở không ra hơi, kể cả lúc ngồi nghỉ.',
      },
      chestPain: {
        label: 'Đau, đè nặng hay thắt chặt ở ngực',
        hint: 'Bất cứ cơn đau hay cảm giác bóp chặt nào ở ngực, dù lúc có lúc không.',
      },
      suddenOneSidedWeakness: {
        label: 'Đột nhiên yếu hay tê ở mặt, ở một tay hay một chân, hoặc ở một bên người; hoặc đột nhiên khó nói',
        hint: 'Ví dụ như một bên mặt bị xệ xuống, hay nói ra bị sai chữ. Dù bây giờ đã đỡ hơn.',
      },
      cannotSwallow: {
        label: 'Không nuốt được',
        hint: 'Đồ ăn, nước uống hay nước miếng không trôi xuống được.',
      },
      seizureOrCollapse: {
        label: 'Lên cơn co giật, ngất xỉu hay ngã quỵ',
        hint: 'Run giật cả người mà không ngừng được, hay bất tỉnh.',
      },
      cannotMoveLeg: {
        label: 'Đột nhiên không cử động được một chân, hay không đứng lên chân đó được',
        hint: 'Không chỉ là đau: chân không nhúc nhích được hay không đỡ nổi người.',
      },
      bladderBowelOrSaddleNumbness: {
        label: 'Mới bị mất kiểm soát việc đi tiểu hay đi cầu, hoặc bị tê ở giữa hai chân hay quanh mông',
        hint: 'Ví dụ như không nín tiểu được hay không tiểu ra được, hoặc không thấy giấy vệ sinh khi lau chùi.',
      },
      tetanusSigns: {
        label: 'Sau một vết cắt, vết đâm hay vết phỏng: hàm bị cứng, hoặc co thắt cơ lan ra khắp người',
        hint: 'Nhất là sau một vết thương dơ (dính đất, đinh rỉ sét).',
      },
    },
    unsure: 'Tôi không chắc về một trong các dấu hiệu này',
    none: 'Không có điều nào ở trên',
    chooseOne: 'Hãy chọn một hay nhiều dấu hiệu, hoặc chọn “Không có điều nào ở trên”.',
  },
  steps: {
    muscles: 'Chân và cơ của quý vị',
    course: 'Giật cơ bắt đầu và thay đổi ra sao',
    causes: 'Những nguyên nhân có thể có',
  },
  questions: {
    legSwollenWarmRed: {
      legend: 'Có phải một bên chân (không phải cả hai) bị sưng, hoặc bị đau mà da ấm, đỏ hay sẫm màu hơn bình thường không?',
    },
    weakness: {
      legend: 'Chân của quý vị, hay một cơ khác, có thấy yếu không?',
      hint: 'Ví dụ như hay vấp, khó leo cầu thang hay tay cầm nắm yếu.',
    },
    weaknessWorsening: {
      legend: 'Tình trạng yếu có đang nặng dần không?',
    },
    lossOfTone: {
      legend: 'Cơ có bị nhão, hay mềm hơn bình thường không?',
    },
    muscleShrinking: {
      legend: 'Cơ có trông teo lại hay nhỏ hơn trước không?',
      hint: 'Ví dụ như một bắp chân nhỏ hơn bắp chân kia.',
    },
    stiffness: {
      legend: 'Cơ có bị cứng hay căng hầu hết thời gian không?',
    },
    numbnessOrTingling: {
      legend: 'Chân hay bàn chân của quý vị có bị tê, hay có cảm giác châm chích không?',
      hint: 'Ví dụ như cảm giác kim châm, hay cảm giác kém hơn bình thường.',
    },
    suddenOnset: {
      legend: 'Giật cơ có bắt đầu khá đột ngột, trong vài giờ hay vài ngày không?',
      hint: ({ emergency }) =>
        `Nếu giật cơ đến từ từ, hãy trả lời Không. Nếu một chân bị yếu đi trong vài phút hay vài giờ, hãy gọi số ${emergency} ngay.`,
    },
    spreadingWeaknessOrNumbness: {
      legend: 'Tình trạng yếu, tê hay châm chích có đang lan ra trong vài giờ hay vài ngày không?',
      hint: 'Ví dụ như lan lên từ bàn chân. Nếu không bị những điều này, hãy trả lời Không.',
    },
    longerThanTwoWeeks: {
      legend: 'Giật cơ có kéo dài hơn 2 tuần không, dù lúc có lúc không?',
    },
    spreading: {
      legend: 'Giật cơ có ở nhiều hơn một chỗ, hay đang lan ra không?',
    },
    gradualSpeechOrSwallowChange: {
      legend: 'Có phải dần dần quý vị nói không rõ chữ, hay nuốt khó hơn không?',
      hint: ({ emergency }) => `Nếu đột nhiên khó nói: hãy gọi số ${emergency} ngay.`,
    },
    statinMuscleSymptoms: {
      legend: 'Quý vị có uống thuốc hạ mỡ máu, và bị đau cơ, ê ẩm, yếu cơ hay chuột rút không?',
      hint: 'Nếu không uống loại thuốc này, hãy trả lời Không.',
    },
    darkUrine: {
      legend: 'Quý vị có bị đau cơ hay yếu cơ, kèm nước tiểu sẫm màu như nước trà hay nước ngọt cô-ca không?',
      hint:
        'Điều này có thể xảy ra sau khi tập thể dục rất nặng, ở nơi quá nóng hay uống thuốc mới. ' +
        'Cũng hãy trả lời Có nếu quý vị đi tiểu rất ít.',
    },
    newMedicine: {
      legend: 'Quý vị có vừa bắt đầu hay đổi một loại thuốc có thể gây giật cơ không?',
      hint: 'Như thuốc lợi tiểu, thuốc steroid hay thuốc có nội tiết tố nữ. Đừng tự ý ngưng thuốc bác sĩ đã kê toa.',
    },
  },
  triggers: {
    legend: 'Có điều nào dưới đây góp phần không?',
    hint: 'Chọn tất cả những gì đúng với quý vị. Điều này chỉ thay đổi các lời khuyên.',
    options: {
      caffeine: 'Cafein (cà phê, trà, nước tăng lực)',
      stress: 'Căng thẳng hay lo lắng',
      poorSleep: 'Ngủ không đủ',
      hardExercise: 'Tập thể dục nặng',
      none: 'Không có điều nào ở trên',
    },
  },
  results: {
    emergency: {
      label: 'Cấp cứu:',
      heading: ({ emergency }) => `Gọi số ${emergency} ngay`,
      whatToDo: ({ emergency }) =>
        `Hãy gọi số ${emergency} ngay. Đừng tự lái xe đi. Hãy ghi lại giờ các dấu hiệu bắt đầu, và nói cho người nghe máy biết.`,
      whileWaiting: ({ emergency }) => `Đừng chờ. Nếu nặng hơn trước khi người cứu tới, hãy gọi lại số ${emergency}.`,
    },
    urgent: {
      label: 'Gấp:',
      heading: () => 'Hãy đi khám ngay trong hôm nay',
      whatToDo: ({ clinic }) =>
        `Hãy liên lạc ${clinic} để được khám trong hôm nay. ` +
        'Nếu phòng khám đóng cửa, hãy đến phòng khám khẩn cấp không cần hẹn, hay đến phòng cấp cứu.',
    },
    soon: {
      label: 'Không gấp:',
      heading: () => 'Hãy đặt hẹn khám',
      whatToDo: ({ clinic }) => `Hãy đặt hẹn với ${clinic} trong vài ngày tới.`,
    },
    'self-care': {
      label: 'Tự chăm sóc:',
      heading: () => 'Chăm sóc tại nhà có lẽ là đủ',
      whatToDo: () => 'Chứng này thường vô hại, và hay tự hết trong vài ngày.',
    },
  },
  whatToDoLabel: 'Nên làm gì',
  moreHelp: {
    label: 'Khi nào cần thêm giúp đỡ',
    headings: {
      soon: ({ clinic }) => `Hãy đặt hẹn với ${clinic} nếu quý vị có:`,
      urgent: () => 'Hãy đi khám ngay trong hôm nay nếu quý vị có:',
      emergency: ({ emergency }) => `Hãy gọi số ${emergency} ngay nếu quý vị có:`,
    },
    soonIf: ['giật cơ kéo dài hơn 2 tuần hay lan ra', 'một cơ bị yếu, cứng, nhão hay teo nhỏ đi', 'tê hay châm chích'],
    urgentIf: [
      'một bên chân bị sưng, hoặc một bên chân bị đau mà da ấm, đỏ hay sẫm màu hơn',
      'yếu mà nặng dần, hoặc yếu, tê hay châm chích lan ra',
      'cơ bị đau hay yếu, kèm nước tiểu sẫm màu như nước trà hay nước ngọt cô-ca',
      'giật cơ kèm tim đập rất nhanh hay không đều, sau khi nôn ói hay tiêu chảy nhiều, hoặc khi đang uống thuốc lợi tiểu',
    ],
    checkAgain: 'Hãy làm lại phần kiểm tra này nếu có điều gì khác thay đổi.',
  },
  reasonsLabel: 'Vì sao có kết quả này',
  reasons: {
    'emergency-sign-unsure':
      'Quý vị không chắc về một trong các dấu hiệu cấp cứu. Để an toàn, hãy coi như quý vị có dấu hiệu đó.',
    'leg-swollen-warm-red':
      'Một bên chân bị sưng, hay bị đau mà da ấm, đỏ hay sẫm màu hơn, có thể là do cục máu đông. ' +
      'Cần được khám ngay trong hôm nay. Một số phòng khám khẩn cấp không có máy để tìm cục máu đông.',
    'weakness-worsening': 'Tình trạng yếu đang nặng dần cần được khám ngay trong hôm nay.',
    'spreading-weakness-or-numbness': 'Yếu, tê hay châm chích đang lan ra cần được khám ngay trong hôm nay.',
    'sudden-onset-with-weakness':
      'Giật cơ bắt đầu khá đột ngột, kèm theo cơ bị yếu, nhão hay teo nhỏ lại, cần được khám ngay trong hôm nay.',
    'statin-muscle-symptoms':
      'Đau cơ hay yếu cơ khi đang uống thuốc hạ mỡ máu cần được khám ngay trong hôm nay. Hãy hỏi trước khi uống liều kế tiếp.',
    'dark-urine': ({ emergency }) =>
      'Cơ bị đau hay yếu kèm nước tiểu sẫm màu có thể là do cơ bị tổn thương. ' +
      `Cần được khám ngay trong hôm nay. Hãy gọi số ${emergency} nếu quý vị thấy rất không khỏe.`,
    weakness: 'Cơ bị yếu cần được khám.',
    'loss-of-tone': 'Cơ bị nhão hay mềm cần được khám.',
    'muscle-shrinking': 'Cơ trông teo nhỏ hơn trước cần được khám.',
    stiffness: 'Cơ bị cứng hay căng hầu hết thời gian cần được khám.',
    'numbness-or-tingling': 'Tê hay châm chích cần được khám.',
    'gradual-speech-swallow-change': 'Nói không rõ chữ hay nuốt khó hơn cần được khám, dù nó đến từ từ.',
    'longer-than-two-weeks': 'Giật cơ kéo dài hơn 2 tuần cần được khám.',
    spreading: 'Giật cơ lan ra, hay ở nhiều hơn một chỗ, cần được khám.',
    'new-medicine':
      'Bác sĩ hoặc y tá có thể xem thuốc có phải là nguyên nhân không. Đừng tự ý ngưng thuốc bác sĩ đã kê toa.',
    'sudden-onset-alone': 'Chỉ bắt đầu đột ngột thôi thì thường vô hại, khi cơ không bị yếu, nhão hay teo nhỏ đi.',
    'no-warning-signs': 'Không câu trả lời nào của quý vị cho thấy dấu hiệu báo động.',
  },
  signReason: ({ sign }) => `Quý vị đã chọn “${sign}”.`,
  triggerAdviceLabel: 'Những điều có thể giúp ích',
  triggerAdvice: {
    caffeine: 'Uống ít cà phê, trà, nước ngọt cô-ca hay nước tăng lực có thể giúp ích.',
    stress: 'Mỗi ngày dành thời gian thư giãn có thể giúp ích; bác sĩ hoặc y tá có thể giúp quý vị bớt căng thẳng.',
    poorSleep: 'Đi ngủ đúng giờ và ngủ đủ giấc có thể giúp ích.',
    hardExercise: 'Nghỉ ngơi giữa những lần tập nặng có thể giúp ích.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
