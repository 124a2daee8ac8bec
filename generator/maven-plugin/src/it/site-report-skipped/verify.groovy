// The site builds without the report: no page, no archdoc site, nothing in the menus names it.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('archdoc report skipped (archdoc.skip)')
assert !new File(site, 'architecture.html').exists()
assert !new File(site, 'archdoc').exists()
site.eachFileMatch(~/.*\.html/) { page ->
  assert !page.text.contains('architecture.html') : "${page.name} links to the skipped report"
}
