import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const typescript = () => esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' });
/** Lit's html`` and css`` templates without their indentation and comments (before transpiling). */
const minifyTemplates = () => minifyHTML({ failOnError: true });

/** Anything from node_modules stays an import in the npm modules, so apps share one lit. */
const isDependency = (id) => /^(lit(\/|$)|@lit\/|@lit-labs\/|tslib$|marked$)/.test(id);

/**
 * `lazy/join-request-button-<hash>.js` for a tag's module, `lazy/core-<hash>.js` for the core
 * every tag imports (see coreChunk), `lazy/invitation-<hash>.js` for a flow loaded on demand,
 * `lazy/shared-<hash>.js` for code a few tags share.
 */
const TAG_DEFINE = /components[\\/]([\w-]+)[\\/]define(-first)?\.ts$/;

function lazyChunkName(chunk) {
  const tag = chunk.facadeModuleId?.match(TAG_DEFINE)?.[1];
  if (tag) return `lazy/${tag}-[hash:6].js`;
  if (chunk.name === 'core' || chunk.isDynamicEntry) return `lazy/${chunk.name}-[hash:6].js`;
  return 'lazy/shared-[hash:6].js';
}

const JOIN_DEFINE = /components[\\/]join-request-button[\\/]define\.ts$/;
const JOIN_OWN = /components[\\/]join-request-button[\\/]/;
/**
 * `<org-provider>` and the provider's side of @lit/context, in one chunk of their own: the
 * latter is reached through the package's index (the join button imports the consumer from
 * it), so without naming its chunk rollup would put it in the core with the index.
 */
const PROVIDER =
  /components[\\/]org-provider[\\/]|@lit[\\/]context[\\/]lib[\\/](controllers[\\/]context-provider|value-notifier)\.js$/;

/**
 * The loader's shared code in one core chunk: everything the join button statically needs
 * besides its own folder (lit, @lit/context, the client, the session, the words, the styles,
 * the form dialog), so the commonest embed — a page with only that button — fetches three
 * files (loader, core, the button) instead of seven, and brotli compresses them together.
 * Every other tag needs nearly all of it too; a page with `<org-provider>` adds its small chunk.
 */
function coreChunk() {
  let closure;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!closure) {
      closure = new Set();
      const start = [...getModuleIds()].find((moduleId) => JOIN_DEFINE.test(moduleId));
      const pending = start ? [start] : [];
      while (pending.length) {
        const next = pending.pop();
        if (closure.has(next)) continue;
        closure.add(next);
        pending.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    if (PROVIDER.test(id)) return 'org-provider';
    return closure.has(id) && !JOIN_OWN.test(id) ? 'core' : undefined;
  };
}

/**
 * Lets the loader start every file a tag needs at once: each `import("./lazy/<tag>-….js")`
 * of the loader becomes an import of that file and of every chunk it imports, transitively,
 * in parallel (the browser's module map fetches each once). Without it a page fetched
 * loader → tag → core one after the other: three round trips before the first render.
 */
function parallelChunkImports() {
  return {
    name: 'parallel-chunk-imports',
    generateBundle(_, bundle) {
      const depsOf = (file, seen = new Set()) => {
        for (const imported of bundle[file]?.imports ?? []) {
          if (!seen.has(imported)) {
            seen.add(imported);
            depsOf(imported, seen);
          }
        }
        return seen;
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // The loader (at the root) and the lazy chunks that import others on demand (the dashboard's cards).
        const dir = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1);
        let rewritten = false;
        for (const target of chunk.dynamicImports) {
          const deps = [...depsOf(target)];
          // Tags' modules only: a flow loaded on demand (the invitation) keeps its plain import().
          const tagModule = TAG_DEFINE.test(bundle[target]?.facadeModuleId ?? '');
          if (!deps.length || !tagModule || !target.startsWith('lazy/') || !target.startsWith(dir)) continue;
          const call = `import("./${target.slice(dir.length)}")`;
          if (!chunk.code.includes(call)) throw new Error(`parallel-chunk-imports: ${call} not found in ${chunk.fileName}`);
          const names = [target, ...deps].map((file) => JSON.stringify(file.replace(/^lazy\/|\.js$/g, '')));
          chunk.code = chunk.code.replaceAll(call, `__l(${names.join(',')})`);
          rewritten = true;
        }
        // A relative import() resolves against this module's URL, wherever the package is served.
        const lazy = dir === 'lazy/' ? '' : 'lazy/';
        if (rewritten) chunk.code = `const __l=(...f)=>Promise.all(f.map(n=>import(\`./${lazy}\${n}.js\`))).then(m=>m[0]);${chunk.code}`;
      }
    },
  };
}

export default [
  // npm modules: one entry per tag, the index and define.js; lit stays external.
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'org-provider': 'src/components/org-provider/define.ts',
      'join-request-button': 'src/components/join-request-button/define.ts',
      'pending-requests': 'src/components/pending-requests/define.ts',
      'org-members': 'src/components/org-members/define.ts',
      'delete-org-dialog': 'src/components/delete-org-dialog/define.ts',
      'org-dashboard': 'src/components/org-dashboard/define.ts',
      'org-profile-form': 'src/components/org-profile-form/define.ts',
      'org-notifications': 'src/components/org-notifications/define.ts',
      'org-transfers': 'src/components/org-transfers/define.ts',
      'org-activity': 'src/components/org-activity/define.ts',
      'org-stats': 'src/components/org-stats/define.ts',
    },
    external: isDependency,
    plugins: [nodeResolve({ browser: true }), minifyTemplates(), typescript()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      hoistTransitiveImports: false,
    },
  },
  // The loader: one small script that imports each tag's module (and the shared chunks, lit
  // inside) from next to itself when the page uses the tag.
  {
    input: { 'udata-org-elements.loader': 'src/loader.ts' },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyTemplates(),
      typescript(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
      parallelChunkImports(),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: lazyChunkName,
      manualChunks: coreChunk(),
      sourcemap: true,
    },
  },
  // The one-script-tag bundle: every dependency inside, minified.
  {
    input: 'src/define.ts',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      minifyTemplates(),
      typescript(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    // One file: the modules other builds load on demand (the invitation flow) are inside.
    output: { file: 'dist/udata-org-elements.min.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  },
];
