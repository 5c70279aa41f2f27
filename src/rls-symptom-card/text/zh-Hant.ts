import type { RlsContent } from '../rls-content.js';

/**
 * Traditional Chinese (`zh-Hant`) text for `<rls-symptom-card>`: the same facts, rules, sources
 * and review dates as `./en.ts`, written anew in plain Chinese for Taiwan, Hong Kong and US Chinese
 * readers (您). Every fact rests on the clinical brief (section A). No acronym is shown: "RLS" is
 * always 不寧腿症候群 (Taiwan; Hong Kong also says 不寧腿綜合症). Other choices: 帕金森氏症 (Hong
 * Kong: 柏金遜症); 憂鬱 for depression (Hong Kong: 抑鬱); "peripheral neuropathy" is said in plain
 * words (手腳神經受損) rather than the jargon 周邊神經病變; the US "PM" sleep aids are described
 * (會讓人想睡的助眠藥), since the letters mean nothing on Chinese packs. Sentences stay within 40
 * characters, and each section averages 25 or fewer per sentence.
 */
export const zhHant: RlsContent = {
  title: '不寧腿症候群',
  summary: '一種很強、很想動腿的感覺，大多在傍晚或夜裡休息時出現。',
  appointmentSummary: {
    fileName: '不寧腿症候群摘要',
    ask: [
      '我要不要驗血，看看身體裡的鐵夠不夠？',
      '我吃的藥或其他健康問題，會不會讓它更嚴重？',
      '哪些治療可能對我有幫助？這些治療有什麼風險？',
    ],
  },
  sections: {
    overview: {
      heading: '什麼是不寧腿症候群',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph: '它也叫「威利斯－艾克邦氏症」。想動腿的感覺，通常會和腿部的不舒服一起出現。',
        },
        {
          paragraph: '年紀越大，常常會越嚴重。自己在家照顧可以減輕症狀，藥物也對很多人有幫助。',
        },
      ],
    },
    symptoms: {
      heading: '常見症狀',
      sources: ['mayo-rls', 'montplaisir-1997'],
      body: [
        {
          terms: [
            {
              term: '休息時開始',
              text: '坐著或躺著不動一段時間後出現，例如長途開車或看電影時。',
            },
            {
              term: '動一動會舒服一點',
              text: '走路、來回走動、伸展或抖腿，都能讓它暫時好一點。',
            },
            {
              term: '晚上比較嚴重',
              text: '大多在傍晚和夜裡出現。',
            },
            {
              term: '睡覺時腿可能會突然抖動或踢動',
              text: '您自己可能不知道，但一起睡的人常常會發現。每10個不寧腿症候群的人，大約有8個睡覺時腿會這樣動。',
            },
          ],
        },
      ],
    },
    sensations: {
      heading: '感覺像什麼',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph: '通常在兩條腿或兩隻腳的深處，不是在皮膚表面；比較少出現在手臂。感覺可能像：',
        },
        { list: ['有蟲在爬', '有東西在慢慢蠕動', '被拉扯', '一陣一陣的跳痛', '痠痛', '發癢', '觸電'] },
        {
          paragraph: '這種感覺常常很難形容，但通常不是抽筋，也不是麻木。它可能時輕時重，也可能消失一陣子。',
        },
      ],
    },
    'when-to-see': {
      heading: '什麼時候該看醫生或護士',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph: '覺得自己有不寧腿症候群嗎？請去看醫生或護士，就算擔心不被重視也要去。特別是如果：',
        },
        {
          list: ['它讓您睡不著', '它影響您的心情或心理健康', '自己試過的方法都沒有用'],
        },
        { paragraph: '請問醫生要不要驗血檢查鐵質。' },
        {
          paragraph:
            '您正在吃治療不寧腿症候群的藥嗎？如果症狀在一天中更早出現、來得更快、變得更強，或擴散到手臂，' +
            '請告訴開藥給您的醫護人員。在那之前請繼續吃藥，因為突然停藥可能讓病情嚴重很多。',
        },
      ],
    },
    causes: {
      heading: '原因是什麼',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            '常常找不到原因；可能和腦中一種叫「多巴胺」的化學物質失去平衡有關。' +
            '它可能會在家族中遺傳（已知和一些基因有關），特別是40歲以前就開始的人。',
        },
        {
          paragraph: '懷孕或荷爾蒙變化，可能引起它，或讓它暫時變嚴重，特別是在懷孕後期。通常生完孩子後就會消失。',
        },
        {
          paragraph:
            '有些藥可能讓它更嚴重。例如會讓人想睡的助眠藥和過敏藥（像苯海拉明或多西拉敏）。' +
            '還有一些治療憂鬱、想吐或精神問題的藥。醫生開的藥，不要自己停掉：請先問過醫生。',
        },
      ],
    },
    'risk-factors': {
      heading: '哪些人會得',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            '任何年紀都可能開始，連小孩也會；年紀越大越常見，女性也比較常見。' +
            '它很少是重病的徵兆，但可能和下面這些問題一起出現：',
        },
        {
          terms: [
            {
              term: '手腳神經受損',
              text: '手和腳的神經受傷，例如因為糖尿病或長期大量喝酒。',
            },
            {
              term: '缺鐵',
              text: '就算沒有貧血（紅血球太少）也可能缺鐵。原因包括腸胃出血、月經量很多，還有常常捐血。',
            },
            {
              term: '腎衰竭',
              text: '常常也同時缺鐵。',
            },
            {
              term: '脊髓（脊椎裡的神經）出問題',
              text: '脊髓受過傷，或以前在脊椎打過麻醉藥。',
            },
            {
              term: '帕金森氏症',
              text: '正在用作用像多巴胺的藥物治療時。',
            },
          ],
        },
      ],
    },
    complications: {
      heading: '對您可能有什麼影響',
      sources: ['mayo-rls', 'zhuang-2019'],
      body: [
        {
          paragraph:
            '不寧腿症候群本身不會傷害身體。但它可能只是小困擾，也可能嚴重到讓人無法正常生活。' +
            '它會讓人很難睡好，所以白天很睏，可是白天想小睡也很難。' +
            '它和心情低落（憂鬱症）有關，也和想傷害自己的念頭有關。',
        },
      ],
    },
    'self-help': {
      heading: '您可以試試的方法',
      sources: ['nhs-rls'],
      body: [
        { paragraph: '這些方法對一些人有幫助：' },
        {
          list: ['白天規律運動。', '泡個溫水澡。', '少吃喝含咖啡因的東西，中午以後完全不要。', '睡前2小時內不要喝酒。'],
        },
      ],
    },
  },
  selfCheck: {
    heading: '檢查您的症狀',
    intro: '這個檢查不是診斷。它會把您的回答，和不寧腿症候群常見的特徵做比較。',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: '您會很想動一動腿嗎？',
        hint: '通常還會覺得腿部不舒服。',
      },
      startsAtRest: {
        legend: '坐著或躺著不動時，這種感覺會開始或變嚴重嗎？',
        hint: '例如長途開車或看電影時。',
      },
      reliefWithMovement: {
        legend: '動一動會好一點嗎？至少在您一直動的時候？',
        hint: '例如走路、伸展或抖腿。',
      },
      worseEvening: {
        legend: '它是不是只在傍晚或夜裡出現，或在那時候比較嚴重？',
      },
      hardPainfulCramp: {
        legend: '這是又硬又痛的抽筋嗎？',
        hint: '肌肉變得又緊又硬，而不是很想動的感覺。',
      },
      goesWithPositionChange: {
        legend: '只要換個姿勢，不用起來走動，它就會消失嗎？',
      },
      frequency: {
        legend: '這種感覺多久出現一次？',
        hint: '以過去一年的平均來算（如果開始還不到一年，就從開始時算起）。',
      },
      sleepAffected: {
        legend: '這種感覺會讓您很難睡著，或很難一直睡著嗎？',
      },
      takesRlsMedicine: {
        legend: '您有在吃治療不寧腿症候群的藥嗎？',
      },
      onRlsMedicineWorsening: {
        legend: '吃藥以後，症狀是否在一天中更早出現、來得更快、變得更強，或擴散到手臂？',
      },
    },
    frequencies: {
      'twice-weekly-or-more': '每週兩次或更多',
      'less-often': '每週不到兩次',
    },
    submit: '看我的結果',
    unanswered: ({ count }) => `還有${count}題沒有回答。`,
    resultLabel: '您的結果：',
    results: {
      matches: {
        heading: '您的回答符合不寧腿症候群的特徵',
        text: '這不是診斷：其他問題也可能有同樣的感覺。',
      },
      partial: {
        heading: '您的回答符合不寧腿症候群的部分特徵',
        text: '其他問題也可能有同樣的感覺。',
      },
      unlikely: {
        heading: '您的回答不符合不寧腿症候群的特徵',
        text: '這個檢查不能排除不寧腿症候群，也不能排除其他問題。',
      },
    },
    courses: {
      'chronic-persistent': '請告訴醫生或護士，它多久出現一次，從什麼時候開始。',
      intermittent: '請告訴醫生或護士，它多久出現一次，總共出現過幾次。',
    },
    reasons: {
      'all-criteria': '四個常見徵兆您都回答「是」，抽筋和換姿勢的問題都回答「否」。',
      'all-criteria-other-cause': '四個常見徵兆您都回答「是」。但從您對抽筋或換姿勢的回答來看，可能是別的原因。',
      'some-criteria': '四個常見徵兆中，可能有兩個或更多符合，但不是全部。',
      'few-criteria': '四個常見徵兆中，符合的不到兩個。',
      'other-cause-possible': '從您對抽筋或換姿勢的回答來看，可能是別的原因。',
      'course-chronic-persistent': '您說這種感覺每週出現兩次或更多。',
      'course-intermittent': '您說這種感覺每週出現不到兩次。',
      'pattern-needs-check': '只有醫生或護士能檢查是不是其他原因。',
      'sleep-affected': '睡不好，就是尋求幫助的好理由。',
      'medicine-worsening':
        '吃治療不寧腿症候群的藥期間，您的症狀可能正在改變。請告訴開藥給您的醫護人員。' +
        '在那之前請繼續吃藥，因為突然停藥可能讓病情嚴重很多。',
    },
    reasonsLabel: '為什麼是這個結果',
    seeClinician: '請和醫生或護士談談您的症狀。請問醫生要不要驗血檢查鐵質。',
    noVisitNeeded:
      '目前看起來，不需要為不寧腿症候群去看診。' +
      '如果睡眠或心情受到影響、自己試的方法沒用，或您擔心，請去看醫生或護士。' +
      '常常抽筋或抽筋很痛，也值得去看診。',
  },
  crisisLine: '如果您覺得絕望，或想要傷害自己，請馬上求助：',
  callOrText: ({ number }) => `撥打${number}或傳簡訊到${number}`,
  showMore: '顯示所有段落',
  showLess: '顯示較少段落',
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
