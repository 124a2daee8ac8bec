// From the top, from app and from domain, one archdoc project (the folder with archdoc.yml), checked
// once per build, in app, with both findings; accept writes one archdoc.lock, at the top.
def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.toPath().toAbsolutePath().normalize().toString()
def checks = log.readLines().findAll { it.contains('archdoc check of ') }
assert checks.size() == 4 : "one check per checking invocation, in app:\n${checks.join('\n')}"
assert checks.every { it.contains("archdoc check of ${root}: 2 errors") } : checks.join('\n')
assert !log.contains('has no ADRs')
assert log.contains('archdoc check: not in shop; the last module of this build that belongs to')
assert log.contains('archdoc check: not in domain; the last module of this build that belongs to')
def layer = 'app/src/main/java/com/acme/domain/Audit.java:7: error: '
def ref = 'arch-docs/decisions/0001-orders-are-values.md:7: error: '
// each failing invocation names each finding once, in its failure
assert log.count(layer) == 4 : "once per failing invocation, not once per module: printed ${log.count(layer)} times"
assert log.count(ref) == 4
assert log.count('archdoc accept: recorded ') == 1
assert new File(basedir, 'archdoc.lock').isFile()
assert !new File(basedir, 'app/archdoc.lock').exists()
assert !new File(basedir, 'domain/archdoc.lock').exists()
