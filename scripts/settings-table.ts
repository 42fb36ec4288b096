// Prints the settings table for the README from the schema in src/config.ts.
import { ConfigSchema } from '../src/config.ts';

const rows = Object.entries(ConfigSchema.properties).map(([key, s]) => {
  const schema = s as { default?: unknown; description?: string };
  const def = schema.default === '' ? '（空）' : `\`${String(schema.default)}\``;
  return `| \`${key}\` | ${def} | ${schema.description ?? ''} |`;
});
console.log(['| 变量 | 默认值 | 说明 |', '| --- | --- | --- |', ...rows].join('\n'));
