// Exports a wasm module's function table as `__indirect_function_table`: wasm-bindgen drops that
// export, but the split parts import the table to place their functions in it (see wasm.mjs).
// Edits the binary itself, since binaryen has no command that adds an export.

const NAME = '__indirect_function_table';
const FUNCREF = 0x70;

function reader(bytes, at) {
  const r = { at };
  r.u32 = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[r.at++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return value >>> 0;
  };
  r.skipName = () => {
    const length = r.u32();
    r.at += length;
  };
  r.skipLimits = () => {
    const flags = bytes[r.at++];
    r.u32();
    if (flags & 1) r.u32();
  };
  return r;
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sections(bytes) {
  const r = reader(bytes, 8);
  const found = [];
  while (r.at < bytes.length) {
    const start = r.at;
    const id = bytes[r.at++];
    const size = r.u32();
    found.push({ id, start, body: r.at, end: r.at + size });
    r.at += size;
  }
  return found;
}

/// The index of the first funcref table, counting imported tables first.
function functionTable(bytes, all) {
  let tables = 0;
  for (const section of all.filter((s) => s.id === 2)) {
    const r = reader(bytes, section.body);
    for (let n = r.u32(); n > 0; n--) {
      r.skipName();
      r.skipName();
      const kind = bytes[r.at++];
      if (kind === 0) r.u32();
      else if (kind === 1) {
        if (bytes[r.at++] === FUNCREF) return tables;
        tables++;
        r.skipLimits();
      } else if (kind === 2) r.skipLimits();
      else if (kind === 3) r.at += 2;
      else if (kind === 4) {
        r.at++;
        r.u32();
      } else throw new Error(`unknown import kind ${kind}`);
    }
  }
  for (const section of all.filter((s) => s.id === 4)) {
    const r = reader(bytes, section.body);
    for (let n = r.u32(); n > 0; n--) {
      if (bytes[r.at++] === FUNCREF) return tables;
      tables++;
      r.skipLimits();
    }
  }
  throw new Error('the module has no function table');
}

/// The export section's entries: [name, start, end] of each, in order.
function exportEntries(bytes, section) {
  const r = reader(bytes, section.body);
  const entries = [];
  for (let n = r.u32(); n > 0; n--) {
    const start = r.at;
    const length = r.u32();
    const name = bytes.subarray(r.at, r.at + length).toString();
    r.at += length + 1;
    r.u32();
    entries.push([name, start, r.at]);
  }
  return entries;
}

function withExports(bytes, section, entries) {
  const body = Buffer.concat([Buffer.from(leb(entries.length)), ...entries]);
  return Buffer.concat([bytes.subarray(0, section.start), Buffer.from([7, ...leb(body.length)]), body, bytes.subarray(section.end)]);
}

/// `bytes` with the function table exported (unchanged if it already is).
export function exportFunctionTable(bytes) {
  const all = sections(bytes);
  const table = functionTable(bytes, all);
  const exports = all.find((s) => s.id === 7);
  if (!exports) throw new Error('the module has no export section');
  const entries = exportEntries(bytes, exports);
  if (entries.some(([name]) => name === NAME)) return bytes;
  const entry = Buffer.from([...leb(NAME.length), ...Buffer.from(NAME), 1, ...leb(table)]);
  return withExports(bytes, exports, [...entries.map(([, start, end]) => bytes.subarray(start, end)), entry]);
}
