import { beforeAll, describe, expect, it } from 'vitest'
import type { Claim, Lang } from '../domain/index.js'
import { warmSlavicExtraction } from '../testing/slavic-extraction.js'
import { extractClaims } from './extract-claims.js'

// Round 17, real text: about a tenth of VIINA's strike headlines tell an explosion and where it was,
// with no verb or with a verb of occurring ("Вибухи на нафтобазі в …", "стався вибух на підстанції",
// "произошёл взрыв у аэродрома"), a depot or tank blowing up or detonating, or saboteurs blowing
// something up. Each is a strike; no side unless a word around gives one. Peacetime explosions (gas,
// boilers, mines) and "undermined" trust are none. Our own sentences, none from a gold file or VIINA.

type Row = { kind: Claim['kind']; actorSide: Claim['actorSide'] }

function claimsOf(text: string, lang: Lang): Row[] {
  const r = extractClaims({ id: 'doc-blast', text, lang, publishedAt: '2024-08-02', outlet: null })
  expect(r.issues).toEqual([])
  return r.value.claims.map((c) => ({ kind: c.kind, actorSide: c.actorSide }))
}

describe('explosion reports (uk, ru)', () => {
  beforeAll(warmSlavicExtraction, 120_000)

  it.each<[string, Lang, Row[]]>([
    // verbless, with where (Crimea: held by Russia, so Ukraine's strike; actor-side-strike-targets.test.ts)
    ['Потужні вибухи біля залізничної станції в Джанкої', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Вночі вибух на паливному складі поблизу Луганська.', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['Взрывы в районе аэродрома Бельбек', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Сильный взрыв возле нефтебазы в Новошахтинске.', 'ru', [{ kind: 'strike', actorSide: null }]],
    // a verb of occurring, in either order
    ['У Мелітополі вранці сталися три вибухи.', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['Над Бердянськом знову лунають вибухи.', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['На окраине Донецка произошёл мощный взрыв.', 'ru', [{ kind: 'strike', actorSide: null }]],
    ['В Джанкое снова гремят взрывы.', 'ru', [{ kind: 'strike', actorSide: 'UA' }]],
    // a depot or tank exploding, detonating, blown into the air
    ['У Сватовому детонують боєприпаси на складі.', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['На нефтебазе в Ровеньках взорвался резервуар с дизтопливом.', 'ru', [{ kind: 'strike', actorSide: null }]],
    ['Под Токмаком взлетел на воздух склад снарядов.', 'ru', [{ kind: 'strike', actorSide: null }]],
    // the noun in other cases, with a fire beside it, and hits and blasts told as nouns
    ['Відео моменту вибуху на складі під Сватовим', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['Вибухи та пожежа на паливному складі в Ясинуватій', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['Власти сообщили о взрыве и пожаре на складе ГСМ в Кировограде.', 'ru', [{ kind: 'strike', actorSide: null }]],
    ['На складі в Броварах спалахнула пожежа після влучення уламків ракети.', 'uk', [{ kind: 'strike', actorSide: null }]],
    ['Через підрив залізниці під Мелітополем зупинився рух потягів.', 'uk', [{ kind: 'strike', actorSide: null }]],
    // blown up by saboteurs of a named side
    ['Українські партизани підірвали залізничний міст під Мелітополем.', 'uk', [{ kind: 'strike', actorSide: 'UA' }]],
    ['Российские диверсанты взорвали трансформаторную подстанцию в Сумах.', 'ru', [{ kind: 'strike', actorSide: 'RU' }]],
  ])('%s', (text, lang, rows) => {
    expect(claimsOf(text, lang)).toEqual(rows)
  })

  it.each<[string, Lang]>([
    ['У Вінниці стався вибух газу в багатоквартирному будинку.', 'uk'],
    ['Вибух у котельні залишив квартал без тепла.', 'uk'],
    ['В Самаре произошёл взрыв бытового газа.', 'ru'],
    ['На кухне взорвался газовый баллон.', 'ru'],
    ['Ці заяви підірвали довіру до уряду.', 'uk'],
    ['Скандал подорвал репутацию министра.', 'ru'],
    ['Підрив довіри до реформи триває.', 'uk'],
    ['Пожежа на складі меблів у Вінниці.', 'uk'],
  ])('no claim: %s', (text, lang) => {
    expect(claimsOf(text, lang)).toEqual([])
  })
})
