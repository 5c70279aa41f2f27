import type { TwitchContent } from '../twitch-content.js';

/**
 * Traditional Chinese (`zh-Hant`) text for `<twitch-redflag-check>`: the same facts, rules, sources
 * and review dates as `./en.ts`, written anew in plain Chinese for Taiwan, Hong Kong and US Chinese
 * readers (您), and kept as short as the English. Every fact rests on the clinical brief (version
 * 2, section B). A twitch is 肌肉跳動 (also 肌肉抽動): a small movement, never 抽搐 or 癲癇, which
 * name a seizure, and the about text says so. The medical word 肌束顫動 (fasciculation) is left
 * out as jargon; "benign fasciculation syndrome" is said as 良性肌肉跳動症候群.
 *
 * Where Taiwan and Hong Kong differ: dystonia is 肌張力障礙 (Hong Kong and mainland; Taiwan says
 * 肌張力不全); ALS is 漸凍人症, known everywhere, with its full name; a statin is 他汀類降膽固醇藥
 * (Taiwan also says 史他汀); toilet paper is 衛生紙 (Hong Kong: 廁紙); the emergency room is 急診室
 * (Hong Kong: 急症室). A US urgent care center has no match in Taiwan or Hong Kong: it is
 * 急症診所. The "Urgent" label is 需要當天處理, so it cannot be confused with 緊急 (emergency).
 * A "Not sure" answer still counts as "Yes" for every warning sign, as in English.
 */
