// The benchmark's baseline: a plain node:http server that answers every request with one file's
// bytes (read once; what a static file server with a warm page cache does). Run as a child process:
//   node --import tsx bench/support/static-file-server.ts FILE CONTENT-TYPE
// prints "listening http://127.0.0.1:PORT" and serves until killed.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, contentType = 'application/octet-stream'] = process.argv.slice(2)
if (!file) {
  console.error('usage: static-file-server.ts FILE [CONTENT-TYPE]')
  process.exit(2)
}
const body = readFileSync(file)
const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
const server = createServer((request, response) => {
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag })
    response.end()
    return
  }
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.byteLength, etag, 'cache-control': 'no-cache' })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  if (address && typeof address === 'object') console.log(`listening http://127.0.0.1:${address.port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
