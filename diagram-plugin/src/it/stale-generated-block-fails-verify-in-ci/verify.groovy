def log = new File(basedir, 'build.log').text
def committed = new File(basedir, 'committed-shop.md').text
def doc = new File(basedir, 'docs/shop.md').text

// run 1 (CI=true): generate left the doc alone and said so; check failed on the block with its diff
def ci = log.substring(0, log.indexOf('BUILD FAILURE'))
assert ci.contains('docs/shop.md: generated diagram blocks are out of date and were not rewritten')
assert !ci.contains('rewrote its generated diagram blocks')
assert ci =~ /docs\/shop\.md:6: error: generated diagram of view "shop-containers" is out of date with the model/
assert ci =~ /(?m)^\[ERROR\] \+\+\+ docs\/shop\.md \(generated\)/
assert ci =~ /(?m)^\[ERROR\] -    web\["Web Shop"\] --> orders\["Order Service"\]/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
assert !log.contains('[INFO] [INFO]')

// run 2 (developer): generate rewrote the block, check passed, and the doc now holds the model's diagram
def developer = log.substring(log.indexOf('BUILD FAILURE'))
assert developer.contains('docs/shop.md: rewrote its generated diagram blocks')
assert developer.contains('BUILD SUCCESS')
assert doc != committed
assert doc.startsWith('# Shop\n\nThe containers, generated from the model:\n\n```mermaid\n%% plumbline:generated shop-containers\n')
assert doc.contains('Orders DB')
