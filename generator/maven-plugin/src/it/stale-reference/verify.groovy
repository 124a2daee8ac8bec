// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "arch-docs/guide.md:3: error: 'com.acme.core.Ledger#add' named 'com.acme.core.Ledger#add(long)' at the last 'archdoc accept' and now names 'com.acme.core.Ledger#add(int)': was `public long add(long amount)`, now `public int add(int amount)`; re-read arch-docs/guide.md"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
