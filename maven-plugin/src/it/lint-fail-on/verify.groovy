// The build failed on the warning; the finding is in the log, and the SARIF report was written before failing.
def log = new File(basedir, 'build.log').text
assert log =~ /\[WARNING\] \S*V1__event\.sql:\d+[^:]*: warning \[timestamp-without-time-zone\] public\.event\.happened_at/
assert log.contains('schemadoc lint found problems at or above warning')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemadoc/lint.sarif'))
def results = sarif.runs[0].results
def warnings = results.findAll { it.level == 'warning' }
assert warnings*.ruleId == ['timestamp-without-time-zone']
def uri = warnings[0].locations[0].physicalLocation.artifactLocation.uri
// Relative to the repository root above the build (the IT runs inside this repository's target folder).
assert uri.endsWith('lint-fail-on/src/main/resources/db/migration/V1__event.sql') && !uri.startsWith('/') : uri
