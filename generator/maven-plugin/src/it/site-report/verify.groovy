// mvn site wrote the report page, which links into the archdoc site written beside it, and the
// site's Project Reports name it.
def site = new File(basedir, 'target/site')
def report = new File(site, 'architecture.html')
assert report.isFile() : 'no architecture.html in target/site'
def page = report.text
assert page.contains('href="archdoc/index.html"')
assert page.contains('Drift findings: 0 errors, 0 warnings, ')
assert page.contains('href="archdoc/drift.html"')
// one system with its one accepted decision
assert page =~ /<td>site-report<\/td>\s*<td>1<\/td>\s*<td>1<\/td>/ : 'the systems table should list the one decision'
assert new File(site, 'archdoc/index.html').isFile() : 'no archdoc site in target/site/archdoc'
def reports = new File(site, 'project-reports.html')
assert reports.isFile() : 'no project-reports.html'
assert reports.text.contains('architecture.html')
assert reports.text.contains('Architecture')
assert reports.text.contains('The architecture site: decisions, system, tours, drift')
// and every page of the archdoc site leads back to the Maven site it is part of
def home = new File(site, 'archdoc/index.html').text
assert home.contains('class="parent-site" href="../project-reports.html"') : 'the archdoc home should link back to the Maven site'
def deeper = new File(site, 'archdoc/decisions').listFiles().find { it.name.endsWith('.html') }
assert deeper != null : 'no decision page in the archdoc site'
assert deeper.text.contains('class="parent-site" href="../../project-reports.html"') : 'a page one folder down leads back too'
assert home.contains('Site report</a>') : 'the link names the Maven project' 
assert new File(site, 'project-reports.html').isFile() : 'the link back should lead to a page'
