/**
 * VS Code's HTML custom data (tags, attributes, descriptions) from custom-elements.json, so
 * that editors complete and document the tags: point `html.customData` at the output file.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? '',
      ...(attribute.type?.text === 'boolean' || attribute.type?.text === 'boolean | undefined' ? { valueSet: 'v' } : {}),
    })),
    references: [{ name: 'README', url: 'https://www.npmjs.com/package/udata-org-elements' }],
  }));

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`dist/vscode.html-custom-data.json: ${tags.length} tags`);
