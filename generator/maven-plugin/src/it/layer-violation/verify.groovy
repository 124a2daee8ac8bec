// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "src/main/java/com/acme/core/Ledger.java:7: error: 'com.acme.core.Ledger' (layer core) uses 'com.acme.worker.Disk' (layer worker) by instantiation and 1 more use, but core may use only core"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
