import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/paths.js';

const main = path.join(projectRoot, 'dist/server/main.js');

function waitForLine(stream: NodeJS.ReadableStream, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    let buffer = '';
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line) resolve(line);
    });
  });
}

describe('stoppen op SIGTERM (gebouwde server in dist/)', () => {
  it('maakt een lopend verzoek af, sluit de database en stopt met code 0', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eisentoets-stop-'));
    const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0', EISENTOETS_DATA: path.join(dir, 'db.sqlite'), LOG_LEVEL: 'info' } });
    const logs: string[] = [];
    child.stdout.on('data', (c: Buffer) => logs.push(c.toString()));
    const listening = await waitForLine(child.stdout, /luistert op/);
    const port = Number(/"port":(\d+)/.exec(listening)?.[1]);
    expect(port).toBeGreaterThan(0);

    const body = readFileSync(path.join(projectRoot, 'samples/gelderland-zuid/15N13-voldoet.json'));
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (c) => (answer += c.toString()));
    const closed = new Promise((r) => socket.once('close', r));
    socket.write(`POST /api/v1/toetsingen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    socket.write(body.subarray(0, 100));
    await new Promise((r) => setTimeout(r, 200));

    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    socket.write(body.subarray(100));
    await closed;

    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"uitslag":"voldoet"');
    expect(await exited).toBe(0);
    expect(logs.join('')).toContain('database gesloten');
  });
});
