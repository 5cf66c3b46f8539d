// Place linking: (1) a denial with no place of its own answers the claim of its kind told just before
// it, in a question or a quoted report ("— Пишуть про оточення X. Чи це так? — Жодного оточення немає"),
// and takes its places; a denial of a claim that has no place stays without one. (2) "Both times",
// "both attempts", "обидві спроби", "обе попытки" point back at the attacks just told, as "those attacks"
// does. Sentences written by the team for this test.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadGazetteer, type Gazetteer } from '../geoparse/index.js'
import { analyzeDocument } from '../pipeline/run-pipeline.js'
import { metadataDocument } from '../testing/metadata-document.js'

let gazetteer: Gazetteer
beforeAll(() => {
  gazetteer = loadGazetteer()
})

function claims(text: string, lang: 'en' | 'uk' | 'ru'): { kind: string; modality: string; places: string[] }[] {
  const document = metadataDocument({ id: 't', origin: 't', outlet: 'Test Outlet', publishedAt: '2026-11-10', lang, text })
  const analysis = analyzeDocument({ document, findings: [] }, { gazetteer, verify: false })
  return analysis.claims.map((c) => ({ kind: c.kind, modality: c.modality, places: c.places.map((i) => analysis.places[i]!.name) }))
}

describe('a placeless denial answers the claim of its kind just told', () => {
  it.each([
    ['uk', '— Російські канали розповідають про оточення Покровська. Є така загроза?\n\n— Жодного оточення немає, це вигадки для їхніх глядачів.', 'Pokrovsk'],
    ['uk', 'Речник спростував заяви Міноборони РФ про «оточення» наших підрозділів у Куп\'янську. «Жодного оточення немає», — наголосив він.', 'Kupiansk'],
  ] as const)('%s: %s', (lang, text, place) => {
    const denial = claims(text, lang).find((c) => c.kind === 'encirclement' && c.modality === 'denied')
    expect(denial?.places).toEqual([place])
  })

  it('a denial of a claim with no place stays without one', () => {
    const out = claims("Two missiles hit the centre of Sumy on Sunday, officials said. Russia's defence ministry said it had targeted a meeting of commanders, a claim Kyiv rejected as a lie.", 'en')
    const denial = out.find((c) => c.modality === 'denied')
    expect(denial?.places).toEqual([])
  })
})

describe('"both times", "обидві спроби" point back at the attacks just told', () => {
  it.each([
    ['en', 'Ukrainian troops have pushed Russian units out of two streets in Kupiansk-Vuzlovyi. "They came back twice in the night. Both times our drones turned them around," the spokesman said.', 'Kupiansk-Vuzlovyi'],
    ['uk', 'Уночі ворог двічі намагався висадитися на острови поблизу Херсона. Обидві спроби зірвано.', 'Kherson'],
  ] as const)('%s: %s', (lang, text, place) => {
    const out = claims(text, lang)
    expect(out.at(-1)?.places).toEqual([place])
  })
})
