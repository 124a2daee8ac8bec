// Both versions sit side by side in the folder, newest first, and latest moved to 1.1; 1.1 is shown
// as "Stable", the release candidate is gone with its folder, and the root opens on 1.0.
import groovy.json.JsonSlurper

def folder = new File(basedir, 'target/versions')
def versions = new JsonSlurper().parse(new File(folder, 'versions.json'))
assert versions*.version == ['1.1', '1.0'] : "versions.json lists ${versions*.version}"
assert versions.find { it.version == '1.1' }.aliases == ['latest']
assert versions.find { it.version == '1.1' }.title == 'Stable'
assert versions.find { it.version == '1.0' }.aliases == []
assert new File(folder, '1.0/index.html').isFile()
assert new File(folder, '1.1/index.html').isFile()
assert new File(folder, 'latest/index.html').isFile()
assert !new File(folder, '2.0-rc1').exists()
assert new File(folder, 'index.html').text.contains('url=1.0/index.html')
def log = new File(basedir, 'build.log').text
assert log.contains('archdoc: published 1.1 (latest) to ')
assert log.contains('archdoc: published 2.0-rc1 to ')
assert log.contains('archdoc: retitled latest "Stable"; versions: 2.0-rc1, 1.1, 1.0')
assert log.contains('archdoc: deleted 2.0-rc1; versions: 1.1, 1.0')
assert log.contains('archdoc: the default is now 1.0; versions: 1.1, 1.0')
assert log.contains('[INFO] "Stable" (1.1) [latest]')
assert log.contains('[INFO] 1.0  (default)')
