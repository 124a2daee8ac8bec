// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "error: duplicate id ADR-1"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
