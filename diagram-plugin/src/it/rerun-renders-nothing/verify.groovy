// invoker keeps only the last run's log: the second run must have decided in the Mojo that nothing changed
def log = new File(basedir, 'build.log').text
assert log.contains('Diagrams are up to date')
assert !log.contains('Plumbline: 1 workspaces') : 'the second run must not start a worker'
assert new File(basedir, 'target/plumbline/diagrams/shop/checkout.puml.svg').isFile()
