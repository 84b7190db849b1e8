import java.nio.file.*

def bin = basedir.toPath().resolve('path-without-node')
Files.createDirectories(bin)
['/usr/local/bin', '/usr/bin', '/bin'].each { dir ->
    def folder = new File(dir)
    if (!folder.isDirectory()) return
    folder.listFiles().each { tool ->
        def name = tool.name
        if (name in ['node', 'nodejs', 'npm', 'npx', 'corepack', 'mmdc']) return
        def link = bin.resolve(name)
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, tool.toPath())
        }
    }
}
return true
