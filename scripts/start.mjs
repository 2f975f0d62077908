// `npm start`: builds (tsc -p tsconfig.build.json) only when a source is newer than its output in dist/,
// then runs the server in this process. A checkout that was built already starts without the compiler.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/** Why a build is needed (a file to name), or undefined when every output is newer than its source and the configuration. */
export function staleReason(base = root) {
  // The compiler options and the contract schemas the types are generated from make every output stale.
  const shared = ['tsconfig.json', 'tsconfig.build.json', 'schemas/zelfevaluatie.schema.json', 'schemas/toetsresultaat.schema.json']
    .map((f) => [f, mtime(path.join(base, f)) ?? 0]);
  for (const source of tsFiles(path.join(base, 'server'))) {
    const relative = path.relative(base, source);
    const output = mtime(path.join(base, 'dist', relative.replace(/\.ts$/, '.js')));
    if (output === undefined) return `${relative} is nog niet gebouwd`;
    if (mtime(source) > output) return `${relative} is gewijzigd`;
    for (const [file, time] of shared) if (time > output) return `${file} is gewijzigd`;
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const reason = staleReason();
  if (reason) {
    console.error(`Bouwen (${reason}) ...`);
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  await import(pathToFileURL(path.join(root, 'dist/server/main.js')).href);
}
