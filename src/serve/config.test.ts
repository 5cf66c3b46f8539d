import { describe, expect, it } from 'vitest'
import { InputError } from '../domain/index.js'
import { parseServeConfig } from './config.js'

describe('parseServeConfig', () => {
  it('fills defaults: read-only, loopback', () => {
    const config = parseServeConfig({}, 'defaults')
    expect(config.writeToken).toBeNull()
    expect(config.host).toBe('127.0.0.1')
    expect(config.port).toBe(8080)
  })

  it('lists every problem at once, naming the origin, field and value (never the token)', () => {
    let error: unknown
    try {
      parseServeConfig({ port: 70000, writeToken: 'short', maxRequestBytes: 'big', colour: 'red' }, 'frontline.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const errors = (error as InputError).errors
    expect(errors).toHaveLength(4)
    expect(errors.find((e) => e.includes('port'))).toMatch(/^frontline\.json: port: .*\(got 70000\)$/)
    expect(errors.find((e) => e.includes('writeToken'))).toMatch(/^frontline\.json: writeToken: .*\(got \(hidden\)\)$/)
    expect(errors.find((e) => e.includes('maxRequestBytes'))).toMatch(/\(got "big"\)$/)
    expect(errors).toContain('frontline.json: unknown field(s) colour')
    expect(errors.join('\n')).not.toContain('short')
  })
})
