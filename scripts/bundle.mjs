#!/usr/bin/env node
// Bundle the suite in one esbuild pass. Every target (each action under actions/, and the CLI) is an entry point,
// taken from its tsc output (<target>/lib/index.js, so run `tsc -b` first); esbuild writes them as ES modules into
// dist/ at the repository root with code splitting: one file per target (dist/<name>.mjs) plus the chunks they
// share, and the code only some paths reach (the AWS SDK, @actions/artifact, the Grafana SDK...) in chunks that
// load on demand. Nothing rewrites the output afterwards. Then the script writes what esbuild does not:
//   - <target>/dist/index.js, a stub that imports the target's file (the action's runs.main, the CLI's bin);
//   - dist/licenses.txt, from esbuild's metafile: every bundled package, its SPDX licence and its licence text
//     (scripts/check-licenses.mjs checks it against the allow-list).
// The output is deterministic (scripts/check-dist.mjs rebuilds and compares it with the commit).
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist');

/** Where the targets are: each pattern is a folder, or a folder's subfolders (`/*`) that have a package.json. */
export const TARGET_PATTERNS = ['actions/*', 'packages/cli'];

/** The targets, as folders relative to the repository root, sorted. */
export function targets() {
  const found = TARGET_PATTERNS.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(root, parent, d.name, 'package.json')))
      .map((d) => `${parent}/${d.name}`);
  });
  return [...new Set(found)].sort();
}

/** The folder a build resolves from (its absWorkingDir). */
const cwd = (b) => b.initialOptions.absWorkingDir ?? process.cwd();

/** A target's file in dist/: its folder's name (actions/drift-rules: drift-rules; packages/cli: cli). */
const entryName = (target) => basename(target);

/**
 * ESM output of CommonJS packages: esbuild turns a bundled module's require() into an import, but a CommonJS
 * package that requires a Node built-in (or reads __filename / __dirname) needs those names at run time, which an
 * ES module lacks. Every output file defines them (under names no module uses, then aliased by `define`). Once
 * per file, so each chunk stands alone.
 */
const BANNER = [
  'import { createRequire as __driftgateCreateRequire } from "node:module";',
  'import { fileURLToPath as __driftgateFileURLToPath } from "node:url";',
  'const require = __driftgateCreateRequire(import.meta.url);',
  'const __driftgateFilename = __driftgateFileURLToPath(import.meta.url);',
  'const __driftgateDirname = __driftgateFileURLToPath(new URL(".", import.meta.url));',
].join('\n');

/**
 * Node built-ins that bundled code loads at startup but uses only on paths the offline gate never takes:
 * commander's node:child_process (executable subcommands) and node:crypto (S3 and evidence hashes). Loading them
 * is about 6 ms of the CLI's start (measured on Node 20: crypto about 4 ms, child_process about 2 ms). Each import
 * of one resolves to a generated stub that requires the built-in on first use:
 *   - `require('x')` (CommonJS): module.exports is a proxy of the built-in;
 *   - `import { f } from 'node:x'`: each name listed here is a function that calls the built-in's (an object such
 *     as `constants`: a proxy of it), `default` a proxy of the whole. A name not listed fails the build, naming
 *     it: add it here. The names are written down rather than read from the Node that builds, because esbuild's
 *     chunk names hash the stub's text and the bundle must not depend on the Node version (CI checks dist/ on
 *     Node 24, builds run on 20).
 */
export const LAZY_BUILTINS = {
  child_process: ['exec', 'execFile'],
  crypto: [
    'constants',
    'createHash',
    'createHmac',
    'createPrivateKey',
    'createPublicKey',
    'getRandomValues',
    'randomUUID',
    'sign',
    'verify',
  ],
};
const LAZY = 'driftgate-lazy-builtin';
const LAZY_PROXY = [
  'const __lazyProxy = (get) => new Proxy({}, {',
  '  get: (_, k) => get()[k],',
  '  has: (_, k) => k in get(),',
  '  ownKeys: () => Reflect.ownKeys(get()),',
  '  getOwnPropertyDescriptor: (_, k) => {',
  '    const d = Reflect.getOwnPropertyDescriptor(get(), k);',
  '    return d && { ...d, configurable: true };',
  '  },',
  '});',
];

/** The stub of a lazy built-in: `require:<name>` (CommonJS) or `import:<name>` (ES module). */
function lazyStub(kind, name) {
  const lines = [`let m;`, `const load = () => (m ??= require(${JSON.stringify(`node:${name}`)}));`, ...LAZY_PROXY];
  if (kind === 'require') return [...lines, 'module.exports = __lazyProxy(load);'].join('\n');
  lines.push('export default /* @__PURE__ */ __lazyProxy(load);');
  const builtin = createRequire(import.meta.url)(`node:${name}`);
  for (const key of LAZY_BUILTINS[name]) {
    if (typeof builtin[key] === 'function')
      lines.push(`export function ${key}(...args) { return load().${key}(...args); }`);
    else if (typeof builtin[key] === 'object' && builtin[key] !== null)
      lines.push(`export const ${key} = /* @__PURE__ */ __lazyProxy(() => load().${key});`);
    else throw new Error(`LAZY_BUILTINS: node:${name} has no function or object ${key}`);
  }
  return lines.join('\n');
}

