def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/plumbline/check')

// run 1: the relabelled message is an error at its Markdown line, and the build failed
assert log =~ /docs\/checkout\.md:14: error: message "Order Service[^"]*" -> "Orders DB[^"]*" : "INSERT the order" is labelled differently|docs\/checkout\.md:14: error: message "Order Service[^"]*" -> "Orders DB[^"]*" is labelled "INSERT the order", but view checkout labels it "INSERT order"/
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'no stack trace'
// every report a CI needs
['drift-check.xml', 'drift-check.sarif', 'drift-check.md', 'drift-check.html'].each {
    assert new File(reports, it).isFile() : "missing report ${it}"
}
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'drift-check.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.any { it.locations[0].physicalLocation.region.startLine == 14 }
// run 2 wrote the baseline; run 3 passed with it
assert new File(basedir, 'plumbline-baseline.txt').isFile()
assert log.contains('BUILD SUCCESS')
