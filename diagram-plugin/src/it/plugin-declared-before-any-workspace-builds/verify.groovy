def log = new File(basedir, 'build.log').text
def first = log.substring(0, log.indexOf('BUILD SUCCESS'))

// run 1: each goal says once that there is nothing yet, and the build passes
def nothing = 'Plumbline: no Structurizr workspace yet (no .dsl file in src/main/architecture/): nothing to do.'
assert first.count(nothing) == 2 : first
assert (first =~ /(?m)^\[INFO\] Plumbline: no Structurizr workspace yet/).size() == 2
assert !first.contains('[ERROR]') && !first.contains('[WARNING] Plumbline')
assert !new File(basedir, 'target/plumbline').exists()

// run 2: the configured path that does not exist fails the build, with file and no stack trace
def second = log.substring(log.indexOf('BUILD SUCCESS'))
assert second =~ /architecture\/shop\.dsl:0: error: no such workspace file or folder/
assert second.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
