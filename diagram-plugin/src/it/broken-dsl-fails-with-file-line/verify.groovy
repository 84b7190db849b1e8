def log = new File(basedir, 'build.log').text
assert log.contains('broken.dsl:5: error: The destination element "api" does not exist')
assert !log.contains('Exception') : 'the user must not see a stack trace'
assert !new File(basedir, 'target/plumbline/diagrams/broken').exists() : 'nothing may be written for a broken model'
