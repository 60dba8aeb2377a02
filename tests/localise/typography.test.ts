import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyTypography } from '../../scripts/localise/typography.ts'

const cn = (text: string) => applyTypography(text, 'zh-Hans-CN')
const tw = (text: string) => applyTypography(text, 'zh-Hant-TW')
const hk = (text: string) => applyTypography(text, 'zh-Hant-HK')

describe('punctuation next to Chinese text becomes full-width', () => {
  it('turns half-width commas between Chinese characters into ，', () => {
    expect(tw('通過工程優化和協同創新,顯著降低了大模型研發成本')).toBe('通過工程優化和協同創新，顯著降低了大模型研發成本')
  })

  it('converts , : ; ! ? when either neighbour is Chinese, Latin on the other side included', () => {
    expect(cn('2025年初,DeepSeek通过工程实践')).toBe('2025年初，DeepSeek通过工程实践')
    expect(cn('注意:模型;数据!真的吗?')).toBe('注意：模型；数据！真的吗？')
    expect(cn('DeepSeek,推动')).toBe('DeepSeek，推动')
  })

  it('drops the spaces between a converted mark and its neighbours', () => {
    expect(tw('軟件 , 硬件')).toBe('軟件，硬件')
    expect(tw('中文, English')).toBe('中文，English')
  })

  it('turns parentheses enclosing or touching Chinese text into （ ）', () => {
    expect(tw('深度求索(DeepSeek)通過')).toBe('深度求索（DeepSeek）通過')
    expect(tw('(潘宏勝為首席經濟學家)')).toBe('（潘宏勝為首席經濟學家）')
    expect(cn('(DeepSeek)公司')).toBe('（DeepSeek）公司')
    expect(cn('深度求索 (DeepSeek) 公司')).toBe('深度求索（DeepSeek）公司')
  })

  it('leaves a comma after a converted parenthesis full-width too', () => {
    expect(cn('模型(AI),而且')).toBe('模型（AI），而且')
  })
})

describe('what typography leaves alone', () => {
  it.each([
    'US$2.5B to $3B',
    '{{ total }}',
    '<img src=x onerror=alert(1)>',
    'https://example.com/a?b=1&c=2',
    'He said "hi", then left (quietly).',
    'f(x) = a, b; c: d! e?',
  ])('ASCII-only text: %s', text => {
    expect(cn(text)).toBe(text)
    expect(tw(text)).toBe(text)
  })

  it('keeps commas and points between digits half-width', () => {
    expect(tw('共1,000家企業,增長3.5%')).toBe('共1,000家企業，增長3.5%')
    expect(cn('时间10:30开始')).toBe('时间10:30开始')
  })

  it('keeps Latin words, numbers and the spaces around +', () => {
    expect(tw('它的“技術極客 + 自由資本”模式')).toBe('它的「技術極客 + 自由資本」模式')
    expect(cn('这种“极客领导 + 学术新锐 + 团队攻关”的科研模式')).toBe('这种“极客领导 + 学术新锐 + 团队攻关”的科研模式')
  })

  it.each([
    ['a function call', '計算f(x)的值,再呼叫alert(1)。', '計算f(x)的值，再呼叫alert(1)。'],
    ['a link target', '請見[報告](https://example.com/a_(b)?c=1),謝謝', '請見[報告](https://example.com/a_(b)?c=1)，謝謝'],
    ['an address in brackets', '請見(https://example.com/x)或寫信', '請見(https://example.com/x)或寫信'],
    ['an e-mail address', '聯絡:info@example.org!謝謝', '聯絡：info@example.org！謝謝'],
    ['a quoted argument', '呼叫f("x")後', '呼叫f("x")後'],
    ['numbers with units and times', '頻率3.5GHz,時間10:30,增長1,000%', '頻率3.5GHz，時間10:30，增長1,000%'],
    ['a query string', '網址a.com/?q=1&r=2;之後', '網址a.com/?q=1&r=2；之後'],
  ])('leaves %s byte for byte, converting only the prose around it', (_what, text, expected) => {
    expect(tw(text)).toBe(expected)
  })

  it('keeps an HTML attribute value next to Chinese text as it is', () => {
    expect(tw('見<a title="x">連結</a>')).toBe('見<a title="x">連結</a>')
  })

  it('leaves a lone apostrophe alone', () => {
    expect(tw('DeepSeek’s 模型')).toBe('DeepSeek’s 模型')
  })

  it('never changes frozen spans, which still count as context', () => {
    const text = '品牌Yahoo!中文,完'
    const frozen = [{ start: 2, end: 8 }] // Yahoo!
    expect(applyTypography(text, 'zh-Hant-TW', frozen)).toBe('品牌Yahoo!中文，完')
  })
})

