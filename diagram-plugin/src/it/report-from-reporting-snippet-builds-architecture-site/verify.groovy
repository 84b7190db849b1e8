def site = new File(basedir, 'target/site/architecture')
def log = new File(basedir, 'build.log').text

assert new File(site, 'index.html').text.contains('views/shop/shop-containers.html')
def view = new File(site, 'views/shop/shop-containers.html').text
// Shopper comes from an include outside the workspace's folder, inside the project: the report reads it as generate does
assert view.contains('<svg') && view.contains('Order Service') && view.contains('Shopper')
assert !(view =~ /<script(?! src="\.\.\/\.\.\/assets\/(site|search-index)\.js")/)
def guide = new File(site, 'docs/guide.html').text
assert guide.contains('<figure class="diagram"') && guide.contains('<table>') && guide.contains('id="checkout"')
assert new File(site, 'assets/search-index.js').text.startsWith('window.PLUMBLINE_SEARCH = [')
assert new File(site, 'drift.html').text.contains('not run')
assert new File(site, 'changes.md').isFile()
assert log.contains('Plumbline: architecture site, ')
// the report rendered what generate had not: once, into generate's folder, where the next generate finds it
assert new File(basedir, 'target/plumbline/diagrams/shop/shop-containers.mmd.svg').isFile()
