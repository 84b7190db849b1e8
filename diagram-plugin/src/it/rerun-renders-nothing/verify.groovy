// build.log holds both runs: the first renders, the second decides in the Mojo that nothing changed
def log = new File(basedir, 'build.log').text
assert (log =~ /Plumbline: 1 workspaces/).count == 1 : 'only the first run may start a worker'
assert (log =~ /Diagrams are up to date/).count == 1
assert log.indexOf('Plumbline: 1 workspaces') < log.indexOf('Diagrams are up to date')
assert new File(basedir, 'target/plumbline/diagrams/shop/checkout.puml.svg').isFile()
