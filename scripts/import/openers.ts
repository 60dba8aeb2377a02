/**
 * Words that open a sentence without saying what it is about: connectives (不過, 值得注意的是,
 * 我們認為), settings of time and view (截至2024年底, 從產品看), and lead-ins that introduce the
 * clause after them (按美元計, 據商務部數據). A title skips them; a bullet keeps a lead-in with the
 * clause it introduces. Pure: every function takes a clause without its punctuation.
 */
import { numberingOf } from './numbering.ts'

/** Words that open a sentence without saying what it is about. */
const CONNECTIVE = /^(?:(?:更|尤其|特别|特別|最)?(?:值得|需要|应该|應該|必须|必須)[^，,]{1,4}的是|不过|不過|但是|然而|此外|另外|同时|同時|因此|所以|总之|總之|总的来看|總的來看|总体来看|總體來看|总体而言|總體而言|具体来看|具體來看|具体而言|具體而言|事实上|事實上|实际上|實際上|与此同时|與此同時|另一方面|一方面|换言之|換言之|也就是说|也就是說|对此|對此|为此|為此|近年来|近年來|近年|目前|当前|當前|现时|現時|如今|其中|例如|比如|譬如|(?:我们|我們|笔者|筆者|本文|我)(?:认为|認為|建议|建議|判断|判斷|发现|發現))$/
/** A time or setting that opens a sentence: 截至2024年底, 2023年以來, 在這種生態下, 從產品看, 分月來看. */
const SETTING = /^(?:(?:截至|截止|自|从|從)?.{0,12}?(?:以来|以來|年底|年初|年末|年中|月底|月初|期间|期間|之后|之後|以后|以後|上半年|下半年)|(?:截至|截止).{1,12}|\d{4}年.{0,4}|在.{1,10}[下中]|.{1,10}(?:當中|当中|之中)|.{0,4}在.{1,12}(?:时|時)|.{0,4}(?:来看|來看|而言)|(?:分|从|從|按|就).{1,6}(?:看|上看)|(?:去年|今年|明年|前年|上年|本年|上月|本月|近日|日前|近期|早前|此前|当时|當時)\S{0,6}|\d{1,2}月(?:\d{1,2}日)?\S{0,4})$/
/** A clause that introduces the next: 按美元計, 據統計, 對於中小企業而言; who said it: 有申請人反映, 最新公布的數字顯示. */
const LEAD_IN = /^(?:按|据|據|根据|根據|依据|依據|对于|對於|就|照)/
const SOURCE_OF = /(?:计|計|来说|來說|而言|为例|為例|反映|表示|指出|认为|認為|透露|提到|坦言|称|稱|显示|顯示|表明|发现|發現)$/

/** Words that only link a clause to what came before (不過, 另一方面, a list marker such as 首先), or nothing at all. */
export function isConnective(text: string): boolean {
  return text === '' || CONNECTIVE.test(text) || numberingOf(text)?.marker === text
}

/** A clause that says only when, from where or how: a title goes on to the clause after it. */
export function opensOnly(text: string): boolean {
  return CONNECTIVE.test(text) || SETTING.test(text) || isLeadIn(text)
}

/** A short clause that introduces the next one, so a bullet never ends with it. */
export function isLeadIn(text: string): boolean {
  return (text.length <= 14 && (LEAD_IN.test(text) || CONNECTIVE.test(text) || /^(?:从|從|分).{1,6}(?:看|来看|來看)$/.test(text))) || (text.length <= 20 && SOURCE_OF.test(text))
}
