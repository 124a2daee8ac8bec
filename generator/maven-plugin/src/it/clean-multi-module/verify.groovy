// Clean: the check ran in the last module over the whole project, with the class path of every
// module (the core's YAML library included), and found nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /archdoc check of .*clean-multi-module: 0 errors, 0 warnings/
assert !log.contains('[code-model]') : 'the doclet should resolve every import'
