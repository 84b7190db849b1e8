// plumbline:serve as a user runs it: one command, one URL printed, the page and its event stream answer, and when
// Maven stops (SIGTERM as Ctrl-C sends, or SIGKILL) every process the preview started stops with it. A
// non-loopback address is refused in Maven's words.
mavenHome = System.getProperty('maven.home')
settings = new File(basedir.parentFile, 'interpolated-settings.xml')
repo = new File(basedir.parentFile.parentFile, 'it-repo')
assert mavenHome != null && settings.isFile() && repo.isDirectory() : "nested Maven needs ${mavenHome}, ${settings}, ${repo}"

def maven(String name, List<String> properties) {
    def log = new File(basedir, "nested-${name}.log")
    def command = ["${mavenHome}/bin/mvn", '-B', '-ntp', '-s', settings.path, "-Dmaven.repo.local=${repo.path}"] +
            properties + ['dev.plumbline:plumbline-maven-plugin:serve']
    def process = new ProcessBuilder(command.collect { it.toString() }).directory(basedir).redirectErrorStream(true)
            .redirectOutput(log).start()
    return [process, log]
}

def commandOf(ProcessHandle p) {
    def file = new File("/proc/${p.pid()}/cmdline")
    try {
        return file.exists() ? file.text.replace('\u0000' as char, ' ' as char) : p.info().commandLine().orElse('?')
    } catch (IOException gone) {
        // a short-lived descendant (a JVM probe, npm's helpers) may exit between listing and reading
        return ''
    }
}

def open(String url) {
    def connection = new URL(url).openConnection()
    connection.connectTimeout = 5000
    connection.readTimeout = 5000
    return connection
}

['TERM', 'KILL'].each { signal ->
    def (process, log) = maven(signal, ['-Dplumbline.serve.port=0'])
    def started = System.currentTimeMillis()
    def url = null
    def family = []
    while (System.currentTimeMillis() - started < 180_000) {
        def found = (log.text =~ /Plumbline: preview at (http:\/\/127\.0\.0\.1:\d+\/)/)
        family = process.toHandle().descendants().toList()
        def commands = family.collect { commandOf(it) }
        if (found.find() && commands.any { it.contains('PlantUmlWorker') } && commands.any { it.split(' ')[0] =~ /chrom/ }
                && log.text.contains('pictures rendered')) {
            url = found.group(1)
            break
        }
        assert process.isAlive() : "serve ended before it was stopped:\n${log.text}"
        Thread.sleep(200)
    }
    assert url != null : "no URL, or the renderers never ran:\n${log.text}"
    assert (log.text =~ /preview at http/).count == 1 : 'the URL is printed once'

    def page = open(url)
    assert page.responseCode == 200
    assert page.getHeaderField('Content-Security-Policy').startsWith("default-src 'none'; script-src 'self'")
    def events = open(url + 'events')
    def first = new BufferedReader(new InputStreamReader(events.inputStream, 'UTF-8'))
    def lines = (1..4).collect { first.readLine() }
    assert lines.contains('event: snapshot') : lines
    assert lines.find { it.startsWith('data: ') }.contains('"title":"context"')
    events.disconnect()

    family = process.toHandle().descendants().toList()
    if (signal == 'TERM') {
        process.destroy()
    } else {
        process.destroyForcibly()
    }
    assert process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) : 'Maven did not end'
    def deadline = System.currentTimeMillis() + 15_000
    def alive = family
    while (System.currentTimeMillis() < deadline && !(alive = family.findAll { it.isAlive() }).isEmpty()) {
        Thread.sleep(200)
    }
    assert alive.isEmpty() : "SIG${signal}: processes outlived Maven:\n" + alive.collect { "${it.pid()} ${commandOf(it).take(200)}" }.join('\n')
    println "SIG${signal}: ${family.size()} processes of serve ended with Maven"
}

def (refused, refusedLog) = maven('remote', ['-Dplumbline.serve.host=0.0.0.0'])
assert refused.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) : 'a refused serve must not keep running'
assert refused.exitValue() != 0
def text = refusedLog.text
assert text.contains('[ERROR] plumbline.serve.host=0.0.0.0 is not a loopback address') : text
assert text.contains('-Dplumbline.serve.allowRemote=true')
assert !(text =~ /(?m)^\s+at [\w.$]+\(/) : 'the user must not see a stack trace'
return true
