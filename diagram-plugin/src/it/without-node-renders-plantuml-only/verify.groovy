def out = new File(basedir, 'target/plumbline/diagrams/shop')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING]') && log.contains('Node.js') : 'one warning must say what to install'
assert new File(out, 'checkout.puml.svg').isFile() : 'PlantUML SVG is still produced'
assert new File(out, 'checkout.mmd').isFile() : 'Mermaid source is still produced'
assert !new File(out, 'checkout.mmd.svg').exists()
assert log.contains('BUILD SUCCESS')
