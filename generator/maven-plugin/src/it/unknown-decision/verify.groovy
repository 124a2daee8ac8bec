// The build must fail, and its log must carry the finding a person acts on.
def log = new File(basedir, 'build.log').text
def expected = "src/main/java/com/acme/core/Ledger.java:4: error: @Decision(\"ADR-7\") on 'com.acme.core.Ledger' cites an ADR that does not exist; the ADRs are ADR-1 [unknown-decision]"
assert log.contains('BUILD FAILURE')
assert log.contains(expected) : "build.log does not contain: " + expected
