import type { RlsContent } from '../rls-content.js';

/**
 * Vietnamese text for `<rls-symptom-card>`: the same facts, rules, sources and review dates as
 * `./en.ts`, written anew in plain standard Vietnamese for the US Vietnamese community (full
 * diacritics, Unicode NFC). Every fact rests on the clinical brief (section A).
 *
 * The reader is "quý vị" throughout: the polite form US clinics and public notices use, which an
 * older patient reads as respectful, where "bạn" can sound too familiar. The visitor's own
 * questions say "tôi".
 *
 * Restless legs syndrome is "hội chứng chân không yên", explained in the summary line as a strong
 * urge to move the legs; there is no Vietnamese acronym, so none is shown. Everyday words stand in
 * for Sino-Vietnamese medical terms where a patient may not know them: nerve damage in the hands
 * and feet ("hư dây thần kinh ở tay chân") for peripheral neuropathy, "kê toa" for prescribing,
 * "thiếu máu (quá ít hồng cầu)" for anemia. Medicines keep the names printed on US labels
 * (diphenhydramine, doxylamine), so a reader can find them on the box; the English '"PM"' label
 * word is not shown. The brain chemical keeps its Vietnamese spelling, "dopamin".
 */
export const vi: RlsContent = {
  title: 'Hội chứng chân không yên',
  summary: 'Cảm giác thôi thúc rất mạnh phải cử động chân, nhất là vào buổi tối hay ban đêm khi nghỉ ngơi.',
  appointmentSummary: {
    fileName: 'tom-tat-chan-khong-yen',
    ask: [
      'Tôi có nên thử máu để xem lượng sắt không?',
      'Có thuốc nào tôi đang uống, hay bệnh nào khác của tôi, làm cho nó nặng hơn không?',
      'Cách chữa nào có thể giúp tôi, và có những rủi ro gì?',
    ],
  },
  sections: {
    overview: {
      heading: 'Hội chứng chân không yên là gì',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Bệnh này còn có tên là bệnh Willis-Ekbom. Cảm giác muốn cử động chân thường đi kèm một cảm giác khó chịu trong chân.',
        },
        {
          paragraph:
            'Bệnh thường nặng dần theo tuổi. Tự chăm sóc ở nhà có thể làm bớt bệnh, và thuốc giúp được nhiều người.',
        },
      ],
    },
    symptoms: {
      heading: 'Dấu hiệu thường gặp',
      sources: ['mayo-rls', 'montplaisir-1997'],
      body: [
        {
          terms: [
            {
              term: 'Bắt đầu khi nghỉ ngơi',
              text: 'Sau khi ngồi hay nằm yên một lúc, như khi đi xe đường dài hay khi xem phim ở rạp.',
            },
            {
              term: 'Cử động thì đỡ',
              text: 'Đi bộ, đi tới đi lui, duỗi chân hay rung chân giúp đỡ được một lúc.',
            },
            {
              term: 'Nặng hơn về đêm',
              text: 'Nhất là vào buổi tối và ban đêm.',
            },
            {
              term: 'Chân có thể giật hay đá trong lúc ngủ',
              text:
                'Quý vị có thể không biết, nhưng người ngủ chung thường thấy. ' +
                'Khoảng 8 trong 10 người bị hội chứng chân không yên có những cử động này khi ngủ.',
            },
          ],
        },
      ],
    },
    sensations: {
      heading: 'Cảm giác ra sao',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Thường ở sâu bên trong cả hai chân hay hai bàn chân, không phải trên da; ít khi ở hai tay. Có thể thấy như:',
        },
        {
          list: [
            'Như kiến bò',
            'Như có gì trườn bên trong',
            'Như bị kéo',
            'Thình thịch như mạch đập',
            'Đau nhức',
            'Ngứa',
            'Như bị điện giật',
          ],
        },
        {
          paragraph:
            'Cảm giác này thường khó tả, và thường không phải là chuột rút hay tê. Nó có thể thay đổi, hoặc ngưng một thời gian.',
        },
      ],
    },
    'when-to-see': {
      heading: 'Khi nào nên gặp bác sĩ hoặc y tá',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Quý vị nghĩ mình bị hội chứng chân không yên? Hãy gặp bác sĩ hoặc y tá, dù quý vị sợ không được coi trọng. Nhất là khi:',
        },
        {
          list: ['nó làm quý vị mất ngủ', 'nó làm hại tâm trạng hay sức khỏe tinh thần', 'tự chăm sóc ở nhà mà không đỡ'],
        },
        { paragraph: 'Hãy hỏi về việc thử máu để xem lượng sắt.' },
        {
          paragraph:
            'Quý vị đang uống thuốc trị chứng này? ' +
            'Nếu dấu hiệu bắt đầu sớm hơn trong ngày, đến nhanh hơn, mạnh hơn hay lan lên tay, hãy báo cho người đã kê toa. ' +
            'Cứ uống tiếp cho tới lúc đó: ngưng thuốc đột ngột có thể làm bệnh nặng hơn nhiều.',
        },
      ],
    },
    causes: {
      heading: 'Nguyên nhân',
      sources: ['mayo-rls', 'nhs-rls', 'aasm-2024'],
      body: [
        {
          paragraph:
            'Thường không tìm ra nguyên nhân; có thể do dopamin, một chất trong não, bị mất cân bằng. ' +
            'Bệnh có thể có trong gia đình (đã biết một số gen liên quan), nhất là khi bắt đầu trước 40 tuổi.',
        },
        {
          paragraph:
            'Khi có thai hay khi nội tiết tố thay đổi, bệnh có thể bắt đầu hay nặng hơn một thời gian, nhất là vào cuối thai kỳ. ' +
            'Bệnh thường hết sau khi sinh.',
        },
        {
          paragraph:
            'Một số thuốc có thể làm bệnh nặng hơn. ' +
            'Đó là thuốc ngủ và thuốc dị ứng gây buồn ngủ mua không cần toa (như diphenhydramine hay doxylamine). ' +
            'Một số thuốc trị trầm cảm, buồn nôn hay bệnh về sức khỏe tâm thần cũng vậy. ' +
            'Đừng tự ý ngưng thuốc bác sĩ đã kê toa: hãy hỏi trước.',
        },
      ],
    },
    'risk-factors': {
      heading: 'Ai dễ bị',
      sources: ['mayo-rls'],
      body: [
        {
          paragraph:
            'Bệnh có thể bắt đầu ở bất cứ tuổi nào, kể cả trẻ em. Bệnh hay gặp hơn ở người lớn tuổi và ở phụ nữ. ' +
            'Bệnh hiếm khi là dấu hiệu của một bệnh nặng, nhưng có thể đi kèm với:',
        },
        {
          terms: [
            {
              term: 'Hư dây thần kinh ở tay chân',
              text: 'Dây thần kinh ở bàn tay và bàn chân bị hư, ví dụ do tiểu đường hay uống rượu nhiều.',
            },
            {
              term: 'Thiếu sắt',
              text:
                'Kể cả khi không bị thiếu máu (quá ít hồng cầu). ' +
                'Nguyên nhân có thể là chảy máu trong bao tử hay ruột, kinh nguyệt ra nhiều, hay hiến máu thường xuyên.',
            },
            {
              term: 'Suy thận',
              text: 'Thường cũng kèm theo thiếu sắt.',
            },
            {
              term: 'Bệnh ở tủy sống',
              text: 'Tủy sống bị tổn thương, hoặc trước đây từng được chích thuốc tê vào cột sống.',
            },
            {
              term: 'Bệnh Parkinson',
              text: 'Khi được chữa bằng thuốc có tác dụng giống dopamin.',
            },
          ],
        },
      ],
    },
    complications: {
      heading: 'Bệnh có thể ảnh hưởng ra sao',
      sources: ['mayo-rls', 'zhuang-2019'],
      body: [
        {
          paragraph:
            'Tự nó, hội chứng chân không yên không làm hại cơ thể. ' +
            'Nhưng nó có thể chỉ hơi phiền, hoặc nặng tới mức làm quý vị không sinh hoạt bình thường được. ' +
            'Nó có thể làm khó ngủ, nên ban ngày quý vị buồn ngủ, nhưng chợp mắt ban ngày cũng khó. ' +
            'Bệnh có liên quan tới buồn chán kéo dài (trầm cảm) và ý nghĩ tự làm hại mình.',
        },
      ],
    },
    'self-help': {
      heading: 'Những điều quý vị có thể thử',
      sources: ['nhs-rls'],
      body: [
        { paragraph: 'Những cách này giúp được một số người:' },
        {
          list: [
            'Tập thể dục đều đặn vào ban ngày.',
            'Tắm nước ấm.',
            'Bớt uống cà phê, trà và thức uống có cafein, và không uống sau 12 giờ trưa.',
            'Không uống rượu bia trong 2 giờ trước khi đi ngủ.',
          ],
        },
      ],
    },
  },
  selfCheck: {
    heading: 'Kiểm tra dấu hiệu của quý vị',
    intro:
      'Phần kiểm tra này không phải là chẩn đoán bệnh. ' +
      'Nó so câu trả lời của quý vị với kiểu dấu hiệu thường thấy của hội chứng chân không yên.',
    sources: ['irlssg-2014', 'hening-mimics', 'nhs-rls', 'aasm-2024'],
    questions: {
      urgeToMove: {
        legend: 'Quý vị có cảm giác thôi thúc phải cử động chân không?',
        hint: 'Thường kèm một cảm giác khó chịu trong chân.',
      },
      startsAtRest: {
        legend: 'Cảm giác này có bắt đầu hay nặng hơn khi quý vị ngồi hay nằm yên không?',
        hint: 'Như khi đi xe đường dài hay khi xem phim ở rạp.',
      },
      reliefWithMovement: {
        legend: 'Cử động có làm đỡ không, ít nhất là trong lúc quý vị còn cử động?',
        hint: 'Như đi bộ, duỗi chân hay rung chân.',
      },
      worseEvening: {
        legend: 'Có phải cảm giác này chỉ đến vào buổi tối hay ban đêm, hoặc nặng hơn vào giờ đó không?',
      },
      hardPainfulCramp: {
        legend: 'Đó có phải là cơn chuột rút, cứng và đau không?',
        hint: 'Một bắp cơ co cứng lại, chứ không phải cảm giác muốn cử động.',
      },
      goesWithPositionChange: {
        legend: 'Cảm giác này có hết khi quý vị chỉ đổi tư thế, mà không đi lại không?',
      },
      frequency: {
        legend: 'Cảm giác này đến thường cỡ nào?',
        hint: 'Tính trung bình trong năm qua (hoặc từ khi bắt đầu, nếu chưa tới một năm).',
      },
      sleepAffected: {
        legend: 'Cảm giác này có làm quý vị khó ngủ, hay dễ thức giấc giữa đêm không?',
      },
      takesRlsMedicine: {
        legend: 'Quý vị có đang uống thuốc trị hội chứng chân không yên không?',
      },
      onRlsMedicineWorsening: {
        legend:
          'Từ khi uống thuốc, dấu hiệu có bắt đầu sớm hơn trong ngày, đến nhanh hơn, mạnh hơn hay lan lên tay không?',
      },
    },
    frequencies: {
      'twice-weekly-or-more': 'Hai lần một tuần hoặc hơn',
      'less-often': 'Ít hơn hai lần một tuần',
    },
    submit: 'Xem kết quả của tôi',
    // Vietnamese nouns have no plural form: one sentence fits every count.
    unanswered: ({ count }) => `Còn ${count} câu hỏi chưa trả lời.`,
    resultLabel: 'Kết quả của quý vị:',
    results: {
      matches: {
        heading: 'Câu trả lời của quý vị khớp với kiểu dấu hiệu của hội chứng chân không yên',
        text: 'Đây không phải là chẩn đoán bệnh: những vấn đề khác cũng có thể gây cảm giác giống vậy.',
      },
      partial: {
        heading: 'Câu trả lời của quý vị khớp với một phần kiểu dấu hiệu của hội chứng chân không yên',
        text: 'Những vấn đề khác cũng có thể gây cảm giác giống vậy.',
      },
      unlikely: {
        heading: 'Câu trả lời của quý vị không khớp với kiểu dấu hiệu của hội chứng chân không yên',
        text: 'Phần kiểm tra này không thể cho biết chắc là quý vị không bị hội chứng này hay vấn đề khác.',
      },
    },
    courses: {
      'chronic-persistent': 'Hãy cho bác sĩ hoặc y tá biết nó xảy ra thường cỡ nào, và từ khi nào.',
      intermittent: 'Hãy cho bác sĩ hoặc y tá biết nó xảy ra thường cỡ nào, và đã bị bao nhiêu lần.',
    },
    reasons: {
      'all-criteria':
        'Quý vị trả lời Có cho cả bốn dấu hiệu thường gặp, và Không cho các câu hỏi về chuột rút và đổi tư thế.',
      'all-criteria-other-cause':
        'Quý vị trả lời Có cho cả bốn dấu hiệu thường gặp. ' +
        'Nhưng theo câu trả lời về chuột rút hay đổi tư thế, có thể có lý do khác gây ra cảm giác này.',
      'some-criteria': 'Có thể có hai hay nhiều hơn trong bốn dấu hiệu thường gặp, nhưng không phải cả bốn.',
      'few-criteria': 'Có ít hơn hai trong bốn dấu hiệu thường gặp.',
      'other-cause-possible': 'Theo câu trả lời về chuột rút hay đổi tư thế, có thể có lý do khác gây ra cảm giác này.',
      'course-chronic-persistent': 'Quý vị nói cảm giác này đến hai lần một tuần hoặc hơn.',
      'course-intermittent': 'Quý vị nói cảm giác này đến ít hơn hai lần một tuần.',
      'pattern-needs-check': 'Chỉ bác sĩ hoặc y tá mới kiểm tra được các nguyên nhân khác.',
      'sleep-affected': 'Ngủ không ngon là một lý do chính đáng để tìm giúp đỡ.',
      'medicine-worsening':
        'Dấu hiệu của quý vị có thể đang thay đổi khi uống thuốc trị chứng này. ' +
        'Hãy báo cho người đã kê toa, và cứ uống tiếp cho tới lúc đó: ngưng thuốc đột ngột có thể làm bệnh nặng hơn nhiều.',
    },
    reasonsLabel: 'Vì sao có kết quả này',
    seeClinician: 'Hãy nói với bác sĩ hoặc y tá về các dấu hiệu của quý vị. Hãy hỏi về việc thử máu để xem lượng sắt.',
    noVisitNeeded:
      'Hiện giờ có vẻ chưa cần đi khám vì hội chứng chân không yên. ' +
      'Hãy gặp bác sĩ hoặc y tá nếu giấc ngủ hay tâm trạng bị ảnh hưởng, nếu tự chăm sóc không đỡ, hay nếu quý vị lo lắng. ' +
      'Chuột rút xảy ra thường xuyên hay gây đau cũng nên đi khám.',
  },
  crisisLine: 'Nếu quý vị thấy tuyệt vọng hay có ý nghĩ tự làm hại mình, hãy tìm giúp đỡ ngay:',
  callOrText: ({ number }) => `Gọi số ${number} hoặc nhắn tin tới số ${number}`,
  showMore: 'Xem tất cả các phần',
  showLess: 'Xem ít phần hơn',
  review: { lastReviewed: '2026-12-03', nextReview: '2029-12-03' },
};