export const zhHant: TwitchContent = {
  title: '腿部肌肉跳動：檢查您的症狀',
  safetyNote: '這個檢查不是診斷。如果是緊急情況，請跳過這個檢查。',
  appointmentSummary: {
    fileName: '腿部肌肉跳動摘要',
    ask: ['出現哪些警訊，表示我要馬上求助？', '我的肌肉跳動可能是什麼原因？我需要做檢查嗎？', '會不會是我吃的某種藥造成的？'],
  },
  about: {
    heading: '關於腿部肌肉跳動',
    sources: ['medlineplus-fasciculations', 'nhs-twitching', 'houston-methodist-twitching', 'nhs-mnd'],
    body: [
      {
        paragraph:
          '肌肉跳動（也叫肌肉抽動）是肌肉自己小小地動一下，您無法控制。這不是抽搐或癲癇發作。大多數人都有過。' +
          '無害的跳動常出現在眼皮、小腿肚或大拇指，幾天內就會消失。',
      },
      {
        paragraph:
          '常會引起肌肉跳動的有壓力或擔心、睡不好、激烈運動，還有咖啡因和其他提神的東西。' +
          '有些藥也會引起，例如利尿劑（讓人多排尿的藥）、類固醇或雌激素（女性荷爾蒙）。',
      },
      {
        paragraph:
          '肌肉跳動很少是緊急情況，但可能有嚴重的原因。如果它來得相當突然，而且肌肉無力、鬆軟或變小，就更要擔心。' +
          '如果跳動一直不停或反覆出現，請去看醫生或護士。長期的肌肉跳動可能來自：',
      },
      {
        terms: [
          { term: '良性肌肉跳動症候群', text: '無害的肌肉跳動，但會一直反覆出現' },
          { term: '肌張力障礙', text: '肌肉自己收緊或自己動' },
          {
            term: '漸凍人症（肌萎縮性側索硬化症）',
            text: '一種少見的運動神經元疾病，會傷害控制肌肉的神經',
          },
        ],
      },
    ],
  },
  check: {
    heading: '檢查您的肌肉跳動',
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
    stepCount: ({ step, total }) => `第${step}步，共${total}步`,
    back: '上一步',
    next: '下一步',
    showResult: '看我的結果',
    unanswered: ({ count }) => `還有${count}題沒有回答。`,
  },
  emergencyScreen: {
    legend: '您現在或過去24小時內，有沒有下面任何一種情況？就算已經消失了也算。',
    summaryLabel: '緊急徵兆（現在或過去24小時內）',
    hint: '請勾選所有符合的項目。',
    signs: {
      breathingTrouble: {
        label: '呼吸困難',
        hint: '就算在休息，也喘不過氣。',
      },
      chestPain: {
        label: '胸痛，或胸口有壓迫感、緊繃感',
        hint: '胸口有任何疼痛或被擠壓的感覺，就算時有時無也算。',
      },
      suddenOneSidedWeakness: {
        label: '臉、一隻手臂、一條腿或半邊身體突然無力或麻木；或突然說話困難',
        hint: '例如半邊臉垂下來，或說出來的話不對。就算現在好一點了也算。',
      },
      cannotSwallow: {
        label: '無法吞嚥',
        hint: '食物、飲料或口水吞不下去。',
      },
      seizureOrCollapse: {
        label: '抽搐（癲癇發作）、昏倒或突然倒下',
        hint: '身體抖動停不下來，或昏過去、失去知覺。',
      },
      cannotMoveLeg: {
        label: '突然無法移動一條腿，或無法用它站立',
        hint: '不只是痛：那條腿動不了，或撐不住您。',
      },
      bladderBowelOrSaddleNumbness: {
        label: '剛出現控制不住小便或大便，或兩腿之間、屁股周圍麻木',
        hint: '例如憋不住尿或尿不出來，或擦屁股時感覺不到衛生紙。',
      },
      tetanusSigns: {
        label: '割傷、刺傷或燒燙傷之後：下巴僵硬，或肌肉痙攣（一陣陣抽緊）擴散到全身',
        hint: '特別是傷口很髒時（泥土、生鏽的釘子）。',
      },
    },
    unsure: '其中有一項我不確定',
    none: '以上都沒有',
    chooseOne: '請勾選一項或多項，或選「以上都沒有」。',
  },
  steps: {
    muscles: '您的腿和肌肉',
    course: '怎麼開始、怎麼變化',
    causes: '可能的原因',
  },
  questions: {
    legSwollenWarmRed: {
      legend: '是否有一條腿（不是兩條）腫起來？或一條腿痛，而且皮膚發熱、發紅或比平常顏色深？',
    },
    weakness: {
      legend: '您的腿或其他肌肉覺得無力嗎？',
      hint: '例如容易絆倒、上下樓梯有困難，或手握不緊。',
    },
    weaknessWorsening: {
      legend: '無力的情況越來越嚴重嗎？',
    },
    lossOfTone: {
      legend: '肌肉感覺鬆軟，或比平常軟嗎？',
    },
    muscleShrinking: {
      legend: '肌肉看起來比以前細或小嗎？',
      hint: '例如一邊的小腿肚比另一邊細。',
    },
    stiffness: {
      legend: '肌肉大部分時間都覺得僵硬或緊繃嗎？',
    },
    numbnessOrTingling: {
      legend: '您的腿或腳會麻木，或有刺痛感嗎？',
      hint: '例如像針在刺，或感覺比平常遲鈍。',
    },
    suddenOnset: {
      legend: '肌肉跳動是不是在幾小時或幾天內，相當突然地開始？',
      hint: ({ emergency }) =>
        `如果是慢慢出現的，請答「否」。如果一條腿在幾分鐘或幾小時內變得無力，請馬上撥打${emergency}。`,
    },
    spreadingWeaknessOrNumbness: {
      legend: '無力、麻木或刺痛，是否在幾小時或幾天內擴散開來？',
      hint: '例如從腳往上蔓延。如果您沒有這些情況，請答「否」。',
    },
    longerThanTwoWeeks: {
      legend: '肌肉跳動已經超過2週了嗎？時有時無也算。',
    },
    spreading: {
      legend: '肌肉跳動出現在不只一個地方，或正在擴散嗎？',
    },
    gradualSpeechOrSwallowChange: {
      legend: '您說話是否慢慢變得含糊不清，或吞東西越來越困難？',
      hint: ({ emergency }) => `如果是突然說話困難，請馬上撥打${emergency}。`,
    },
    statinMuscleSymptoms: {
      legend: '您在吃他汀類降膽固醇藥，而且有肌肉疼痛、痠痛、無力或抽筋嗎？',
      hint: '如果您沒有吃這種藥，請答「否」。',
    },
    darkUrine: {
      legend: '您有肌肉痛或無力，而且小便顏色很深，像茶或可樂嗎？',
      hint: '這可能發生在非常激烈的運動、很熱的環境或吃新藥之後。如果您的小便很少，也請答「是」。',
    },
    newMedicine: {
      legend: '您是不是剛開始吃，或換了一種可能引起肌肉跳動的藥？',
      hint: '例如利尿劑（讓人多排尿的藥）、類固醇或雌激素。醫生開的藥，請不要自己停掉。',
    },
  },
  triggers: {
    legend: '下面這些，有沒有可能和跳動有關？',
    hint: '請勾選所有符合的項目。這只會改變給您的小建議。',
    options: {
      caffeine: '咖啡因（咖啡、茶、能量飲料）',
      stress: '壓力或擔心',
      poorSleep: '睡眠不足',
      hardExercise: '激烈運動',
      none: '以上都沒有',
    },
  },
  results: {
    emergency: {
      label: '緊急：',
      heading: ({ emergency }) => `馬上撥打${emergency}`,
      whatToDo: ({ emergency }) => `馬上撥打${emergency}。不要自己開車。記下症狀開始的時間，告訴接電話的人。`,
      whileWaiting: ({ emergency }) => `不要等。如果救援來到之前情況變糟，請再打${emergency}。`,
    },
    urgent: {
      label: '需要當天處理：',
      heading: () => '今天就要就醫',
      whatToDo: ({ clinic }) => `請聯絡${clinic}，今天就去看。如果沒開門，請去急症診所或醫院急診室。`,
    },
    soon: {
      label: '不緊急：',
      heading: () => '預約看診',
      whatToDo: ({ clinic }) => `請在接下來幾天內，向${clinic}預約看診。`,
    },
    'self-care': {
      label: '自我照顧：',
      heading: () => '在家照顧可能就夠了',
      whatToDo: () => '這種情況大多無害，常常幾天內就會消失。',
    },
  },
  whatToDoLabel: '該怎麼做',
  moreHelp: {
    label: '什麼時候要尋求更多幫助',
    headings: {
      soon: ({ clinic }) => `如果您有以下情況，請向${clinic}預約看診：`,
      urgent: () => '如果您有以下情況，今天就要就醫：',
      emergency: ({ emergency }) => `如果您有以下情況，請馬上撥打${emergency}：`,
    },
    soonIf: ['肌肉跳動超過2週，或正在擴散', '肌肉變得無力、僵硬、鬆軟或變細', '麻木或刺痛'],
    urgentIf: [
      '一條腿腫起來，或一條腿痛而且皮膚發熱、發紅或顏色變深',
      '無力越來越嚴重，或無力、麻木、刺痛正在擴散',
      '肌肉痠痛或無力，而且小便顏色很深，像茶或可樂',
      '大量嘔吐或腹瀉之後，或正在吃利尿劑（讓人多排尿的藥）時，肌肉跳動，而且心跳很快或不規律',
    ],
    checkAgain: '如果有其他變化，請再做一次這個檢查。',
  },
  reasonsLabel: '為什麼是這個結果',
  reasons: {
    'emergency-sign-unsure': '您不確定自己有沒有其中一種緊急徵兆。為了安全，請當作有來處理。',
    'leg-swollen-warm-red':
      '一條腿腫起來，或腿痛而且皮膚發熱、發紅或變深，可能是血栓（血管裡的血塊）。' +
      '今天就要檢查。有些急症診所沒辦法掃描檢查血栓。',
    'weakness-worsening': '無力越來越嚴重，今天就要檢查。',
    'spreading-weakness-or-numbness': '正在擴散的無力、麻木或刺痛，今天就要檢查。',
    'sudden-onset-with-weakness': '肌肉跳動相當突然地開始，而且肌肉無力、鬆軟或變小，今天就要檢查。',
    'statin-muscle-symptoms': '吃降膽固醇藥時肌肉痛或無力，今天就要檢查。吃下一次藥之前，請先問醫生或護士。',
    'dark-urine': ({ emergency }) =>
      `肌肉痠痛或無力，加上小便顏色很深，可能表示肌肉受損。今天就要檢查。如果您覺得非常不舒服，請撥打${emergency}。`,
    weakness: '肌肉無力需要檢查。',
    'loss-of-tone': '肌肉鬆軟需要檢查。',
    'muscle-shrinking': '肌肉看起來比以前細，需要檢查。',
    stiffness: '肌肉大部分時間都僵硬或緊繃，需要檢查。',
    'numbness-or-tingling': '麻木或刺痛需要檢查。',
    'gradual-speech-swallow-change': '說話含糊或吞嚥變困難，就算是慢慢發生的，也需要檢查。',
    'longer-than-two-weeks': '肌肉跳動超過2週，需要檢查。',
    spreading: '肌肉跳動正在擴散，或出現在不只一個地方，需要檢查。',
    'new-medicine': '醫生或護士可以檢查是不是藥物造成的。醫生開的藥，請不要自己停掉。',
    'sudden-onset-alone': '如果肌肉沒有無力、鬆軟或變細，只是突然開始跳動，通常是無害的。',
    'no-warning-signs': '您的回答中沒有任何警訊。',
  },
  signReason: ({ sign }) => `您勾選了「${sign}」。`,
  triggerAdviceLabel: '可能有幫助的方法',
  triggerAdvice: {
    caffeine: '少喝咖啡、茶、可樂或能量飲料，可能有幫助。',
    stress: '每天花點時間放鬆，可能有幫助；醫生或護士也可以幫您處理壓力。',
    poorSleep: '固定時間上床、睡得夠，可能有幫助。',
    hardExercise: '在激烈運動之間多休息，可能有幫助。',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
