// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "arch-docs/index.md:3: error: link 'guide.md' points to arch-docs/guide.md, which does not exist; fix the path or remove the link [broken-link]"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
