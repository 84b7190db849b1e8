def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/plumbline/diagrams')
// the broken workspace is reported at its line, and fails the build at the end
assert log.contains('broken.dsl:4: error: The destination element "api" does not exist')
assert log.contains('BUILD FAILURE')
// the other two still generate, though both use Structurizr's default key SystemContext-001
assert new File(out, 'shop/SystemContext-001.mmd').text.contains('Shop')
assert new File(out, 'stock/SystemContext-001.mmd').text.contains('Stock')
assert new File(out, 'shop/SystemContext-001.mmd').text.contains('flowchart LR') : 'autolayout lr is honoured'
// model rules are lint for users: a missing description warns, it does not fail
assert log.contains('[WARNING] ') && log.contains('element "Clerk" has no description')
assert !log.contains('appears in no view') : 'plumbline.rules=orphan=off switches the rule off'
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'the user must not see a stack trace'
