// Both versions sit side by side in the folder, newest first, and latest moved to 1.1.
import groovy.json.JsonSlurper

def folder = new File(basedir, 'target/versions')
def versions = new JsonSlurper().parse(new File(folder, 'versions.json'))
assert versions*.version == ['1.1', '1.0'] : "versions.json lists ${versions*.version}"
assert versions.find { it.version == '1.1' }.aliases == ['latest']
assert versions.find { it.version == '1.0' }.aliases == []
assert new File(folder, '1.0/index.html').isFile()
assert new File(folder, '1.1/index.html').isFile()
assert new File(folder, 'latest/index.html').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('archdoc: published 1.1 (latest) to ')
assert log.contains('versions: 1.1, 1.0')