export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${Object.keys(LAZY_BUILTINS).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      // The stub's own require of the built-in stays a plain (external) require.
      if (args.namespace === LAZY) return { path: args.path, external: true };
      const kind = args.kind === 'require-call' ? 'require' : 'import';
      return { path: `${kind}:${args.path.replace(/^node:/, '')}`, namespace: LAZY };
    });
    b.onLoad({ filter: /.*/, namespace: LAZY }, (args) => {
      const [kind, name] = args.path.split(':');
      return { contents: lazyStub(kind, name), loader: 'js', resolveDir: cwd(b) };
    });
  },
};

/** Every lazy built-in must still be imported somewhere: if not, the list above is stale. */
function checkLazyBuiltins(metafile) {
  for (const name of Object.keys(LAZY_BUILTINS)) {
    if (!Object.keys(metafile.inputs).some((input) => input.startsWith(`${LAZY}:`) && input.endsWith(`:${name}`)))
      throw new Error(`no bundled module imports node:${name}: remove it from LAZY_BUILTINS in scripts/bundle.mjs`);
  }
}

/**
 * `await import('pkg')` of a CommonJS package keeps its named exports. With code splitting, esbuild makes such a
 * package a chunk whose only export is `default` (its module.exports; evanw/esbuild#3245), where Node also gives
 * the names its CommonJS lexer finds (`const { parseDocument } = await import('yaml')`). This plugin resolves each
 * dynamic import of a CommonJS package to a small ES module that re-exports module.exports as `default` and each
 * of the names Node itself gives (read by importing the package here, at build time), so the bundle sees what
 * Node sees. ES module packages are left to esbuild.
 */
const FACADE = 'driftgate-cjs-facade';
export const cjsDynamicImports = {
  name: 'cjs-dynamic-imports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === FACADE || isBuiltin(args.path)) return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: FACADE,
      });
      if (r.errors.length > 0 || r.external || isEsModule(r.path))
        return r.errors.length > 0 ? { errors: r.errors } : r;
      // The facade's path is relative to the repository: esbuild hashes it into chunk names, and the bundle must
      // not depend on where the repository is checked out.
      return { path: relative(cwd(b), r.path).split(sep).join('/'), namespace: FACADE };
    });
    b.onLoad({ filter: /.*/, namespace: FACADE }, async (args) => {
      const file = resolve(cwd(b), args.path);
      // Newer Node also names module.exports itself `module.exports`: not a name a package exports, and the bundle
      // must not depend on the Node version that builds it.
      const names = Object.keys(await import(pathToFileURL(file).href)).filter(
        (n) => n !== 'default' && n !== 'module.exports',
      );
      const lines = [`const m = require(${JSON.stringify(`./${basename(file)}`)});`, 'export default m;'];
      lines.push(...names.map((n, i) => `const e${i} = m[${JSON.stringify(n)}];`));
      if (names.length > 0)
        lines.push(`export { ${names.map((n, i) => `e${i} as ${JSON.stringify(n)}`).join(', ')} };`);
      return { contents: lines.join('\n'), resolveDir: dirname(file), loader: 'js' };
    });
  },
};

/** Whether esbuild reads a file as an ES module: .mjs, or import/export statements (esbuild's own rule). */
function isEsModule(file) {
  if (file.endsWith('.mjs')) return true;
  if (file.endsWith('.cjs')) return false;
  const statement = /(^|[;}\n])[ \t]*(import([ \t]+[\w{*'"]|[ \t]*[{*'"])|export([ \t]+[\w{*]|[ \t]*[{*]))/;
  return statement.test(readFileSync(file, 'utf8'));
}

/**
 * A dynamic import whose target esbuild read as CommonJS without the facade (the heuristic above guessed wrong)
 * would lose its named exports at run time: fail the build, naming it.
 */
function checkDynamicImports(metafile) {
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    if (importer.startsWith(`${FACADE}:`)) continue;
    for (const imp of input.imports) {
      if (imp.kind === 'dynamic-import' && !imp.external && metafile.inputs[imp.path]?.format === 'cjs')
        throw new Error(`${importer}: import('${imp.original ?? imp.path}') is CommonJS without a facade`);
    }
  }
}

/** <target>/dist/index.js: the action's runs.main, the CLI's bin. */
function stub(target) {
  let file = relative(join(root, target, 'dist'), join(out, `${entryName(target)}.mjs`))
    .split(sep)
    .join('/');
  if (!file.startsWith('.')) file = `./${file}`;
  return [
    ...(target === 'packages/cli' ? ['#!/usr/bin/env node'] : []),
    "// Generated by scripts/bundle.mjs: runs this target from the suite's one bundle (dist/ at the repository root).",
    "// On Node 22.1+ V8's compiled code is cached on disk (as tsc and npm do), so later runs skip compiling: the",
    '// cache is turned on before the bundle is imported, hence the dynamic import.',
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    `await import('${file}');`,
    '',
  ].join('\n');
}

/** The folder of the package a bundled file belongs to (the nearest package.json with a name), or undefined. */
function packageRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name) return dir;
  }
  return undefined;
}

