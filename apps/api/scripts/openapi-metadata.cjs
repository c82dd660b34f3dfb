/**
 * Runs the @nestjs/swagger plugin's read-only visitor over the API's sources and writes what it reads
 * (DTO and view fields with their comments, controllers' return types) to
 * apps/api/src/openapi-metadata.generated.ts, which the app loads. Neither tsc nor the test runner
 * applies the plugin while compiling, so this is how the types become the document. Run by the API's
 * build and by `npm run api:types`; `--check` writes beside it and says whether the committed file is current.
 */
const { readFileSync, rmSync, writeFileSync } = require('node:fs');
const { relative, resolve } = require('node:path');
const { PluginMetadataGenerator } = require('@nestjs/cli/lib/compiler/plugins/plugin-metadata-generator');
const { ReadonlyVisitor } = require('@nestjs/swagger/plugin');
const prettier = require('prettier');

const source = resolve(__dirname, '../src');
const committed = 'openapi-metadata.generated.ts';
const check = process.argv.includes('--check');
const filename = check ? 'openapi-metadata.check.ts' : committed;

async function main() {
  new PluginMetadataGenerator().generate({
    visitors: [
      new ReadonlyVisitor({
        pathToSource: source,
        introspectComments: true,
        classValidatorShim: true,
        dtoFileNameSuffix: ['.dto.ts', '.entity.ts', '.view.ts'],
        controllerFileNameSuffix: ['.controller.ts'],
      }),
    ],
    outputDir: source,
    filename,
    // The CLI resolves this against the working directory.
    tsconfigPath: relative(process.cwd(), resolve(__dirname, '../tsconfig.app.json')),
    watch: false,
  });
  const path = resolve(source, filename);
  const options = await prettier.resolveConfig(path);
  const text = await prettier.format(staticImports(readFileSync(path, 'utf8')), {
    ...options,
    filepath: path,
  });
  if (!check) return writeFileSync(path, text);
  rmSync(path);
  if (text !== readFileSync(resolve(source, committed), 'utf8')) {
    process.stderr.write(`${committed} is stale: run npm run api:types and commit the result\n`);
    process.exit(1);
  }
}

/**
 * The generator loads each module with `import()`; Nx reads those as lazy-loaded libraries and its
 * boundary rule then refuses the app's ordinary imports of the same libraries. The modules are loaded by
 * the app anyway, so they are imported statically and handed to Swagger as already-resolved promises.
 */
function staticImports(code) {
  const paths = [...new Set([...code.matchAll(/import\((["'])([^"']+)\1\)/g)].map((m) => m[2]))];
  const name = new Map(paths.map((p, i) => [p, `m${i}`]));
  const body = code
    .replace(/await import\((["'])([^"']+)\1\)/g, (_, _q, p) => name.get(p))
    .replace(/import\((["'])([^"']+)\1\)/g, (_, _q, p) => `Promise.resolve(${name.get(p)})`);
  const imports = paths.map((p) => `import * as ${name.get(p)} from '${p}';`).join('\n');
  return body.replace('/* eslint-disable */', `/* eslint-disable */\n${imports}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
