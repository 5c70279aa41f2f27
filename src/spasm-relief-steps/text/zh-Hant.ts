import type { Block } from '../../shared/text-types.js';
import type { SpasmContent } from '../spasm-content.js';

/**
 * Traditional Chinese (`zh-Hant`) text for `<spasm-relief-steps>`: the same facts, sources and
 * review dates as `./en.ts`, written anew in plain Chinese for Taiwan, Hong Kong and US Chinese
 * readers (您). Every fact rests on the clinical brief (section C). Pain relief is shown only as a
 * way to ease soreness after a cramp, never as a way to stop one. A cramp is 抽筋; the US slang
 * "charley horse" has no Chinese match and is left out (抽筋 is the everyday word).
 *
 * Medicine names are the common generic ones, with the other region's name where they differ:
 * 布洛芬 (ibuprofen); 乙醯胺酚 (acetaminophen, Taiwan) "又叫撲熱息痛" (paracetamol, Hong Kong);
 * 阿斯匹靈 (Hong Kong: 阿士匹靈); 華法林 (warfarin); 萘普生 (naproxen). Tonic water is 通寧水
 * (Taiwan) "又叫湯力水" (Hong Kong). A pharmacist is 藥劑師 (Taiwan also says 藥師). Units are
 * written in Chinese (毫克, 公斤, 磅), with no Latin letters. The FDA is named as 美國的藥物管理機構
 * rather than by its name or acronym: publishers appear only in the source list.
 */
/** The two thigh stretches: in the stretch step, and again under prevention. */
const thighStretches: readonly Block[] = [
  { paragraph: '大腿後面：' },
  { list: ['坐下，把腿向前伸直。', '身體慢慢向前傾，直到感覺肌肉被拉開。'] },
  { paragraph: '大腿前面：' },
  { list: ['扶著一張椅子。', '彎起膝蓋，把腳往屁股的方向拉。'] },
];

