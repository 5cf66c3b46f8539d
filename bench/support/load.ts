// Shared helpers for HTTP benchmarks: start a server as a child process (so the load generator does
// not share its event loop), and run autocannon against a URL.
import { spawn, type ChildProcess } from 'node:child_process'
import autocannon from 'autocannon'

export interface ChildServer {
  readonly url: string
  readonly child: ChildProcess
  stop(): Promise<void>
}

/** Spawns `command args` and resolves with the first http://host:port URL it prints on stdout. */
export function startChildServer(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env })
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`${command} ${args.join(' ')}: no URL printed within 60 s`))
    }, 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /(http:\/\/[\d.]+:\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({
          url: m[1] as string,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done()
              child.once('exit', () => done())
              child.kill('SIGTERM')
            }),
        })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${command} exited with ${code} before printing its URL:\n${out}`))
    })
  })
}

export interface LoadFigures {
  readonly requests: number
  readonly non2xx: number
  readonly errors: number
  readonly rps: number
  readonly p50Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  readonly bytesPerResponse: number
}

export async function runLoad(url: string, options: { connections: number; durationSeconds: number }): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: options.connections, duration: options.durationSeconds, pipelining: 1 })
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
  }
}
