// No archdoc.yml: the check, run in app, took the top of the build as the project and read its docs.
def log = new File(basedir, 'build.log').text
def root = basedir.canonicalFile.toPath().toAbsolutePath().normalize().toString()
assert log.contains("archdoc check of ${root}: 1 error") : 'the check should read the docs at the top of the build'
assert log.count("arch-docs/decisions/0001-orders-are-values.md:7: error: code link 'com.acme.domain.Orders'") == 1
