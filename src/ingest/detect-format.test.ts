import { describe, expect, it } from 'vitest'
import { detectFormat } from './detect-format.js'

describe('detectFormat', () => {
  it('keeps a .txt report that only opens with a bracket as text', () => {
    expect(detectFormat('notes/update.txt', '[Updated 14:05] Russian forces entered the village, the brigade said.\n')).toBe('text')
    expect(detectFormat('wire.txt', '[2025-12-01]\nKyiv said its troops still held the town.\n')).toBe('text')
  })

  it('still reads JSON and JSON Lines kept under .txt when they parse', () => {
    expect(detectFormat('export.txt', '[{"text": "Shelling of Nikopol overnight."}]')).toBe('json')
    expect(detectFormat('export.txt', '{"text": "a"}\n{"text": "b"}\n')).toBe('jsonl')
  })

  it('leaves a malformed .json file to the JSON reader, which names the error', () => {
    expect(detectFormat('broken.json', '[{"text": "a",\n')).toBe('json')
  })

  it('reads content when there is no extension', () => {
    expect(detectFormat('stdin', '[1, 2')).toBe('json')
    expect(detectFormat('stdin', '<html><body>x</body></html>')).toBe('html')
  })
})
