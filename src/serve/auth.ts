import { createHash, timingSafeEqual } from 'node:crypto'
import { UnauthorizedError } from './http-errors.js'

/**
 * Checks `Authorization: Bearer <token>` against the configured write token. Compares digests in
 * constant time so response timing says nothing about how much of a guess was right.
 */
export function requireWriteToken(authorization: string | null, writeToken: string | null): void {
  if (writeToken === null) {
    throw new UnauthorizedError('writing is disabled: this server has no writeToken in its config (it is read-only)')
  }
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  if (!m) throw new UnauthorizedError('write request without a token: send "Authorization: Bearer <writeToken>"')
  const given = createHash('sha256').update(m[1] as string).digest()
  const wanted = createHash('sha256').update(writeToken).digest()
  if (!timingSafeEqual(given, wanted)) throw new UnauthorizedError('wrong write token')
}
