// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "src/main/java/com/acme/core/Ledger.java:4: error: @Decision(\"ADR-1\") on 'com.acme.core.Ledger' cites ADR-1 (Keep a ledger), which is superseded by ADR-2 (Keep a journal)"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
