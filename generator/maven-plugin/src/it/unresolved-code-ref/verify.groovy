// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "arch-docs/decisions/0001-pure-core.md:3: error: governs: 'com.acme.core.RaftCore' names no package, type or member in the code; it was renamed, moved or removed"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
