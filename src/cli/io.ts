/** Where a command reads and writes: the real process, or captured buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTty: boolean
  readonly readStdin: () => Promise<string>
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTty: Boolean(process.stderr.isTTY),
    readStdin: async () => {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
      return Buffer.concat(chunks).toString('utf8')
    },
  }
}

/** Captured output for in-process tests (datasette's CliRunner). */
export function memoryIo(options: { env?: Record<string, string | undefined>; cwd?: string; stdin?: string } = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    isTty: false,
    readStdin: async () => options.stdin ?? '',
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join('') }
}