export const zhHant: SpasmContent = {
  title: '緩解腿抽筋',
  intro: [
    {
      paragraph: '腿抽筋（也叫肌肉痙攣）是腿部肌肉突然收緊，而且很痛。它會持續幾秒到大約10分鐘。之後肌肉可能會痠痛，最長一天。',
    },
  ],
  checkFirst: {
    heading: '先檢查：會不會是血栓？',
    sources: ['nhs-dvt'],
    text:
      '是否有一條腿（不是兩條）腫起來？或一條腿痛，而且皮膚發熱、發紅或顏色變深？' +
      '血栓（血管裡的血塊）的感覺可能很像抽筋。如果是這樣，不要按摩，也不要熱敷，今天就要就醫。',
    emergency: ({ emergency }) => `如果同時有胸痛或呼吸困難，請馬上撥打${emergency}。`,
  },
  stepsHeading: '緩解抽筋的步驟',
  steps: {
    stretch: {
      heading: '伸展肌肉',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: '小腿肚（小腿後面）：' },
          {
            list: ['把腿伸直。', '輕輕把腳趾往上拉，拉向小腿前面。', '保持這個姿勢，直到抽筋緩解。如果更痛，就停下來。'],
          },
        ],
        thigh: [...thighStretches, { paragraph: '保持這個姿勢，直到抽筋緩解。如果更痛，就停下來。' }],
        foot: [
          { paragraph: '腳掌：' },
          { list: ['輕輕把腳趾往上拉，拉向小腿前面。', '保持這個姿勢，直到抽筋緩解。如果更痛，就停下來。'] },
        ],
      },
    },
    massage: {
      heading: '按摩肌肉',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: '用手或按摩滾筒搓揉抽筋的肌肉。' }],
    },
    walk: {
      heading: '站起來走一走',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: '用抽筋的那條腿站著，然後四處走一走。' }],
    },
    'heat-ice': {
      heading: '熱敷或冰敷',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            { term: '熱敷', text: '肌肉緊繃時，用熱敷包或電熱墊。' },
            { term: '冰敷', text: '之後肌肉痠痛時，用冰袋。' },
          ],
        },
      ],
      cautions: {
        heading: '熱敷和冰敷的安全須知',
        body: [
          {
            list: [
              '敷包和皮膚之間，要隔一塊布。',
              '每次最多用15到20分鐘。',
              '絕對不要敷著睡著。',
              '電熱墊要調到中溫或低溫。',
              '皮膚麻木或刺痛的地方，絕對不要敷。',
              '有糖尿病或血液循環不好嗎？請先問醫生或護士。',
            ],
          },
        ],
      },
    },
    'pain-relief': {
      heading: '抽筋過後：減輕痠痛',
      sources: ['nhs-leg-cramps', 'dailymed-otc-labels', 'fda-nsaid-pregnancy'],
      body: [
        {
          paragraph:
            '止痛藥作用太慢，沒辦法停止抽筋。但抽筋過後，布洛芬或乙醯胺酚（又叫撲熱息痛）可能可以減輕痠痛。' +
            '請按照藥品標籤使用。',
        },
      ],
      cautions: [
        {
          heading: '布洛芬：請先確認',
          body: [
            { paragraph: '不要和其他止痛藥一起吃，例如萘普生或阿斯匹靈。' },
            { paragraph: '如果您有下面的情況，請先問藥劑師或醫生：' },
            {
              list: [
                '懷孕（懷孕20週起，只有醫生說可以才能吃）',
                '有氣喘',
                '曾經有胃潰瘍或胃出血',
                '有心臟病、肝病、腎臟病，或高血壓',
                '曾經中風',
                '正在吃抗凝血藥（讓血不容易凝固的藥）、類固醇或利尿劑（讓人多排尿的藥）',
                '為了保護心臟，正在吃阿斯匹靈',
                '60歲或以上',
                '每天喝3杯或更多的酒',
              ],
            },
          ],
        },
        {
          heading: '乙醯胺酚：請先確認',
          body: [
            { paragraph: '看清楚標籤：絕對不要同時吃兩種含有它的藥。' },
            { paragraph: '如果您有下面的情況，請先問藥劑師或醫生：' },
            {
              list: ['有肝病', '喝很多酒', '正在吃華法林（一種抗凝血藥）', '體重不到50公斤（110磅）'],
            },
            {
              paragraph:
                '一天（24小時）內，絕對不要超過標籤上寫的上限。要算毫克數，不是算顆數。',
            },
          ],
          overdose: {
            'poison-control': ({ poisonControl, emergency }) =>
              `吃太多了嗎？就算覺得沒事，也要馬上打電話給毒物控制中心：${poisonControl}。如果覺得非常不舒服，請撥打${emergency}。`,
            emergency: ({ emergency }) => `吃太多了嗎？就算覺得沒事，也要馬上撥打${emergency}。`,
          },
        },
      ],
    },
  },
  guided: {
    stepCount: ({ step, total }) => `第${step}步，共${total}步`,
    back: '上一步',
    next: '下一步',
    finish: '完成',
    eased: '好了，已經緩解',
    aftercareHeading: '抽筋後的照顧',
    // Shown both after "好了，已經緩解" and after "完成", so it must not assume the cramp has
    // stopped.
    aftercareIntro: '肌肉可能會痠痛，最長一天。如果抽筋超過10分鐘，今天就要就醫。',
    startOver: '重新開始',
  },
  timer: {
    heading: ({ minutes }) => `熱敷或冰敷計時（${minutes}分鐘）`,
    start: '開始計時',
    pause: '暫停',
    resume: '繼續',
    reset: '重設',
    timeLeft: ({ clock }) => `還剩${clock}`,
    ended: '時間到了。請把敷包拿開。',
  },
  help: {
    heading: '什麼時候要求助',
    sources: ['nhs-leg-cramps', 'nhs-inform-leg-cramps', 'nhs-dvt', 'nhs-tetanus', 'nhs-statins', 'mayo-rhabdomyolysis'],
    urgent: { label: '需要當天處理：', heading: '如果有以下情況，今天就要就醫：' },
    soon: { label: '不緊急：', heading: '如果有以下情況，請預約看診：' },
    emergencyHeading: ({ emergency }) => `如果有以下情況，請馬上撥打${emergency}：`,
    signs: {
      'clot-with-chest-or-breathing': '有胸痛或呼吸困難，同時有一條腿可能有血栓',
      'tetanus-signs': '受傷之後，下巴變得僵硬，或肌肉痙攣（一陣陣抽緊）擴散到全身',
      'one-leg-swollen': '一條腿（不是兩條）腫起來，或一條腿痛而且皮膚發熱、發紅或顏色變深（可能是血栓）',
      'longer-than-ten-minutes': '抽筋超過10分鐘',
      'after-wound': '被割傷或刺傷，傷口很髒（泥土、生鏽的釘子），之後開始抽筋，而且破傷風疫苗可能沒有按時打',
      'statin-muscle-symptoms': '吃他汀類降膽固醇藥時，有肌肉疼痛、痠痛或無力：吃下一次藥之前，請先問醫生或護士',
      'dark-urine': '肌肉痠痛或無力，而且小便顏色很深，像茶或可樂',
      frequent: '常常抽筋',
      'disturb-sleep': '抽筋讓您睡不好',
      'both-legs-numb-or-weak': '兩條腿或兩邊腳踝都腫起來，或抽筋時還有麻木或無力',
      'new-water-pill': '開始吃新的利尿劑（讓人多排尿的藥）後出現抽筋：問過醫生之前，請繼續吃',
    },
  },
  diary: {
    heading: '寫抽筋日記',
    intro: '常常抽筋嗎？把這次抽筋記下來，給醫生或護士看。只回答您想回答的就好。',
    title: '腿抽筋日記',
    muscleLegend: '哪裡抽筋？',
    muscles: { calf: '小腿肚', thigh: '大腿', foot: '腳掌' },
    durationLegend: '抽筋持續了多久？',
    durations: { 'under-a-minute': '不到一分鐘', 'up-to-ten-minutes': '1到10分鐘', 'over-ten-minutes': '超過10分鐘' },
    helpedLegend: '什麼方法有幫助？',
    nothingHelped: '都沒有幫助',
    signsLegend: '您有下面任何一種情況嗎？',
    notNoted: '沒有記錄',
    none: '沒有',
    advice: {
      emergency: ({ emergency }) => `馬上撥打${emergency}。`,
      urgent: ({ clinic }) => `今天就要就醫。請聯絡${clinic}；如果沒開門，請去急症診所或醫院急診室。`,
      soon: ({ clinic }) => `請向${clinic}預約看診。`,
      'self-care': () => '沒有需要看診的徵兆。如果一直抽筋，請帶這份日記去看診。',
    },
  },
  appointmentSummary: {
    fileName: '腿抽筋日記',
    ask: ['我抽筋可能是什麼原因？', '會不會是我吃的某種藥造成的？', '哪些伸展動作對我最有幫助？'],
  },
  prevention: {
    heading: '預防抽筋',
    sources: ['nhs-leg-cramps', 'coppin-2005', 'hallegraeff-2012', 'medlineplus-cramps', 'fda-quinine'],
    body: [
      {
        paragraph: '白天和睡前伸展小腿肚，可能有助於預防夜裡抽筋，但研究結果不一致。伸展小腿肚的方法：',
      },
      {
        list: [
          '面對牆壁，雙手扶著牆。',
          '一隻腳往後退一步，那隻腳的腳跟要貼著地面。',
          '身體向前傾，直到小腿肚有被拉開的感覺。',
          '保持10到30秒。每條腿做幾次。',
        ],
      },
      { paragraph: '伸展大腿也可能有幫助。' },
      ...thighStretches,
      {
        paragraph:
          '不要用奎寧藥丸或通寧水（又叫湯力水）來治抽筋。美國的藥物管理機構警告，它們可能造成嚴重出血和心跳節奏的問題。',
      },
    ],
  },
  twitching: {
    text: '肌肉跳動或輕微顫動，不是抽筋。',
    goToCheck: '前往肌肉跳動檢查',
    askClinician: '肌肉跳動通常無害。如果一直持續，或同時有無力，請去看醫生或護士。',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
