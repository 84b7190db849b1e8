def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/plumbline/conformance')

// run 1: the undeclared dependency at its source line, the stale relationship at its DSL line; the build failed
assert log.contains('src/main/java/com/example/shop/payments/PaymentClient.java:7: error: PaymentClient.charge(..) calls new Inventory(..) (PaymentClient.java:7): container payments -> stock is not in the model; declare it in src/main/architecture/shop.dsl: payments -> stock "..."')
assert log.contains('src/main/architecture/shop.dsl:25: error: Relationship orders -> stock "Reserves items with" (src/main/architecture/shop.dsl:25) has no code dependency: no class of container orders depends on a class of stock')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
['conformance.xml', 'conformance.sarif', 'conformance.md', 'conformance.html'].each {
    assert new File(reports, it).isFile() : "missing report ${it}"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'conformance.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.any { it.ruleId == 'relationships-in-code' && it.locations[0].physicalLocation.region.startLine == 25 }
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'conformance.xml'))
assert junit.testsuite.testcase.find { it.@name == 'dependencies-declared' }.size() == 1
// run 2 wrote the baseline; run 3 passed with it
assert new File(basedir, 'plumbline-conformance-baseline.txt').isFile()
assert log.contains('BUILD SUCCESS')
