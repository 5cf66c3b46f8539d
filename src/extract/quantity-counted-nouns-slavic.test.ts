import { describe, expect, it } from 'vitest'
import { findQuantities } from './find-quantities.js'

// Convention 38 in Ukrainian and Russian, by mechanism: a figure counts the noun right after it
// (attacks, air strikes, counterstrikes, assault actions, attempts, drones by their names, guns,
// depots, the towns and villages a strike reached) with the unit `other`, also when the attackers
// follow in the genitive; the attackers are whose the attacks were, not what is counted. Sentences
// of our own, in no gold file.
function q(text: string): [number, string][] {
  return findQuantities(text, true).map((x) => [x.value, x.unit])
}

describe('counted nouns (uk/ru, convention 38)', () => {
  it.each<[string, [number, string][]]>([
    // the attacks, not the attackers, are counted
    ['захисники зупинили 17 атак російських загарбників', [[17, 'other']]],
    ['наші бійці відбили 23 штурми окупантів під Торецьком', [[23, 'other']]],
    ['отразили 11 атак украинских боевиков', [[11, 'other']]],
    ['подразделения отбили три контратаки штурмовых групп ВСУ', [[3, 'other']]],
    ['Отражены пять контрударов противника', [[5, 'other']]],
    ['противник провёл 14 наступательных действий', [[14, 'other']]],
    ['ворог здійснив 42 наступальні дії', [[42, 'other']]],
    ['сорвали две попытки ротации', [[2, 'other']]],
    // air strikes and loitering munitions by their names, with an approximation
    ['окупанти завдали 35 авіаударів по прифронтових громадах', [[35, 'other']]],
    ['нанесли 12 авиаударов по позициям', [[12, 'other']]],
    ['вночі росіяни запустили понад 120 шахедів', [[120, 'other']]],
    ['над областью сбили более 30 «Гераней»', [[30, 'other']]],
    ['за сутки уничтожено 14 «Ланцетов»', [[14, 'other']]],
    // targets and places counted
    ['уразили чотири склади боєприпасів', [[4, 'other']]],
    ['обстреляли 19 сёл и посёлков', [[19, 'other']]],
    ['удары пришлись по 8 городам области', [[8, 'other']]],
    ['знищено дві гармати М777', [[2, 'other']]],
  ])('%s', (text, expected) => {
    expect(q(text)).toEqual(expected)
  })

  it.each<[string, [number, string][]]>([
    // soldiers and people straight after the figure stay soldiers and people
    ['загинули 5 штурмовиків', [[5, 'soldiers']]],
    ['поранено 3 мирних жителів', [[3, 'people']]],
    ['уничтожены 40 украинских военнослужащих', [[40, 'soldiers']]],
    // houses damaged are the detail of a strike, not what it counts
    ['пошкоджено 9 приватних будинків', []],
    ['повреждены 4 многоквартирных дома', []],
    // an age is no count (convention 48)
    ['поранено 64-річного чоловіка', []],
    // the minutes of a clock time
    ['о 23:15 ворожий «шахед» влучив у склад', []],
  ])('not counted as other: %s', (text, expected) => {
    expect(q(text)).toEqual(expected)
  })
})
