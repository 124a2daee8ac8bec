// The build fails with the reason and what a version may hold; nothing was published.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('archdoc publish: the version "../1.0" cannot be a folder name of the site: use letters, digits')
assert !new File(basedir, 'target/versions').exists()
