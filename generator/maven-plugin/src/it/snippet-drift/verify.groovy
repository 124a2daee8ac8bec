// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "arch-docs/index.md:3: error: tag 'add' not found in src/main/java/com/acme/core/Ledger.java"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
