// One publish for the whole build, from its last module, with every module's classes on the class path.
import groovy.json.JsonSlurper

def folder = new File(basedir, 'target/versions')
def versions = new JsonSlurper().parse(new File(folder, 'versions.json'))
assert versions*.version == ['1.0'] : "versions.json lists ${versions*.version}"
assert new File(folder, '1.0/index.html').isFile()
assert new File(folder, 'decisions.html').text.contains('1.0/decisions/0001-settings-in-yaml.html')
def log = new File(basedir, 'build.log').text
assert log.count('archdoc: published 1.0 (latest) to ') == 1
assert log.contains('archdoc publish: not in publish-multi-module; the last module of this build')
assert log.contains('archdoc publish: not in core; the last module of this build')
assert !log.contains('[code-model]') : 'the doclet should resolve every import'
assert !new File(basedir, 'app/target/versions').exists()
assert !new File(basedir, 'core/target/versions').exists()
