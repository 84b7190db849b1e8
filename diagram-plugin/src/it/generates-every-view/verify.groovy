def out = new File(basedir, 'target/plumbline/diagrams/shop')
def log = new File(basedir, 'build.log').text

['shop-containers', 'checkout'].each { key ->
    ['puml', 'mmd', 'puml.svg', 'mmd.svg'].each { ext ->
        def f = new File(out, key + '.' + ext)
        assert f.isFile() && f.length() > 0 : "missing ${f}"
    }
}
def sequence = new File(out, 'checkout.puml').text
assert sequence.contains('alt Stock available')
assert sequence.contains('POST /orders')
def svg = new File(out, 'checkout.puml.svg').text
assert svg.contains('Order Service')
assert !svg.contains('<script')
def mermaidSvg = new File(out, 'checkout.mmd.svg').text
assert mermaidSvg.contains('Order Service')
assert log =~ /Plumbline: 1 workspaces, 2 views, 4 sources, \d+ rendered, \d+ from cache, 0 failed/
assert new File(basedir, 'target/plumbline/diagrams/.plumbline-state').isFile()