describe('quotation marks per locale', () => {
  it('uses “ ” in zh-Hans-CN and 「 」 in zh-Hant-TW and zh-Hant-HK', () => {
    expect(cn('打破了“模型参数越多则效果越好”规模定律')).toBe('打破了“模型参数越多则效果越好”规模定律')
    expect(tw('打破了“模型參數越多則效果越好”規模定律')).toBe('打破了「模型參數越多則效果越好」規模定律')
    expect(hk('打破了“模型參數越多則效果越好”規模定律')).toBe('打破了「模型參數越多則效果越好」規模定律')
    expect(cn('打破了「模型参数越多则效果越好」规模定律')).toBe('打破了“模型参数越多则效果越好”规模定律')
  })

  it('makes nested quotes the secondary pair, whatever marks they came in', () => {
    expect(tw('他說“這叫‘水中撈月’嗎”')).toBe('他說「這叫『水中撈月』嗎」')
    expect(tw('他說「這叫「水中撈月」嗎」')).toBe('他說「這叫『水中撈月』嗎」')
    expect(cn('他说「这叫『水中捞月』吗」')).toBe('他说“这叫‘水中捞月’吗”')
    expect(hk('‘虛擬’場景')).toBe('「虛擬」場景')
  })

  it('pairs straight double quotes around Chinese text', () => {
    expect(tw('所謂"跑得了和尚跑不了廟",')).toBe('所謂「跑得了和尚跑不了廟」，')
    expect(cn('叫"DeepSeek"的公司')).toBe('叫“DeepSeek”的公司')
  })

  it('converts quotes around Latin text inside Chinese prose', () => {
    expect(tw('取消“KPI”考核')).toBe('取消「KPI」考核')
  })
})

describe('typography properties', () => {
  // No '=': a straight quote after it is an HTML attribute, on purpose not a quotation mark.
  const pieces = fc.constantFrom('中', '文', 'A', 'b', '1', ' ', '+', '.', '。', '，', '\n', ',', ':', ';', '!', '?', '(', ')', '（', '）')
  const anyQuote = fc.constantFrom('"', '“', '”', '‘', '’', '「', '」', '『', '』')
  const mixed = fc.array(fc.oneof(pieces, anyQuote), { maxLength: 40 }).map(chars => chars.join(''))
  /** Text whose quotation marks are well nested (free parentheses and punctuation). */
  const nested = fc.letrec<{ text: string; quoted: string }>(tie => ({
    text: fc.array(fc.oneof({ depthSize: 'small' }, pieces, tie('quoted')), { maxLength: 8 }).map(parts => parts.join('')),
    quoted: fc.tuple(fc.constantFrom('“”', '‘’', '「」', '『』', '""'), tie('text')).map(([marks, inner]) => marks[0] + inner + marks[1]),
  })).text

  /**
   * An ASCII token: printable ASCII without spaces that starts with a letter or digit and ends
   * with one or with a closing bracket (a URL, an e-mail address, f(x), alert(1), 3.5GHz). A mark
   * before or after such a token is the sentence's own, so the token's edges are fixed that way.
   */
  const asciiToken = fc.tuple(
    fc.constantFrom(...'aZ09'),
    fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map(c => String.fromCharCode(c)), maxLength: 16 }),
    fc.constantFrom(...'bY8)]}'),
  ).map(([first, middle, last]) => first + middle + last)
  const realTokens = fc.constantFrom('https://example.com/a_(b)?c=1&d="e"', 'info@example.org', 'f(x)', 'alert(1)', '3.5GHz', 'a[0]', 'obj.call("x",1)', 'x:y;z!w?v,u')
  const token = fc.oneof(asciiToken, realTokens)
  const chinese = fc.string({ unit: fc.constantFrom(...'中文資料軟件，。：；！？（）、'), maxLength: 8 })
  const before = chinese.map(text => `${text}說`)
  const after = chinese.map(text => `是${text}`)

  it('leaves any ASCII token placed anywhere in Chinese text unchanged', () => {
    fc.assert(fc.property(before, token, after, fc.constantFrom('', ' '), (left, ascii, right, space) => {
      const text = left + space + ascii + space + right
      for (const convert of [cn, tw, hk]) expect(convert(text)).toBe(text)
    }), { numRuns: 1000 })
  })

  it('converts the sentence\'s own marks on both sides of an ASCII token', () => {
    const mark = fc.constantFrom(...',:;!?')
    const full: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' }
    fc.assert(fc.property(before, mark, token, mark, after, (left, m1, ascii, m2, right) => {
      expect(tw(left + m1 + ascii + m2 + right)).toBe(left + full[m1] + ascii + full[m2] + right)
    }), { numRuns: 1000 })
  })

  it('never changes ASCII-only text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), text => {
      expect(cn(text)).toBe(text)
      expect(hk(text)).toBe(text)
    }))
  })

  it('is idempotent on text with well-nested quotes', () => {
    fc.assert(fc.property(nested, text => {
      expect(tw(tw(text))).toBe(tw(text))
      expect(cn(cn(text))).toBe(cn(text))
    }), { numRuns: 500 })
  })

  it('leaves no half-width , : ; ! ? right next to a Chinese character', () => {
    fc.assert(fc.property(mixed, text => {
      expect(tw(text)).not.toMatch(/[中文][,:;!?]|[,:;!?][中文]/)
    }))
  })
})
