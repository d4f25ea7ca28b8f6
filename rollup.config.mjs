import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2021', tsconfig: './tsconfig.build.json' });

/** Anything from node_modules stays an import in the npm modules, so apps share one lit. */
const isDependency = (id) => /^(lit(\/|$)|@lit\/|@lit-labs\/|tslib$|marked$)/.test(id);

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
    plugins: [nodeResolve({ browser: true }), typescript()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, hoistTransitiveImports: false },
  },
  // The one-script-tag bundle: every dependency inside, minified.
  {
    input: 'src/define.ts',
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    output: { file: 'dist/udata-org-elements.min.js', format: 'es', sourcemap: true },
  },
];
