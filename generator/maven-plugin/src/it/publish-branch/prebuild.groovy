// Makes the fixture what a user's project is: a git repository (branch main, everything committed)
// whose origin is a bare repository, here origin.git beside the files. It must not fail quietly:
// without a repository of its own the publish would find the one this fixture sits in.
def git = { File dir, List<String> args ->
    def process = (['git'] + args).execute(null, dir)
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out) // waits for the output too, not just the exit
    assert process.exitValue() == 0 : "git ${args.join(' ')} failed: ${out}"
    out.toString()
}
def origin = new File(basedir, 'origin.git')
git(basedir, ['init', '--bare', '-b', 'main', origin.absolutePath])
new File(basedir, '.gitignore').text = 'origin.git/\ntarget/\nbuild.log\n'
git(basedir, ['init', '-b', 'main'])
git(basedir, ['config', 'user.name', 'Fixture'])
git(basedir, ['config', 'user.email', 'fixture@example.com'])
git(basedir, ['remote', 'add', 'origin', origin.absolutePath])
git(basedir, ['add', '.'])
git(basedir, ['commit', '-q', '-m', 'the project'])
git(basedir, ['push', '-q', 'origin', 'main'])
assert new File(basedir, '.git').isDirectory()
return true
