// Takes out of a release build what wasm-bindgen must keep but the app never calls, before and
// after wasm-opt (scripts/post-build.mjs, for both builds):
// - Leptos depends on server functions, which bring in wasm-streams, whose three stream classes
//   (`IntoUnderlyingSource`, `…Sink`, `…ByteSource`) are exported to JavaScript for a page to
//   construct. Their exports are roots no optimiser can drop, and the app has no server: the
//   exports go before wasm-opt, which then drops their code, and their classes go from the glue.
// - The glue's imports that the optimised wasm no longer imports.
// Measured on the English build (2026-11-25): 1.2 KB brotli of wasm, and the glue's share below.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const tools = new URL('../.tools/', import.meta.url);
const load = async (name) => {
  try {
    return name === 'binaryen'
      ? (await import(new URL('node_modules/binaryen/index.js', tools))).default
      : createRequire(tools)(name);
  } catch {
    throw new Error(`${name} is not in .tools/: run scripts/setup`);
  }
};

/** Exports only the server functions' streams need (wasm-streams' classes). */
const UNUSED_EXPORT = /^(__wbg_)?intounderlying/;

/** Removes the unused exports from the wasm at `path`, before wasm-opt. Returns their names. */
export async function dropUnusedExports(path) {
  const binaryen = await load('binaryen');
  const module = binaryen.readBinary(readFileSync(path));
  const names = [];
  for (let i = 0; i < module.getNumExports(); i++) {
    names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  }
  const dropped = names.filter((n) => UNUSED_EXPORT.test(n));
  dropped.forEach((n) => module.removeExport(n));
  writeFileSync(path, module.emitBinary());
  module.dispose();
  return dropped;
}

/**
 * The glue without what calls a dropped export (the stream classes, and whatever only they use)
 * and without the imports the optimised wasm at `wasmPath` does not ask for.
 */
export async function trimGlue(glue, droppedExports, wasmPath) {
  const acorn = await load('acorn');
  const imported = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.name));
  const cuts = [];
  const program = acorn.parse(glue, { ecmaVersion: 'latest', sourceType: 'module' });

  // Top-level statements that use a dropped export, or a name such a statement declared, until
  // none is left.
  const gone = new Set(droppedExports.map((n) => `wasm.${n}`));
  const uses = (text) => [...gone].some((n) => new RegExp(`(^|[^\\w$.])${n.replace(/[.$]/g, '\\$&')}(?![\\w$])`).test(text));
  let statements = program.body;
  for (let changed = true; changed; ) {
    changed = false;
    statements = statements.filter((node) => {
      const text = glue.slice(node.start, node.end);
      if (!uses(text)) return true;
      cuts.push([node.start, node.end]);
      const declared = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
      for (const name of declaredNames(declared)) gone.add(name);
      changed = true;
      return false;
    });
  }

  // The import object's entries for functions the wasm no longer imports.
  const getImports = program.body.find((n) => n.type === 'FunctionDeclaration' && n.id.name === '__wbg_get_imports');
  const object = getImports?.body.body.find((n) => n.type === 'VariableDeclaration')?.declarations[0].init;
  if (object?.type !== 'ObjectExpression') throw new Error('trim-wasm: the glue has no import object in __wbg_get_imports');
  const entries = object.properties.filter((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name !== '__proto__');
  let unused = 0;
  for (const p of entries) {
    if (imported.has(p.key.name)) continue;
    const end = glue.indexOf(',', p.end) === p.end ? p.end + 1 : p.end;
    cuts.push([p.start, end]);
    unused += 1;
  }
  for (const name of imported) {
    if (!entries.some((p) => p.key.name === name)) throw new Error(`trim-wasm: the wasm imports ${name}, which the glue does not give`);
  }

  cuts.sort((a, b) => b[0] - a[0]);
  let out = glue;
  for (const [start, end] of cuts) out = out.slice(0, start) + out.slice(end);
  // What is left must not call what was dropped.
  for (const n of droppedExports) {
    if (out.includes(`wasm.${n}`)) throw new Error(`trim-wasm: the glue still calls ${n}`);
  }
  acorn.parse(out, { ecmaVersion: 'latest', sourceType: 'module' });
  return { glue: out, statements: cuts.length - unused, imports: unused };
}

function declaredNames(node) {
  if (!node) return [];
  if (node.type === 'ClassDeclaration' || node.type === 'FunctionDeclaration') return [node.id.name];
  if (node.type === 'VariableDeclaration') return node.declarations.filter((d) => d.id.type === 'Identifier').map((d) => d.id.name);
  return [];
}
