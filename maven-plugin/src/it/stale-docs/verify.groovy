// The build failed (invoker.properties); it must have said why, shown the diff, and named the fix.
def log = new File(basedir, 'build.log').text
assert log.contains('docs/schema is not what schemadoc:doc writes now')
assert log =~ /\[ERROR\] \+\| email +\| text +\|/ : 'the diff shows the new column'
assert log.contains('docs/schema is stale: regenerate it with `mvn schemadoc:doc` and commit the result')
assert !log.contains('\tat io.schemadoc') : 'no stack trace'
