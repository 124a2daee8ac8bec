// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "arch-docs/diagrams/parts.puml:3: error: diagram link 'com.acme.core.Journal' names no package, type or member in the code; it was renamed, moved or removed [diagram-drift]"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
