// Bad input stops the build with the core's one line and no Java stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('no such file or directory: ') && log.contains('db/nowhere')
assert !log.contains('\tat io.schemadoc') : 'no stack trace'
assert !log.contains('schemadoc: internal error')
