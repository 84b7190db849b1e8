// Kills a generate build mid-render, once with SIGTERM and once with SIGKILL, and asserts that everything it
// started (worker JVM, PlantUML JVMs, Node, the browser) dies with it and that nothing is written afterwards.
import java.nio.file.Files

def mavenHome = System.getProperty('maven.home')
def settings = new File(basedir.parentFile, 'interpolated-settings.xml')
def repo = new File(basedir.parentFile.parentFile, 'it-repo')
assert mavenHome != null && settings.isFile() && repo.isDirectory() : "nested Maven needs ${mavenHome}, ${settings}, ${repo}"

def workspace(String tag) {
    def n = 120
    def sb = new StringBuilder()
    // the tag makes every source new to the render cache, so each build really renders
    sb << "workspace \"Tangle ${tag}\" \"A view whose layout outlasts the kill.\" {\n  model {\n"
    sb << "    s = softwareSystem \"Tangle ${tag}\" \"Many parts.\" {\n"
    (1..n).each { sb << "      c${it} = container \"Part ${it} ${tag}\" \"Part ${it}.\" \"Java\"\n" }
    sb << '    }\n'
    (1..n).each { i -> [7, 13, 29].each { step -> sb << "    c${i} -> c${((i + step - 1) % n) + 1} \"Calls\"\n" } }
    sb << '  }\n  views {\n'
    (1..6).each { sb << "    container s \"small${it}\" {\n      include c${it} c${it + 7}\n    }\n" }
    sb << '    container s "tangle" {\n      include *\n    }\n  }\n}\n'
    return sb.toString()
}

// ProcessHandle.Info drops long command lines; /proc has them whole
def commandOf(ProcessHandle p) {
    def file = new File("/proc/${p.pid()}/cmdline")
    try {
        return file.exists() ? file.text.replace('\u0000' as char, ' ' as char) : p.info().commandLine().orElse('?')
    } catch (IOException gone) {
        // a short-lived descendant may exit between listing and reading
        return ''
    }
}

// a PlantUML child JVM and the browser itself (not just Node, whose arguments name it) are running
def busy(List<String> commands) {
    return commands.any { it.contains('PlantUmlWorker') } && commands.any { it.split(' ')[0] =~ /chrom/ }
}

def snapshot(File root) {
    def files = [:]
    if (root.exists()) {
        root.eachFileRecurse { f -> if (f.isFile()) files[f.path] = [f.length(), f.lastModified(), f.bytes.encodeHex().toString().hashCode()] }
    }
    return files
}

['TERM', 'KILL'].each { signal ->
    def dir = new File(basedir, "run-${signal}")
    new File(dir, 'src/main/architecture').mkdirs()
    new File(dir, 'docs').mkdirs()
    new File(dir, 'pom.xml').text = new File(basedir, 'pom.xml').text.replace('<artifactId>killed-build-leaves-nothing-behind</artifactId>',
            "<artifactId>killed-${signal.toLowerCase()}</artifactId>")
    new File(dir, 'src/main/architecture/tangle.dsl').text = workspace("${signal} ${System.nanoTime()}")
    def doc = new File(dir, 'docs/tangle.md')
    doc.text = '# Tangle\n\n```mermaid\n%% plumbline:generated small1\nflowchart TB\n  stale\n```\n'
    def docBefore = doc.text

    def log = new File(basedir, "nested-${signal}.log")
    def maven = new ProcessBuilder("${mavenHome}/bin/mvn", '-B', '-ntp', '-s', settings.path,
            "-Dmaven.repo.local=${repo.path}", 'dev.plumbline:plumbline-maven-plugin:generate')
            .directory(dir).redirectErrorStream(true).redirectOutput(log).start()

    // wait until both renderers are busy: PlantUML child JVMs and the browser are running
    def started = System.currentTimeMillis()
    def family = []
    while (System.currentTimeMillis() - started < 180_000) {
        family = maven.toHandle().descendants().toList()
        def commands = family.collect { commandOf(it) }
        if (busy(commands)) {
            break
        }
        assert maven.isAlive() : "the build ended before it could be killed:\n${log.text}"
        Thread.sleep(200)
    }
    Thread.sleep(1500) // mid-render, not mid-start-up
    family = maven.toHandle().descendants().toList()
    assert busy(family.collect { commandOf(it) }) : family.collect { "${it.pid()} ${commandOf(it).take(200)}" }.join('\n')

    // the render server's scratch folder (browser profile, page files) must go with it
    def scratch = family.collect { commandOf(it) =~ /(\S*plumbline-mermaid-[^\/\s]+)\/render-server\.mjs/ }
            .findAll { it.find() }.collect { new File(it.group(1)) }
    assert !scratch.isEmpty() && scratch.every { it.isDirectory() }

    if (signal == 'TERM') {
        maven.destroy()
    } else {
        maven.destroyForcibly()
    }
    assert maven.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) : 'Maven did not end'
    def mavenEnded = System.currentTimeMillis()

    // every process of the build is gone within a few seconds of Maven's end
    def deadline = System.currentTimeMillis() + 15_000
    def alive = family
    while (System.currentTimeMillis() < deadline && !(alive = family.findAll { it.isAlive() }).isEmpty()) {
        Thread.sleep(200)
    }
    assert alive.isEmpty() : "SIG${signal}: processes outlived Maven by ${(System.currentTimeMillis() - mavenEnded) / 1000} s:\n" +
            alive.collect { "${it.pid()} ${commandOf(it).take(200)}" }.join('\n')

    assert scratch.every { !it.exists() } : "SIG${signal}: scratch folders left behind: ${scratch.findAll { it.exists() }}"

    // and nothing writes afterwards: a surviving worker would finish the tangle within the limit and rewrite the doc
    def out = new File(dir, 'target/plumbline')
    def before = snapshot(out)
    Thread.sleep(20_000)
    assert snapshot(out) == before : "SIG${signal}: outputs changed after Maven ended"
    assert doc.text == docBefore : "SIG${signal}: the doc was rewritten after Maven ended"
    def leftovers = []
    out.eachFileRecurse { if (it.name.endsWith('.tmp')) leftovers << it }
    println "SIG${signal}: ${family.size()} processes ended with Maven, ${scratch.size()} scratch folder(s) removed; no write in the 20 s after; temp files left: ${leftovers}"
}
return true
