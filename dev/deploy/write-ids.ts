/**
 * Pure: sets the `id` of each named [[kv_namespaces]] binding in wrangler.toml's text, in place, so
 * comments, order and formatting stay as they are. Throws when a binding has no entry or no id line.
 */
export function writeKvIds(toml: string, ids: Record<string, string>): string {
  const lines = toml.split('\n');
  const blocks = kvBlocks(lines);
  for (const [binding, id] of Object.entries(ids)) {
    if (!/^[0-9a-f]{32}$/i.test(id)) throw new Error(`${binding}: "${id}" is not a KV namespace id`);
    const block = blocks.find((b) => b.binding === binding);
    if (!block) throw new Error(`wrangler.toml has no [[kv_namespaces]] entry with binding "${binding}"`);
    if (block.idLine === null) throw new Error(`the [[kv_namespaces]] entry "${binding}" has no id line`);
    lines[block.idLine] = lines[block.idLine]!.replace(/^(\s*id\s*=\s*)(["'])[^"']*\2/, `$1"${id}"`);
  }
  return lines.join('\n');
}

interface KvBlock {
  binding: string | null;
  idLine: number | null;
}

const TABLE_HEADER = /^\s*\[/;
const KV_HEADER = /^\s*\[\[\s*kv_namespaces\s*\]\]\s*(#.*)?$/;

/** Each [[kv_namespaces]] table: its lines run to the next table header. */
function kvBlocks(lines: string[]): KvBlock[] {
  const blocks: KvBlock[] = [];
  let current: KvBlock | null = null;
  lines.forEach((line, n) => {
    if (TABLE_HEADER.test(line)) {
      current = KV_HEADER.test(line) ? { binding: null, idLine: null } : null;
      if (current) blocks.push(current);
      return;
    }
    if (!current) return;
    const binding = /^\s*binding\s*=\s*(["'])([^"']*)\1/.exec(line);
    if (binding) current.binding = binding[2]!;
    if (/^\s*id\s*=/.test(line)) current.idLine = n;
  });
  return blocks;
}
