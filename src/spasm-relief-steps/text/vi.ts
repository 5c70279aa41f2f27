import type { Block } from '../../shared/text-types.js';
import type { SpasmContent } from '../spasm-content.js';

/** The two thigh stretches: in the stretch step, and again under prevention. */
const thighStretches: readonly Block[] = [
  { paragraph: 'Với phía sau đùi:' },
  {
    list: [
      'Ngồi, duỗi thẳng chân ra phía trước.',
      'Nhẹ nhàng cúi người về phía trước cho tới khi thấy cơ căng ra.',
    ],
  },
  { paragraph: 'Với phía trước đùi:' },
  { list: ['Vịn vào một cái ghế.', 'Co đầu gối lại và kéo bàn chân lên về phía mông.'] },
];

/**
 * Vietnamese text for `<spasm-relief-steps>`: the same facts, sources and review dates as
 * `./en.ts`, written anew in plain standard Vietnamese for the US Vietnamese community (full
 * diacritics, Unicode NFC). Pain relief is shown only as a way to ease soreness after a cramp,
 * never as a way to stop one. Every fact rests on the clinical brief (section C).
 *
 * The reader is "quý vị" throughout: the polite form US clinics and public notices use, which an
 * older patient reads as respectful, where "bạn" can sound too familiar. The visitor's own
 * questions say "tôi".
 *
 * A cramp is "chuột rút"; the intro also gives "vọp bẻ", the word many Southern speakers use, as
 * the English gives "charley horse". A blood clot is "cục máu đông", explained once; tetanus is
 * "uốn ván"; a statin is "thuốc hạ mỡ máu"; a blood thinner "thuốc làm loãng máu"; a stroke
 * "đột quỵ (tai biến mạch máu não)"; quinine "ký ninh" (tonic water is described, not named).
 * Over-the-counter medicines keep the names printed on US labels (ibuprofen, acetaminophen,
 * naproxen, aspirin, warfarin), and "mg" stays as the label prints it; weight is in "ký" and
 * "pao", the words US Vietnamese use. The FDA is named in full in Vietnamese.
 */
