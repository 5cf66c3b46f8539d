// Class: a report that is one person's address, speech or statement, printed under a heading that
// names it ("Звернення Президента України Володимира Зеленського", "Щоденне відеозвернення …",
// "Обращение губернатора Белгородской области Вячеслава Гладкова", "Выступление …", "Address by
// President Volodymyr Zelensky", "Statement of Governor …", "Zelensky's evening address"), then the
// text in the first person. The speaker of what the text says in its own voice is the person who
// speaks, not the office or channel that published it (the outlet field names the publisher).

const NOUNS_CY = String.raw`(?:(?:щоденне|щовечірнє|вечірнє|нічне|святкове|нове|ежедневное|вечернее|новое)\s+)?(?:відео)?(?:звернення|виступ|промова|заява)|(?:видео)?(?:обращение|выступление|заявление|речь)`
const NOUNS_EN = String.raw`(?:(?:daily|nightly|evening|video|televised|weekly)\s+)*(?:address|speech|statement|remarks|message)`
// The heading's name phrase: capitalised words and the title and place words between them, to the
// line's end (a date or colon after it ends the name).
const CY_HEADING = new RegExp(String.raw`^\s*(?:${NOUNS_CY})\s+(\p{L}[\p{L}'’ʼ.-]*(?:\s+[\p{L}'’ʼ.-]+){0,7})\s*[.:]?\s*$`, 'iu')
const EN_BY = new RegExp(String.raw`^\s*(?:${NOUNS_EN})\s+(?:by|of|from)\s+((?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,7})\s*[.:]?\s*$`, 'iu')
const EN_POSSESSIVE = new RegExp(String.raw`^\s*((?:President|Governor|Mayor|Prime Minister|Minister)?\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})['’]s\s+(?:${NOUNS_EN})\s*[.:]?\s*$`, 'u')

/**
 * The name phrase of the person whose address the report is, read from its first line when that
 * line is a heading naming one ("Звернення Президента … Зеленського" → "Президента … Зеленського").
 */
export function addressHeadingSpeaker(text: string): string | null {
  const start = text.search(/\S/u)
  if (start < 0) return null
  const end = text.indexOf('\n', start)
  const line = text.slice(start, end < 0 ? text.length : end)
  if (line.length > 140) return null
  const m = CY_HEADING.exec(line) ?? EN_BY.exec(line) ?? EN_POSSESSIVE.exec(line)
  return m ? m[1]!.trim() : null
}
