import type { Span } from '../domain/index.js'

/**
 * Judgement call 27: a speaker named again continues the statement already quoted, and carries its
 * via, unless the frame gives the statement an occasion of its own: another day ("on Tuesday he
 * wrote", "said on Sunday", "напередодні заявив", "вчера сообщил"), "earlier" or "later" ("Earlier,
 * Moroz said", "Раніше Сирський зазначав", "Позже он добавил"), or a separate post, statement or
 * interview ("in a separate post", "в окремому дописі", "в другом интервью"). Another channel or
 * outlet is a via of its own and needs no test here.
 */
export function hasNewOccasion(text: string, sentenceStart: number, frame: Span): boolean {
  // The frame, and the sentence's opening words when the frame lies right after them ("Earlier, he said").
  const from = frame[0] - sentenceStart <= 40 ? sentenceStart : frame[0]
  const words = text.slice(from, frame[1])
  return OCCASION_KEYS.test(words) && NEW_OCCASION.test(words)
}

const OCCASION_KEYS = /day|earlier|later|previous|separate|another|other|yesterday|раніше|пізніше|згодом|напередодні|вчора|окрем|інш|ранее|позже|позднее|накануне|вчера|отдельн|друг|понеділ|вівтор|серед|четвер|п['’ʼ]ятниц|субот|неділ|понедельник|вторник|сред|пятниц|воскресень/iu
const NEW_OCCASION = /(?<![\p{L}])(?:(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|earlier|later|previously|in\s+(?:a|an)\s+(?:separate|another|other|later|earlier|previous)\s+(?:post|statement|interview|video|message|address|briefing)|раніше|пізніше|згодом|напередодні|вчора|(?:в|у)\s+(?:окрем\p{L}*|інш\p{L}*)\s+(?:допис\p{L}*|заяв\p{L}*|інтерв['’ʼ]ю|відео\p{L}*|повідомленн\p{L}*)|ранее|позже|позднее|накануне|вчера|(?:в|во)\s+(?:отдельн\p{L}*|друг\p{L}*)\s+(?:пост\p{L}*|заявлени\p{L}*|интервью|видео\p{L}*|сообщени\p{L}*)|(?:у|в|во)\s+(?:понеділок|вівторок|середу|четвер|п['’ʼ]ятницю|суботу|неділю|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))(?![\p{L}])/iu