/** The SPDX licence of a package.json: `license`, or the old `licenses: [{ type }]` joined with OR. */
function licenseOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? l).join(' OR ');
  return '';
}

/**
 * dist/licenses.txt: for each third-party package with code in the bundle (from esbuild's metafile), sorted by
 * name, its name, its licence expression, then the text of its LICENSE file (the format scripts/check-licenses.mjs
 * reads). The suite's own workspaces are not third-party and are left out.
 */
export function licenses(metafile, base = root) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    // A facade (`driftgate-cjs-facade:<path>`) is the plugin's own code (the file it requires is an input too), as is
    // a lazy built-in's stub.
    if (input.startsWith(`${FACADE}:`) || input.startsWith(`${LAZY}:`)) continue;
    const file = resolve(base, input);
    if (!relative(base, file).split(sep).includes('node_modules')) continue;
    const dir = packageRoot(file);
    if (!dir) continue;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const key = `${pkg.name}@${pkg.version}`;
    if (packages.has(key)) continue;
    const licenseFile = readdirSync(dir)
      .sort()
      .find((f) => /^(licen[sc]e|copying)(\.|-|$)/i.test(f));
    const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').replace(/\r\n?/g, '\n').trim() : '';
    packages.set(key, { name: pkg.name, license: licenseOf(pkg), text });
  }
  return [...packages.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, p]) => [p.name, p.license, p.text].filter((s, i) => i < 2 || s).join('\n'))
    .join('\n\n')
    .concat('\n');
}

/**
 * The one esbuild pass: `entryPoints` (name: file, relative to absWorkingDir) into `outdir` as ES modules with
 * code splitting, then the checks on its metafile. Returns esbuild's result (with the metafile); throws on an
 * error. Exported for the tests, which bundle small fixtures with the same options.
 */
export async function bundle({ absWorkingDir, entryPoints, outdir }) {
  const result = await build(options(absWorkingDir, entryPoints, outdir)).catch((e) => {
    const lazy = e.errors?.find((x) => x.text.includes(LAZY));
    throw lazy ? new Error(`${lazy.text}: add the name to LAZY_BUILTINS in scripts/bundle.mjs`) : e;
  });
  // A stub without the name a module reads would give it undefined at run time: fail instead.
  const stale = result.warnings.find((w) => w.text.includes(LAZY));
  if (stale) throw new Error(`${stale.text}: add the name to LAZY_BUILTINS in scripts/bundle.mjs`);
  checkDynamicImports(result.metafile);
  return result;
}

/** esbuild's options for the suite's build. */
function options(absWorkingDir, entryPoints, outdir) {
  return {
    absWorkingDir,
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    banner: { js: BANNER },
    define: { __filename: '__driftgateFilename', __dirname: '__driftgateDirname' },
    // Whitespace and syntax minified; identifiers are not renamed, so class and function names stay as written
    // (error names and the like are behaviour: an action's failure reads `${error.name}: ...`). esbuild's
    // keepNames would allow renaming, but its __name() call for each function costs 10-17 ms of the CLI's start.
    minifyWhitespace: true,
    minifySyntax: true,
    // Licence headers go to dist/licenses.txt with each package's full text.
    legalComments: 'none',
    metafile: true,
    // As ncc (webpack) resolved packages: an ES module build where a package has one.
    mainFields: ['module', 'main'],
    plugins: [lazyBuiltins, cjsDynamicImports],
    logLevel: 'warning',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.length > 2) console.log('one bundle serves every target: building it whole');
  const list = targets();
  const names = list.map(entryName);
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash) throw new Error(`two targets would both write dist/${clash}.mjs: ${list.join(', ')}`);
  for (const target of list) {
    const pkg = JSON.parse(readFileSync(join(root, target, 'package.json'), 'utf8'));
    if (pkg.type !== 'module') throw new Error(`${target}/package.json must have "type": "module"`);
    if (!existsSync(join(root, target, 'lib', 'index.js')))
      throw new Error(`${target}/lib/index.js is missing: run tsc -b first`);
  }

  rmSync(out, { recursive: true, force: true });
  const result = await bundle({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(list.map((t) => [entryName(t), `${t}/lib/index.js`])),
    outdir: 'dist',
  });
  checkLazyBuiltins(result.metafile);
  writeFileSync(join(out, 'licenses.txt'), licenses(result.metafile));

  for (const target of list) {
    const dir = join(root, target, 'dist');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.js'), stub(target));
    chmodSync(join(dir, 'index.js'), 0o755);
  }

  const files = Object.keys(result.metafile.outputs);
  const size = files.reduce((n, f) => n + result.metafile.outputs[f].bytes, 0);
  console.log(`bundled dist/ (${files.length} files, ${Math.round(size / 1024)} kB) for ${list.join(', ')}`);
}
