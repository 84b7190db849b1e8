def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/plumbline/diagrams/tangle')
assert log =~ /tangle\.dsl:\d+: error: view "tangle" \(puml\): PlantUML layout did not finish within/ : 'the error names the view'
assert new File(out, 'small.puml.svg').isFile() : 'one slow view must not stop the others'
assert !new File(out, 'tangle.puml.svg').exists() : 'no half-written or empty image for the view that timed out'
assert new File(out, 'tangle.puml').isFile()
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
