def log = new File(basedir, 'build.log').text
assert log.contains('broken.dsl:5: error: The destination element "api" does not exist')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'the user must not see a stack trace'
assert !log.contains('Caused by')
assert !new File(basedir, 'target/plumbline/diagrams/broken').exists() : 'nothing may be written for a broken model'
