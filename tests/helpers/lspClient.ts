import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** A JSON-RPC message of the Language Server Protocol. */
interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/**
 * A minimal Language Server Protocol client over stdio (Content-Length framing), enough to ask a
 * real server for completions and hovers the way an editor does. Answers the server's
 * `workspace/configuration` requests with the settings given.
 */
export class LspClient {
  readonly #proc: ChildProcessWithoutNullStreams;
  readonly #pending = new Map<number, (m: Message) => void>();
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  stderr = '';

  constructor(command: string, args: readonly string[], private readonly settings: (section: string) => unknown) {
    this.#proc = spawn(command, args, { stdio: 'pipe' });
    this.#proc.stdout.on('data', (chunk: Buffer) => this.#read(chunk));
    this.#proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Sends a request and resolves with its result (rejects on an error reply or a timeout). */
  request(method: string, params: unknown, timeoutMs = 20_000): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms; server stderr: ${this.stderr}`)), timeoutMs);
      this.#pending.set(id, (m) => {
        clearTimeout(timer);
        if (m.error !== undefined) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else resolve(m.result);
      });
      this.#send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.#send({ method, params });
  }

  /** Asks the server to shut down and ends the process. */
  async close(): Promise<void> {
    try {
      await this.request('shutdown', null, 5_000);
      this.notify('exit', null);
    } finally {
      this.#proc.kill();
    }
  }

  #send(m: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    this.#proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.#proc.stdin.write(body);
  }

  #read(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.#buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.#buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.#buffer = this.#buffer.subarray(headerEnd + 4 + length);
      this.#dispatch(message);
    }
  }

  #dispatch(m: Message): void {
    if (m.method !== undefined && m.id !== undefined) {
      // A request from the server: answer configuration, acknowledge the rest.
      const result = m.method === 'workspace/configuration' ? ((m.params as { items: { section?: string }[] }).items.map((i) => this.settings(i.section ?? '')) ?? []) : null;
      this.#send({ id: m.id, result });
      return;
    }
    if (m.id !== undefined) this.#pending.get(m.id)?.(m);
  }
}
