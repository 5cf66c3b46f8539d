import { describe, expect, it } from 'vitest'
import { titledSpeakerSide } from './speaker-side.js'

// Class: a speaker the registry does not know whose title, given anywhere before they speak, names one
// side's state body. Sentences of our own.
describe('titledSpeakerSide', () => {
  it('a witness list or apposition naming a state body', () => {
    expect(titledSpeakerSide('Panel: Dr Ruth Ames; Taras Melnyk, Member of the Verkhovna Rada.\n\nTaras Melnyk: We held.', 'Taras Melnyk')).toBe('UA')
    expect(titledSpeakerSide('Ігор Бондар, народний депутат від Сумщини, розповів про обстріли.', 'Ігор Бондар')).toBe('UA')
    expect(titledSpeakerSide('Пётр Зуев, депутат Госдумы от Брянска, заявил о новых атаках.', 'Пётр Зуев')).toBe('RU')
    expect(titledSpeakerSide('Ivan Lukin, an adviser to the Lipetsk regional government, said two drones fell.', 'Ivan Lukin')).toBe('RU')
  })
  it('the head of an office named just before', () => {
    expect(titledSpeakerSide('The village military administration evacuated 40 children this week, its head, Mykola Sirko, said.', 'Mykola Sirko')).toBe('UA')
  })
  it('no title, or one naming no side', () => {
    expect(titledSpeakerSide('Anna Berg said the front was quiet.', 'Anna Berg')).toBeNull()
    expect(titledSpeakerSide('Anna Berg, a fellow at a London think tank, said the front was quiet.', 'Anna Berg')).toBeNull()
    expect(titledSpeakerSide('Name missing here.', 'Anna Berg')).toBeNull()
  })
})
