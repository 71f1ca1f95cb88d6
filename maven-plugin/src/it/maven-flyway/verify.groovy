// examples/maven-flyway, copied here: check and lint passed (the build is green), and lint wrote its SARIF report.
def log = new File(basedir, 'build.log').text
assert log.contains('schemadoc: docs/schema is up to date')
assert log =~ /\d+ findings? \(0 error, 0 warning, \d+ info\) from \d+ rules/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/schemadoc/lint.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }
assert !uris.isEmpty()
assert uris.every { it.contains('maven-flyway/src/main/resources/db/migration/') && !it.startsWith('/') } : uris