export const vi: SpasmContent = {
  title: 'Làm dịu cơn chuột rút ở chân',
  intro: [
    {
      paragraph:
        'Chuột rút ở chân (có người gọi là vọp bẻ), hay co thắt cơ, là khi một cơ ở chân tự co cứng lại và gây đau. ' +
        'Cơn chuột rút kéo dài từ vài giây tới khoảng 10 phút. Cơ có thể bị ê ẩm tới một ngày.',
    },
  ],
  checkFirst: {
    heading: 'Kiểm tra trước: có thể là cục máu đông không?',
    sources: ['nhs-dvt'],
    text:
      'Có phải một bên chân (không phải cả hai) bị sưng, hoặc bị đau mà da ấm, đỏ hay sẫm màu hơn không? ' +
      'Cục máu đông là máu đông lại thành cục trong mạch máu. Nó có thể gây cảm giác giống chuột rút. ' +
      'Nếu vậy, đừng xoa bóp hay chườm nóng chân đó, và hãy đi khám ngay trong hôm nay.',
    emergency: ({ emergency }) => `Hãy gọi số ${emergency} ngay nếu quý vị còn bị đau ngực hay khó thở.`,
  },
  stepsHeading: 'Các bước làm dịu cơn chuột rút',
  steps: {
    stretch: {
      heading: 'Kéo giãn cơ',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      byMuscle: {
        calf: [
          { paragraph: 'Với bắp chân (phía sau cẳng chân):' },
          {
            list: [
              'Duỗi thẳng chân.',
              'Nhẹ nhàng kéo các ngón chân ngược lên phía ống chân.',
              'Giữ như vậy cho tới khi đỡ chuột rút. Ngưng lại nếu đau hơn.',
            ],
          },
        ],
        thigh: [...thighStretches, { paragraph: 'Giữ như vậy cho tới khi đỡ chuột rút. Ngưng lại nếu đau hơn.' }],
        foot: [
          { paragraph: 'Với bàn chân:' },
          {
            list: [
              'Nhẹ nhàng kéo các ngón chân ngược lên phía ống chân.',
              'Giữ như vậy cho tới khi đỡ chuột rút. Ngưng lại nếu đau hơn.',
            ],
          },
        ],
      },
    },
    massage: {
      heading: 'Xoa bóp cơ',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Xoa bóp bằng tay, hay bằng ống lăn xoa bóp.' }],
    },
    walk: {
      heading: 'Đứng dậy và đi bộ',
      sources: ['nhs-leg-cramps', 'medlineplus-cramps'],
      body: [{ paragraph: 'Đứng lên trên chân bị chuột rút, rồi đi tới đi lui.' }],
    },
    'heat-ice': {
      heading: 'Chườm nóng hay chườm lạnh',
      sources: ['medlineplus-cramps'],
      body: [
        {
          terms: [
            { term: 'Nóng', text: 'Túi chườm ấm hay tấm sưởi điện, trong lúc cơ còn co cứng.' },
            { term: 'Lạnh', text: 'Túi chườm đá, về sau, khi cơ bị ê ẩm.' },
          ],
        },
      ],
      cautions: {
        heading: 'Chườm nóng và lạnh cho an toàn',
        body: [
          {
            list: [
              'Lót một cái khăn giữa túi chườm và da.',
              'Chườm nhiều nhất 15 tới 20 phút.',
              'Đừng bao giờ ngủ khi đang chườm.',
              'Để tấm sưởi điện ở mức vừa hay mức thấp.',
              'Đừng bao giờ chườm lên chỗ da bị tê hay châm chích.',
              'Bị tiểu đường hay máu lưu thông kém? Hãy hỏi bác sĩ hoặc y tá trước.',
            ],
          },
        ],
      },
    },
    'pain-relief': {
      heading: 'Sau cơn chuột rút: làm bớt ê ẩm',
      sources: ['nhs-leg-cramps', 'dailymed-otc-labels', 'fda-nsaid-pregnancy'],
      body: [
        {
          paragraph:
            'Thuốc giảm đau có tác dụng quá chậm nên không làm ngưng được cơn chuột rút. ' +
            'Nhưng sau đó, ibuprofen hay acetaminophen (paracetamol) có thể làm bớt ê ẩm. Hãy làm theo nhãn thuốc.',
        },
      ],
      cautions: [
        {
          heading: 'Ibuprofen: kiểm tra trước',
          body: [
            { paragraph: 'Đừng uống chung với các thuốc giảm đau khác như naproxen hay aspirin.' },
            { paragraph: 'Hãy hỏi dược sĩ hoặc bác sĩ trước nếu quý vị:' },
            {
              list: [
                'đang có thai (từ tuần thứ 20, chỉ uống khi bác sĩ bảo)',
                'bị hen suyễn',
                'đã từng bị loét hay chảy máu bao tử',
                'bị bệnh tim, gan hay thận, hoặc bị huyết áp cao',
                'đã từng bị đột quỵ (tai biến mạch máu não)',
                'đang uống thuốc làm loãng máu, thuốc steroid hay thuốc lợi tiểu',
                'uống aspirin cho tim',
                'từ 60 tuổi trở lên',
                'uống từ 3 ly rượu bia trở lên mỗi ngày',
              ],
            },
          ],
        },
        {
          heading: 'Acetaminophen: kiểm tra trước',
          body: [
            { paragraph: 'Hãy đọc nhãn thuốc: đừng bao giờ uống hai loại thuốc cùng có chất này.' },
            { paragraph: 'Hãy hỏi dược sĩ hoặc bác sĩ trước nếu quý vị:' },
            {
              list: [
                'bị bệnh gan',
                'uống nhiều rượu bia',
                'đang uống warfarin, một loại thuốc làm loãng máu',
                'cân nặng dưới 50 ký (110 pao)',
              ],
            },
            {
              paragraph:
                'Đừng bao giờ uống quá mức ghi trên nhãn cho một ngày (24 giờ). ' +
                'Hãy đếm số miligam (mg), không phải số viên.',
            },
          ],
          overdose: {
            'poison-control': ({ poisonControl, emergency }) =>
              `Lỡ uống quá nhiều? Hãy gọi ngay Trung tâm Chống độc theo số ${poisonControl}, dù quý vị thấy vẫn khỏe. ` +
              `Nếu thấy rất không khỏe, hãy gọi số ${emergency}.`,
            emergency: ({ emergency }) => `Lỡ uống quá nhiều? Hãy gọi số ${emergency} ngay, dù quý vị thấy vẫn khỏe.`,
          },
        },
      ],
    },
  },
  guided: {
    stepCount: ({ step, total }) => `Bước ${step} trên ${total}`,
    back: 'Quay lại',
    next: 'Tiếp theo',
    finish: 'Kết thúc',
    eased: 'Xong, đã đỡ rồi',
    aftercareHeading: 'Chăm sóc sau cơn chuột rút',
    // Shown both after "Xong, đã đỡ rồi" and after "Kết thúc", so it must not assume the cramp
    // has stopped.
    aftercareIntro:
      'Cơ có thể bị ê ẩm tới một ngày. Nếu cơn chuột rút kéo dài hơn 10 phút, hãy đi khám ngay trong hôm nay.',
    startOver: 'Làm lại từ đầu',
  },
  timer: {
    heading: ({ minutes }) => `Hẹn giờ chườm nóng hay lạnh (${minutes} phút)`,
    start: 'Bắt đầu hẹn giờ',
    pause: 'Tạm dừng',
    resume: 'Tiếp tục',
    reset: 'Đặt lại',
    timeLeft: ({ clock }) => `Còn ${clock}`,
    ended: 'Hết giờ. Hãy lấy túi chườm ra.',
  },
  help: {
    heading: 'Khi nào cần tìm giúp đỡ',
    sources: ['nhs-leg-cramps', 'nhs-inform-leg-cramps', 'nhs-dvt', 'nhs-tetanus', 'nhs-statins', 'mayo-rhabdomyolysis'],
    urgent: { label: 'Gấp:', heading: 'Hãy đi khám ngay trong hôm nay nếu:' },
    soon: { label: 'Không gấp:', heading: 'Hãy đặt hẹn khám nếu:' },
    emergencyHeading: ({ emergency }) => `Hãy gọi số ${emergency} ngay nếu:`,
    signs: {
      'clot-with-chest-or-breathing': 'bị đau ngực hay khó thở, kèm theo một bên chân có thể có cục máu đông',
      'tetanus-signs': 'sau khi bị thương, quý vị bị cứng hàm hay co thắt cơ lan ra khắp người',
      'one-leg-swollen':
        'một bên chân (không phải cả hai) bị sưng, hoặc bị đau mà da ấm, đỏ hay sẫm màu hơn (có thể là cục máu đông)',
      'longer-than-ten-minutes': 'cơn chuột rút kéo dài hơn 10 phút',
      'after-wound':
        'bị chuột rút sau vết cắt hay vết đâm dơ (dính đất, đinh rỉ sét), và có thể đã quá hạn chích ngừa uốn ván',
      'statin-muscle-symptoms':
        'quý vị bị đau cơ, ê ẩm hay yếu cơ khi đang uống thuốc hạ mỡ máu: hãy hỏi trước khi uống liều kế tiếp',
      'dark-urine': 'cơ bị đau hay yếu, kèm nước tiểu sẫm màu như nước trà hay nước ngọt cô-ca',
      frequent: 'quý vị hay bị chuột rút',
      'disturb-sleep': 'chuột rút làm quý vị ngủ không ngon',
      'both-legs-numb-or-weak': 'cả hai chân hay hai mắt cá chân bị sưng, hoặc chuột rút kèm theo tê hay yếu',
      'new-water-pill': 'chuột rút bắt đầu sau khi uống một loại thuốc lợi tiểu mới: cứ uống tiếp cho tới khi hỏi được bác sĩ',
    },
  },
  diary: {
    heading: 'Ghi nhật ký chuột rút',
    intro: 'Quý vị hay bị chuột rút? Hãy ghi lại lần này để đưa bác sĩ hoặc y tá xem. Chỉ trả lời những gì quý vị muốn.',
    title: 'Nhật ký chuột rút ở chân',
    muscleLegend: 'Chuột rút ở chỗ nào?',
    muscles: { calf: 'Bắp chân', thigh: 'Đùi', foot: 'Bàn chân' },
    durationLegend: 'Cơn chuột rút kéo dài bao lâu?',
    durations: { 'under-a-minute': 'Dưới một phút', 'up-to-ten-minutes': 'Từ 1 tới 10 phút', 'over-ten-minutes': 'Hơn 10 phút' },
    helpedLegend: 'Cách nào đã giúp?',
    nothingHelped: 'Không cách nào giúp được',
    signsLegend: 'Quý vị có bị điều nào dưới đây không?',
    notNoted: 'Không ghi',
    none: 'Không có',
    advice: {
      emergency: ({ emergency }) => `Hãy gọi số ${emergency} ngay.`,
      urgent: ({ clinic }) =>
        `Hãy đi khám ngay trong hôm nay. Hãy liên lạc ${clinic}; ` +
        'nếu phòng khám đóng cửa, hãy đến phòng khám khẩn cấp không cần hẹn, hay đến phòng cấp cứu.',
      soon: ({ clinic }) => `Hãy đặt hẹn với ${clinic}.`,
      'self-care': () => 'Không có dấu hiệu nào cần đi khám. Hãy mang nhật ký này theo nếu chuột rút cứ trở lại.',
    },
  },
  appointmentSummary: {
    fileName: 'nhat-ky-chuot-rut',
    ask: [
      'Điều gì có thể gây ra chuột rút cho tôi?',
      'Có thể nào một loại thuốc tôi đang uống gây ra chuột rút không?',
      'Những cách kéo giãn cơ nào giúp tôi nhiều nhất?',
    ],
  },
  prevention: {
    heading: 'Phòng ngừa chuột rút',
    sources: ['nhs-leg-cramps', 'coppin-2005', 'hallegraeff-2012', 'medlineplus-cramps', 'fda-quinine'],
    body: [
      {
        paragraph:
          'Kéo giãn bắp chân vào ban ngày và trước khi ngủ có thể giúp ngừa chuột rút ban đêm, ' +
          'nhưng các nghiên cứu cho kết quả khác nhau. Cách kéo giãn bắp chân:',
      },
      {
        list: [
          'Đứng quay mặt vào tường, đặt hai tay lên tường.',
          'Bước một chân ra sau, giữ gót chân đó sát sàn nhà.',
          'Ngả người về phía trước cho tới khi thấy bắp chân căng ra.',
          'Giữ từ 10 tới 30 giây. Làm vài lần cho mỗi chân.',
        ],
      },
      { paragraph: 'Kéo giãn đùi cũng có thể giúp ích.' },
      ...thighStretches,
      {
        paragraph:
          'Đừng dùng thuốc ký ninh, hay nước có ga vị đắng có ký ninh, để chữa chuột rút. ' +
          'Cơ quan Quản lý Thực phẩm và Dược phẩm Hoa Kỳ cảnh báo rằng chúng có thể gây chảy máu nặng và làm tim đập bất thường.',
      },
    ],
  },
  twitching: {
    text: 'Cơ bị giật nhẹ hay rung rung thì không phải là chuột rút.',
    goToCheck: 'Đến phần kiểm tra giật cơ',
    askClinician: 'Giật cơ thường vô hại. Hãy gặp bác sĩ hoặc y tá nếu giật cơ kéo dài hay kèm theo yếu cơ.',
  },
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
