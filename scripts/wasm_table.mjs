// Exports a wasm module's function table as `__indirect_function_table`: wasm-bindgen drops that
// export, but the split parts import the table to place their functions in it (see wasm.mjs).
// binaryen's wasm-opt has no flag that adds an export; its JS API (the same npm package) does.
import binaryen from 'binaryen';

const NAME = '__indirect_function_table';

/// `bytes` with the function table exported (unchanged if it already is).
export function exportFunctionTable(bytes) {
  const module = binaryen.readBinary(bytes);
  try {
    if (module.getExport(NAME)) return bytes;
    // The function table is the one the element segments fill (the other holds wasm-bindgen's
    // JS values).
    if (!module.getNumElementSegments()) throw new Error('the module has no function table');
    const { table } = binaryen.getElementSegmentInfo(module.getElementSegmentByIndex(0));
    module.addTableExport(table, NAME);
    binaryen.setDebugInfo(true); // keeps the names a debug build has
    return Buffer.from(module.emitBinary());
  } finally {
    module.dispose();
  }
}
