// Both versions reached origin's gh-pages, newest first, with latest on 1.1, the decisions page and an
// absolute sitemap; the project's own branch, index and files were not touched.
import groovy.json.JsonSlurper

def git = { File dir, List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def out = new StringBuilder()
    def err = new StringBuilder()
    process.waitForProcessOutput(out, err) // waits for the output too, not just the exit
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed: ${err}"
    out.toString()
}
def origin = new File(basedir, 'origin.git')
def versions = new JsonSlurper().parseText(git(origin, ['show', 'gh-pages:versions.json']))
assert versions*.version == ['1.1', '1.0'] : "origin's versions.json lists ${versions*.version}"
assert versions.find { it.version == '1.1' }.aliases == ['latest']

def files = git(origin, ['ls-tree', '-r', '--name-only', 'gh-pages']).readLines()
['1.0/index.html', '1.1/index.html', 'latest/index.html', 'index.html', '.nojekyll', '404.html',
 'decisions.html', 'sitemap.xml', '1.1/_archdoc/decisions.json'].each {
    assert files.contains(it) : "origin's gh-pages lacks ${it}"
}
assert git(origin, ['show', 'gh-pages:sitemap.xml']).contains('<loc>https://acme.github.io/ledger/1.1/index.html</loc>')
assert git(origin, ['show', 'gh-pages:decisions.html']).contains('1.1/decisions/0001-one-ledger.html')
assert git(origin, ['log', '--format=%s', 'gh-pages']).readLines() == ['archdoc: publish 1.1 (latest)', 'archdoc: publish 1.0']

assert git(basedir, ['rev-parse', '--abbrev-ref', 'HEAD']).trim() == 'main'
assert git(basedir, ['status', '--porcelain']).trim() == '' : 'the publish changed the work tree'
assert git(basedir, ['rev-parse', 'gh-pages']) == git(origin, ['rev-parse', 'gh-pages'])
def log = new File(basedir, 'build.log').text
assert log.contains('archdoc: published 1.1 (latest) to branch gh-pages at ')
assert log.contains(', pushed to origin; versions: 1.1, 1.0')
