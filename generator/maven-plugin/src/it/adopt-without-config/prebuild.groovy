// A user's project is its own git repository; without one, this fixture would belong to the archdoc
// repository it sits in, whose archdoc.yml is the nearest one upwards.
def process = ['git', 'init', '-q', basedir.absolutePath].execute()
def out = new StringBuilder()
process.waitForProcessOutput(out, out)
assert process.exitValue() == 0 : "git init failed: ${out}"
return true
