import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const typescript = () => esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' });
/** Lit's html`` and css`` templates without their indentation and comments (before transpiling). */
const minifyTemplates = () => minifyHTML({ failOnError: true });

/** Anything from node_modules stays an import in the npm modules, so apps share one lit. */
const isDependency = (id) => /^(lit(\/|$)|@lit\/|@lit-labs\/|tslib$|marked$)/.test(id);

/** `lazy/join-request-button-<hash>.js` for a tag's module, `lazy/shared-<hash>.js` for shared code. */
function lazyChunkName(chunk) {
  const tag = chunk.facadeModuleId?.match(/components[\\/]([\w-]+)[\\/]define\.ts$/)?.[1];
  return `lazy/${tag ?? 'shared'}-[hash].js`;
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
    ],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: lazyChunkName,
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
    output: { file: 'dist/udata-org-elements.min.js', format: 'es', sourcemap: true },
  },
];
