/**
 * One schema of the model (check.ts) as JSON Schema (draft-07). On its own so that the
 * risk method file (src/lib/risk/method-file.ts) can describe itself without the
 * workspace's published schemas (json-schema.ts). Pure TypeScript.
 */
import type { Node } from './check';

/** One schema as JSON Schema. */
export function toJsonSchema(node: Node): Record<string, unknown> {
  switch (node.k) {
    case 's': {
      const out: Record<string, unknown> = { type: 'string' };
      if (node.max !== undefined) out.maxLength = node.max;
      if (node.format) out.format = node.format;
      else if (node.re) out.pattern = node.re.source;
      return node.orEmpty ? { anyOf: [{ const: '' }, out] } : out;
    }
    case 'i': {
      const out: Record<string, unknown> = { type: 'integer' };
      if (node.min !== undefined) out.minimum = node.min;
      if (node.max !== undefined) out.maximum = node.max;
      return out;
    }
    case 'b':
      return { type: 'boolean' };
    case 'l':
      return { const: node.value };
    case 'p':
      return { enum: [...node.options], type: 'string' };
    case 'n':
      return { anyOf: [toJsonSchema(node.inner), { type: 'null' }] };
    case 'o':
      return toJsonSchema(node.inner);
    case 'O': {
      const entries = Object.entries(node.entries);
      return {
        type: 'object',
        properties: Object.fromEntries(entries.map(([key, value]) => [key, toJsonSchema(value)])),
        required: entries.filter(([, value]) => value.k !== 'o').map(([key]) => key),
      };
    }
    case 'R':
      return { type: 'object', propertyNames: toJsonSchema(node.key), additionalProperties: toJsonSchema(node.value) };
    case 'A':
      return { type: 'array', items: toJsonSchema(node.item), maxItems: node.max };
  }
}
